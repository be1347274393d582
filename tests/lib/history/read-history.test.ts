import { execFile } from 'node:child_process';
import { mkdtemp, rm, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { systemGit } from '../../../src/lib/history/git.ts';
import { readHistory } from '../../../src/lib/history/read-history.ts';
import { VALID_FIXTURE } from '../../helpers/corpus.ts';
import { issueProcedure, PROCEDURE, tempRepo, type TempRepo } from '../../helpers/git-repo.ts';

const exec = promisify(execFile);
let repo: TempRepo;
afterEach(async () => repo?.dispose());

function summary(result: Awaited<ReturnType<typeof readHistory>>, file: string) {
	return result.documents.get(file)?.issues.map(({ issue, commit, lastCommit, file: path }) => ({ issue, commit, lastCommit, file: path }));
}

describe('reading issues from git', () => {
	it('yields one issue per change of issue number on the main line, with its commit and content', async () => {
		repo = await tempRepo();
		const first = await repo.commit('Ban hành lần 1');
		await issueProcedure(repo, 2, '2026-01-10', [
			['days: 3', 'days: 2.5'],
			['time: 2\n', 'time: 1.5\n'],
		]);
		const second = await repo.commit('Ban hành lần 2');
		await repo.edit(PROCEDURE, 'Quy định trình tự giải quyết.', 'Quy định trình tự, thủ tục giải quyết.');
		const typo = await repo.commit('Sửa lỗi chính tả, không đổi lần ban hành');
		await issueProcedure(repo, 3, '2026-03-01', [
			['days: 2.5', 'days: 2'],
			['time: 1.5\n', 'time: 1\n'],
		]);
		const third = await repo.commit('Ban hành lần 3');

		const result = await readHistory(repo.content, systemGit);
		expect(result.available).toBe(true);
		expect(summary(result, PROCEDURE)).toEqual([
			{ issue: 1, commit: first, lastCommit: first, file: PROCEDURE },
			{ issue: 2, commit: second, lastCommit: typo, file: PROCEDURE },
			{ issue: 3, commit: third, lastCommit: third, file: PROCEDURE },
		]);
		const issues = result.documents.get(PROCEDURE)?.issues ?? [];
		expect(issues[1]?.text).toContain('days: 2.5');
		expect(issues[1]?.text).toContain('Quy định trình tự, thủ tục giải quyết.');
		expect(issues[0]?.text).toContain('days: 3');
		expect(result.documents.get('agencies/xa-minh-hoa/policy.md')?.issues.map((issue) => issue.issue)).toEqual([1]);
		expect(result.documents.size).toBe(5);
	});

	it('keeps the history of a renamed document', async () => {
		repo = await tempRepo();
		const first = await repo.commit('Ban hành lần 1');
		await repo.move(PROCEDURE, 'agencies/xa-minh-hoa/procedures/khai-sinh.md');
		await issueProcedure(repo, 2, '2026-02-02', [], 'agencies/xa-minh-hoa/procedures/khai-sinh.md');
		const second = await repo.commit('Đổi tên tệp, ban hành lần 2');
		const result = await readHistory(repo.content, systemGit);
		expect(summary(result, 'agencies/xa-minh-hoa/procedures/khai-sinh.md')).toEqual([
			{ issue: 1, commit: first, lastCommit: first, file: PROCEDURE },
			{ issue: 2, commit: second, lastCommit: second, file: 'agencies/xa-minh-hoa/procedures/khai-sinh.md' },
		]);
		expect(result.documents.has(PROCEDURE)).toBe(false);
	});

	it('follows a document by its code when a move is not seen as a rename', async () => {
		repo = await tempRepo();
		const first = await repo.commit('Ban hành lần 1');
		const text = await repo.read(PROCEDURE);
		await repo.move(PROCEDURE, 'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh-moi.md');
		// Rewriting most of the file defeats git's rename detection; the code stays QT-MH-01.
		await repo.write(
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh-moi.md',
			text
				.replace(/^issue: 1$/m, 'issue: 2')
				.replace(/## [\s\S]*$/, `${'## 1. Mục đích\n\nViết lại toàn bộ.\n\n'.repeat(1)}## 2. Phạm vi\n\nMới.\n`),
		);
		const second = await repo.commit('Viết lại quy trình');
		const result = await readHistory(repo.content, systemGit);
		expect(
			summary(result, 'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh-moi.md')?.map((issue) => [issue.issue, issue.commit]),
		).toEqual([
			[1, first],
			[2, second],
		]);
	});

	it('reads only the main line: issues made on a merged branch count from the merge', async () => {
		repo = await tempRepo();
		await repo.commit('Ban hành lần 1');
		await repo.git('checkout', '-q', '-b', 'du-thao');
		await issueProcedure(repo, 2, '2026-01-10', []);
		await repo.commit('Dự thảo lần 2');
		await repo.edit(PROCEDURE, 'Xem bảng các bước.', 'Xem bảng các bước bên dưới.');
		await repo.commit('Sửa dự thảo');
		await repo.git('checkout', '-q', 'main');
		await repo.git('merge', '-q', '--no-ff', '-m', 'Hợp nhất lần ban hành 2', 'du-thao');
		const merge = await repo.git('rev-parse', 'HEAD');
		const result = await readHistory(repo.content, systemGit);
		expect(summary(result, PROCEDURE)?.map((issue) => [issue.issue, issue.commit])).toEqual([
			[1, expect.any(String)],
			[2, merge],
		]);
	});

	it('says history is unavailable in a shallow clone', async () => {
		repo = await tempRepo();
		await repo.commit('Ban hành lần 1');
		await issueProcedure(repo, 2, '2026-01-10', []);
		await repo.commit('Ban hành lần 2');
		const clone = await mkdtemp(join(tmpdir(), 'qms-shallow-'));
		await exec('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
		const result = await readHistory(join(clone, 'content'), systemGit);
		await rm(clone, { recursive: true, force: true });
		expect(result).toEqual({ available: false, reason: 'shallow', documents: new Map() });
	});

	it('says history is unavailable in an export without .git', async () => {
		const folder = await mkdtemp(join(tmpdir(), 'qms-export-'));
		await cp(VALID_FIXTURE, folder, { recursive: true });
		const result = await readHistory(folder, systemGit);
		await rm(folder, { recursive: true, force: true });
		expect(result).toEqual({ available: false, reason: 'no-git', documents: new Map() });
	});
});
