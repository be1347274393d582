import { describe, expect, it } from 'vitest';
import { excerptParts, filterOptions, resultSummary, toHit } from '../../../src/lib/search/results.ts';

describe('excerptParts', () => {
	it('splits marks from text and restores đ', () => {
		expect(excerptParts('Lĩnh vực <mark>d\u0335ất</mark> <mark>d\u0335ai.</mark> Hết')).toEqual([
			{ text: 'Lĩnh vực ', match: false },
			{ text: 'đất', match: true },
			{ text: ' ', match: false },
			{ text: 'đai.', match: true },
			{ text: ' Hết', match: false },
		]);
	});

	it('returns escaped markup as text, never as tags', () => {
		expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>a&amp;b</mark>')).toEqual([
			{ text: '<img src=x onerror=alert(1)> ', match: false },
			{ text: 'a&b', match: true },
		]);
	});
});

describe('toHit', () => {
	it('decodes title, code, agency, kind, time and fee', () => {
		expect(
			toHit({
				url: '/so-x/phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/',
				excerpt: '<mark>D\u0335ăng</mark> ký',
				meta: { title: 'D\u0335ăng ký hộ kinh doanh', code: 'QT-DT-01', time: '3 ngày làm việc', fee: '100.000 d\u0335ồng' },
				filters: { agency: ['Ủy ban nhân dân phường D\u0335ông Tiến'], kind: ['Quy trình giải quyết thủ tục hành chính'] },
			}),
		).toEqual({
			url: '/so-x/phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/',
			title: 'Đăng ký hộ kinh doanh',
			code: 'QT-DT-01',
			agency: 'Ủy ban nhân dân phường Đông Tiến',
			kind: 'Quy trình giải quyết thủ tục hành chính',
			time: '3 ngày làm việc',
			fee: '100.000 đồng',
			excerpt: [
				{ text: 'Đăng', match: true },
				{ text: ' ký', match: false },
			],
		});
	});
});

describe('filterOptions', () => {
	it('labels values with diacritics in Vietnamese order, keeping the indexed value', () => {
		expect(filterOptions({ 'D\u0335ất d\u0335ai': 1, 'Hộ tịch': 2, 'Dân số': 1 })).toEqual([
			{ value: 'Dân số', label: 'Dân số' },
			{ value: 'D\u0335ất d\u0335ai', label: 'Đất đai' },
			{ value: 'Hộ tịch', label: 'Hộ tịch' },
		]);
		expect(filterOptions(undefined)).toEqual([]);
	});
});

describe('resultSummary', () => {
	it('says how many results were found, in Vietnamese', () => {
		expect(resultSummary(2, 'dat dai')).toBe('Tìm thấy 2 kết quả cho “dat dai”.');
		expect(resultSummary(0, 'xyz')).toBe('Không tìm thấy kết quả nào cho “xyz”.');
		expect(resultSummary(3, '')).toBe('Tìm thấy 3 kết quả.');
	});
});
