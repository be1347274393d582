import { describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../../src/lib/markdown/processor.ts';

describe('heading ids of a body', () => {
	it('are ASCII, start with a letter and are numbered when a heading repeats', async () => {
		const render = await createBodyRenderer();
		const { html, metadata } = await render('## 1. Mục đích\n\n### Đối tượng\n\n### Đối tượng\n\n## <span>?</span>\n');
		expect([...html.matchAll(/id="([^"]*)"/g)].map((match) => match[1])).toEqual([
			'vb-1-muc-dich',
			'vb-doi-tuong',
			'vb-doi-tuong-2',
			'vb-muc',
		]);
		expect(metadata.headings.map((heading) => heading.slug)).toEqual(['vb-1-muc-dich', 'vb-doi-tuong', 'vb-doi-tuong-2', 'vb-muc']);
	});

	it('replace an id written in raw HTML, which sanitising would have prefixed', async () => {
		const render = await createBodyRenderer();
		const { html } = await render('<h2 id="tự-đặt">Phạm vi</h2>\n');
		expect(html).toBe('<h2 id="vb-pham-vi">Phạm vi</h2>');
	});
});
