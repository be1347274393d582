import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedCorpus } from '../../bench/corpus/generate.ts';
import { systemGit } from '../../src/lib/history/git.ts';
import { readHistory } from '../../src/lib/history/read-history.ts';
import { PROJECT_ROOT } from '../helpers/site.ts';

const run = promisify(execFile);
let work: string;
let corpus: GeneratedCorpus;

beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'qms-bench-gen-'));
	corpus = await generateCorpus({ repo: join(work, 'repo'), n: 20, r: 2, agencies: 3 });
}, 60_000);

afterAll(async () => {
	if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('bench corpus generator', () => {
	it('writes a corpus that qms validate accepts without a finding', async () => {
		const { stdout } = await run(process.execPath, ['src/cli/main.ts', 'validate', corpus.content], { cwd: PROJECT_ROOT });
		expect(stdout.split('\n')[0]).toBe('Không có lỗi hay cảnh báo nào.');
	});

	it('spreads the procedures over the agencies, 7 + 7 + 6', () => {
		const counts = corpus.plan.agencies.map(
			(agency) => corpus.plan.procedures.filter((procedure) => procedure.agency.id === agency.id).length,
		);
		expect(counts).toEqual([7, 7, 6]);
	});

	it('commits each issue of every procedure one after another, read back by the history reader', async () => {
		const history = await readHistory(corpus.content, systemGit);
		const first = corpus.plan.procedures[0];
		const doc = history.documents.get(`agencies/${first?.agency.id}/procedures/${first?.slug}.md`);
		expect(doc?.issues.map((issue) => [issue.issue, issue.date])).toEqual([
			[1, '2025-08-01'],
			[2, '2025-09-05'],
		]);
		expect(history.documents.size).toBe(20 + 3 * 17);
	});
});
