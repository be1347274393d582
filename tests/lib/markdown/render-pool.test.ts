import { describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../../src/lib/markdown/processor.ts';
import { createRenderPool } from '../../../src/lib/markdown/render-pool.ts';

const BODIES = Array.from(
	{ length: 12 },
	(_, index) =>
		`## Mục ${index + 1}\n\n| A | B |\n|---|---|\n| ${'chữ '.repeat(index * 40)} | [x](https://a.vn/${index}) |\n\n<em onclick="x()">nhấn</em>`,
);

describe('the render pool', () => {
	it('renders on worker threads exactly what the same pipeline renders in this thread', async () => {
		const pool = createRenderPool(2);
		try {
			const here = await createBodyRenderer();
			const [ours, expected] = await Promise.all([
				Promise.all(BODIES.map((body) => pool.render(body))),
				Promise.all(BODIES.map((body) => here(body))),
			]);
			expect(ours).toEqual(expected);
			expect(ours[0]?.html).toBe(
				'<h2 id="vb-muc-1">Mục 1</h2>\n<section class="table-wrap" aria-label="Bảng 1 trong văn bản" tabindex="0"><table>\n<thead>\n<tr>\n<th>A</th>\n<th>B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td></td>\n<td><a href="https://a.vn/0" rel="noopener noreferrer">x</a></td>\n</tr>\n</tbody>\n</table></section>\n<p><em>nhấn</em></p>',
			);
			expect(ours[0]?.metadata).toEqual({ headings: [{ depth: 2, slug: 'vb-muc-1', text: 'Mục 1' }], imagePaths: [] });
		} finally {
			await pool.close();
		}
	});

	it('renders the same text once', async () => {
		const pool = createRenderPool(1);
		try {
			const first = pool.render(BODIES[3] ?? '');
			expect(pool.render(BODIES[3] ?? '')).toBe(first);
			await first;
		} finally {
			await pool.close();
		}
	});

	it('fails at once, with a Vietnamese message, once closed', async () => {
		const pool = createRenderPool(1);
		const queued = pool.render(BODIES[5] ?? '').catch((error: unknown) => error);
		await pool.close();
		expect(await queued).toEqual(new Error('Đã đóng các luồng hiển thị Markdown.'));
		await expect(pool.render('mới')).rejects.toThrow('Đã đóng các luồng hiển thị Markdown.');
	});
});
