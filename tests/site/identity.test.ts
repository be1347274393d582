import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCorpus } from '../../src/lib/load/export.ts';
import { loadCorpus } from '../../src/lib/load/index.ts';
import { runQms } from '../helpers/cli.ts';
import { DEMO_CONTENT } from '../helpers/corpus.ts';

describe('the demo corpus', () => {
	let out: string;
	let build: Awaited<ReturnType<typeof runQms>>;

	beforeAll(async () => {
		out = await mkdtemp(join(tmpdir(), 'qms-demo-'));
		build = await runQms(['build', '--out', out]);
	});
	afterAll(() => rm(out, { recursive: true, force: true }));

	it('validates clean: no error, only the two warnings the demo shows on purpose', async () => {
		const result = await runQms(['validate', '--format', 'json']);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.stdout) as { errors: number; findings: Array<{ file: string; rule: string }> };
		expect(report.errors).toBe(0);
		expect(report.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([
			'content/agencies/phuong-an-hoa/agency.yaml review-overdue',
			'content/agencies/phuong-an-hoa/procedures/dang-ky-ket-hon.md legal-outdated',
		]);
	});

	it('builds, printing the warnings', () => {
		expect(build.code).toBe(0);
		expect(build.stderr).toContain('review-overdue');
	});

	it('reaches the site through the content layer exactly as the CLI reads it', async () => {
		const site = JSON.parse(await readFile(join(out, 'data/corpus.json'), 'utf8')) as unknown;
		const cli = JSON.parse(JSON.stringify(exportCorpus(await loadCorpus(DEMO_CONTENT)))) as unknown;
		expect(site).toEqual(cli);
		expect((site as { procedures: unknown[] }).procedures).toHaveLength(19);
	});
});
