import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from '../../../../src/lib/statistics/import/csv.ts';

describe('parseCsv', () => {
	it('reads semicolons, quotes, doubled quotes, line breaks in quotes, CRLF and a BOM, skipping blank lines', () => {
		const text = '\uFEFFĐơn vị;Ghi chú\r\n"Sở ""A""";"dòng 1\ndòng 2"\r\n\r\nPhường B;x;\r\n';
		expect(parseCsv(text)).toEqual([
			{ line: 1, cells: ['Đơn vị', 'Ghi chú'] },
			{ line: 2, cells: ['Sở "A"', 'dòng 1\ndòng 2'] },
			{ line: 5, cells: ['Phường B', 'x', ''] },
		]);
	});

	it('takes the separator of the header line', () => {
		expect([detectSeparator('a;b;c\n1,5;2;3'), detectSeparator('a,b\n1;2'), detectSeparator('"a;b",c,d')]).toEqual([';', ',', ',']);
		expect(parseCsv('Tháng,Trực tuyến\n06/2026,"1,200"')).toEqual([
			{ line: 1, cells: ['Tháng', 'Trực tuyến'] },
			{ line: 2, cells: ['06/2026', '1,200'] },
		]);
	});
});
