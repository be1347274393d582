import { describe, expect, it } from 'vitest';
import { formPagePath, isMarkdownForm, keepFormLines, markdownForms } from '../../../src/lib/site/forms.ts';

describe('keepFormLines', () => {
	it('ends every line with a hard break, except in tables, raw HTML and fenced code', () => {
		const form =
			'<!-- mẫu -->\n# Tờ khai\n\nHọ tên: .....\nNgày sinh: .....\n\n| A | B |\n|---|---|\n\n```text\nSỞ TƯ PHÁP        CỘNG HÒA   \n```\n';
		expect(keepFormLines(form)).toBe(
			'<!-- mẫu -->\n# Tờ khai  \n\nHọ tên: .....  \nNgày sinh: .....  \n\n| A | B |\n|---|---|\n\n```text\nSỞ TƯ PHÁP        CỘNG HÒA\n```\n',
		);
	});
});

describe('printable form pages', () => {
	it('exist for published Markdown files only, at an address without .md', () => {
		expect([isMarkdownForm('forms/bm-01.md'), isMarkdownForm('forms/bm-01.docx'), isMarkdownForm('forms/a.html')]).toEqual([
			true,
			false,
			false,
		]);
		expect(formPagePath('/xa/', 'xa-minh-hoa', 'forms/mẫu/bm 01.md')).toBe('/xa/xa-minh-hoa/bieu-mau/in/m%E1%BA%ABu/bm%2001/');
	});

	it('are listed once per agency and file, named by the first document that attaches the file', () => {
		const documents = [
			{
				agency: 'xa',
				forms: [
					{ code: 'BM-01', title: 'Tờ khai', file: 'forms/bm-01.md' },
					{ code: 'BM-02', title: 'Đơn', file: 'forms/bm-02.docx' },
				],
			},
			{ agency: 'xa', forms: [{ code: 'BM-03', title: 'Tờ khai (bản khác)', file: 'forms/bm-01.md' }] },
			{ agency: 'phuong', forms: [{ code: 'BM-01', title: 'Tờ khai', file: 'forms/bm-01.md' }] },
		];
		expect(markdownForms(documents)).toEqual([
			{ agency: 'xa', file: 'forms/bm-01.md', code: 'BM-01', title: 'Tờ khai' },
			{ agency: 'phuong', file: 'forms/bm-01.md', code: 'BM-01', title: 'Tờ khai' },
		]);
	});
});
