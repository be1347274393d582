import { describe, expect, it } from 'vitest';
import type { HistoryResult } from '../../../src/lib/history/read-history.ts';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import { publishCorpus } from '../../../src/lib/publish/index.ts';
import { validateCorpus } from '../../../src/lib/validate/index.ts';
import { scratchCorpus } from '../../helpers/corpus.ts';

describe('choosing what to publish', () => {
	it('reads the git history only when a document has errors', async () => {
		const scratch = await scratchCorpus();
		try {
			let reads = 0;
			const readHistory = (): Promise<HistoryResult> => {
				reads++;
				return Promise.resolve({ available: false, reason: 'no-git', documents: new Map() });
			};
			const clean = await loadCorpus(scratch.root);
			const published = await publishCorpus(clean, validateCorpus(clean, { asOf: '2027-01-05' }), '2027-01-05', readHistory);
			expect([reads, published.history, published.corpus === clean, published.heldBack]).toEqual([0, undefined, true, []]);
			await scratch.edit('agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md', 'days: 3', 'days: 2');
			const broken = await loadCorpus(scratch.root);
			const held = await publishCorpus(broken, validateCorpus(broken, { asOf: '2026-06-30' }), '2026-06-30', readHistory);
			expect(reads).toBe(1);
			expect(await held.history).toEqual({ available: false, reason: 'no-git', documents: new Map() });
			expect(held.heldBack.map((item) => [item.file, item.shown])).toEqual([
				['agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md', null],
			]);
		} finally {
			await scratch.dispose();
		}
	});
});
