import { describe, expect, it } from 'vitest';
import { headerKey, mapColumns } from '../../../../src/lib/statistics/import/columns.ts';
import { importRows, parseCount, parseMonth } from '../../../../src/lib/statistics/import/rows.ts';

const AGENCIES = [{ id: 'phuong-a', name: 'Ủy ban nhân dân phường A', shortName: 'PA' }];

describe('column headers', () => {
	it('match with or without diacritics, in any case, with filler words and punctuation', () => {
		expect(
			['Số hồ sơ tiếp nhận trực tuyến', 'TIEP NHAN TRUC TUYEN', 'Tiếp nhận - Trực tuyến', 'tiếp nhận trực tuyến (hồ sơ)'].map(headerKey),
		).toEqual(Array(4).fill('tiep nhan truc tuyen'));
		expect(mapColumns(['Đã giải quyết - Trước hạn', 'Dang giai quyet - Qua han', 'Kỳ trước chuyển qua', 'Rút hồ sơ']).meanings).toEqual([
			{ kind: 'count', field: 'resolvedEarly' },
			{ kind: 'count', field: 'pendingOverdue' },
			{ kind: 'count', field: 'carriedOver' },
			{ kind: 'count', field: 'withdrawn' },
		]);
	});

	it('name a column given twice', () => {
		expect(mapColumns(['Trực tuyến', 'Tiếp nhận trực tuyến']).problems).toEqual(['cột 2 "Tiếp nhận trực tuyến" trùng nội dung với cột 1']);
	});
});

describe('cell values', () => {
	it('read counts with Vietnamese or English thousands separators, empty as 0', () => {
		expect(['12.000', '12,000', '12 000', '1.234.567', '', '42'].map(parseCount)).toEqual([12000, 12000, 12000, 1234567, 0, 42]);
		expect(['12.5', '-3', '1.2345', '1.234,567', 'mười'].map(parseCount)).toEqual([undefined, undefined, undefined, undefined, undefined]);
	});

	it('read months as exports write them', () => {
		expect(['06/2026', '6/2026', 'Tháng 6/2026', 'T6/2026', '2026-06', '06-2026'].map(parseMonth)).toEqual(Array(6).fill('2026-06'));
		expect(['13/2026', '2026', 'tháng sáu'].map(parseMonth)).toEqual([undefined, undefined, undefined]);
	});
});

describe('importRows', () => {
	it('matches a unit by its name or short name and leaves the total row out', () => {
		const rows = [
			{ line: 1, cells: ['Đơn vị', 'Tháng', 'Trực tuyến', 'Đúng hạn'] },
			{ line: 2, cells: ['ỦY BAN NHÂN DÂN PHƯỜNG A', '06/2026', '3', '2'] },
			{ line: 3, cells: ['PA', '07/2026', '1', '1'] },
			{ line: 4, cells: ['Tổng cộng', '', '4', '3'] },
		];
		const result = importRows(rows, AGENCIES);
		expect(result.problems).toEqual([]);
		expect(
			result.months.map((item) => [
				item.agency,
				item.year,
				item.entry.month,
				item.entry.receivedOnline,
				item.entry.resolvedOnTime,
				item.entry.withdrawn,
				item.line,
			]),
		).toEqual([
			['phuong-a', 2026, 6, 3, 2, 0, 2],
			['phuong-a', 2026, 7, 1, 1, 0, 3],
		]);
	});

	it('reports an empty file, and a file with a header only', () => {
		expect(importRows([], AGENCIES).problems).toEqual(['Tệp CSV trống: cần một dòng tiêu đề và ít nhất một dòng số liệu.']);
		expect(importRows([{ line: 1, cells: ['Trực tuyến'] }], AGENCIES, { agency: 'phuong-a', month: '2026-06' }).problems).toEqual([
			'Tệp CSV không có dòng số liệu nào dưới dòng tiêu đề.',
		]);
	});

	it('reports a row with more cells than the header has columns', () => {
		expect(
			importRows(
				[
					{ line: 1, cells: ['Trực tuyến'] },
					{ line: 2, cells: ['1', '2'] },
				],
				AGENCIES,
				{ agency: 'phuong-a', month: '2026-06' },
			).problems,
		).toEqual(['Dòng 2: có 2 ô, nhiều hơn 1 cột của dòng tiêu đề.']);
	});
});
