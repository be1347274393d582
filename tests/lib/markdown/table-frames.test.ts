import { describe, expect, it } from 'vitest';
import { createBodyRenderer } from '../../../src/lib/markdown/processor.ts';

describe('tables of a body', () => {
	it('sit each in a numbered, focusable frame that scrolls sideways, written in Markdown or in raw HTML', async () => {
		const render = await createBodyRenderer();
		const { html } = await render(
			'| STT | Tên hồ sơ |\n| --- | --- |\n| 01 | Sổ đăng ký |\n\nĐoạn văn.\n\n<table><tr><td>Ô</td></tr></table>\n',
		);
		expect(html.replace(/\n/g, '')).toBe(
			'<section class="table-wrap" aria-label="Bảng 1 trong văn bản" tabindex="0"><table><thead><tr><th>STT</th><th>Tên hồ sơ</th></tr></thead><tbody><tr><td>01</td><td>Sổ đăng ký</td></tr></tbody></table></section>' +
				'<p>Đoạn văn.</p>' +
				'<section class="table-wrap" aria-label="Bảng 2 trong văn bản" tabindex="0"><table><tbody><tr><td>Ô</td></tr></tbody></table></section>',
		);
	});
});
