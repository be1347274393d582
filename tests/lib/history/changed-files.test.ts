import { mkdtemp, rm, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFiles } from '../../../src/lib/history/changed-files.ts';
import { systemGit } from '../../../src/lib/history/git.ts';
import { VALID_FIXTURE } from '../../helpers/corpus.ts';
import { PROCEDURE, tempRepo, type TempRepo } from '../../helpers/git-repo.ts';

let repo: TempRepo;
afterEach(async () => repo?.dispose());

describe('the files a branch changed', () => {
	it('lists committed, edited, new and deleted files since the branch left the revision, not what the revision gained since', async () => {
		repo = await tempRepo();
		await repo.commit('Ban hành lần 1');
		await repo.git('checkout', '-q', '-b', 'sua-quy-trinh');
		await repo.edit(PROCEDURE, 'days: 3', 'days: 4');
		await repo.commit('Sửa thời hạn');
		await repo.git('checkout', '-q', 'main');
		await repo.edit('agencies/xa-minh-hoa/policy.md', 'Phục vụ', 'Phục vụ tận tình');
		await repo.commit('Sửa chính sách trên nhánh chính');
		await repo.git('checkout', '-q', 'sua-quy-trinh');
		await repo.edit('catalogue/legal/all.yaml', 'Luật Hộ tịch', 'Luật Hộ tịch 2014');
		await repo.write('agencies/xa-minh-hoa/procedures/moi.md', 'mới\n');
		await repo.git('rm', '-q', 'content/agencies/xa-minh-hoa/internal/nb-03.md');
		expect(await changedFiles(repo.content, 'main', systemGit)).toEqual([
			'agencies/xa-minh-hoa/internal/nb-03.md',
			PROCEDURE,
			'agencies/xa-minh-hoa/procedures/moi.md',
			'catalogue/legal/all.yaml',
		]);
	});

	it('is undefined for an unknown revision or a folder outside git', async () => {
		repo = await tempRepo();
		await repo.commit('Ban hành lần 1');
		expect(await changedFiles(repo.content, 'khong-co', systemGit)).toBeUndefined();
		const plain = await mkdtemp(join(tmpdir(), 'qms-plain-'));
		try {
			await cp(VALID_FIXTURE, plain, { recursive: true });
			expect(await changedFiles(plain, 'main', systemGit)).toBeUndefined();
		} finally {
			await rm(plain, { recursive: true, force: true });
		}
	});
});
