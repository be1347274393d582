import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { loadCorpus } from '../../src/lib/load/index.ts';
import { scratchCorpus } from '../helpers/corpus.ts';

describe('qms export', () => {
	it('prints what the site publishes: a document with errors and no issue without any is left out', async () => {
		const scratch = await scratchCorpus();
		try {
			await scratch.write(
				'agencies/xa-minh-hoa/procedures/moi.md',
				(await scratch.read('agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md'))
					.replace('code: QT-MH-01', 'code: QT-MH-02')
					.replace('days: 3', 'days: 2'),
			);
			const out: string[] = [];
			const code = await runCli(['export', scratch.root], {
				cwd: '/',
				stdout: (text) => out.push(text),
				stderr: () => undefined,
				now: () => new Date('2026-07-20T03:00:00Z'),
				loadCorpus,
			});
			expect(code).toBe(0);
			const exported = JSON.parse(out.join('\n')) as { procedures: Array<{ id: string }> };
			expect(exported.procedures.map((doc) => doc.id)).toEqual(['xa-minh-hoa/dang-ky-khai-sinh']);
		} finally {
			await scratch.dispose();
		}
	});
});
