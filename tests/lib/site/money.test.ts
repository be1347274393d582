import { describe, expect, it } from 'vitest';
import { feeHeadline, feeLines, formatMoney } from '../../../src/lib/site/money.ts';

describe('formatMoney', () => {
	it('groups thousands with dots and names the currency', () => {
		expect(formatMoney(200000)).toBe('200.000 đồng');
		expect(formatMoney(1234567)).toBe('1.234.567 đồng');
		expect(formatMoney(8000)).toBe('8.000 đồng');
		expect(formatMoney(500)).toBe('500 đồng');
		expect(formatMoney(2500.5)).toBe('2.500,5 đồng');
	});
});

describe('feeHeadline', () => {
	it('says "Không thu" when no fee is listed and "Miễn phí" when every amount is 0', () => {
		expect(feeHeadline([])).toBe('Không thu');
		expect(feeHeadline([{ name: 'Lệ phí', amount: 0 }])).toBe('Miễn phí');
	});

	it('gives one amount, a range, or free-or-amount', () => {
		expect(feeHeadline([{ name: 'Lệ phí', amount: 100000 }])).toBe('100.000 đồng');
		expect(feeHeadline([
			{ name: 'Lệ phí', amount: 8000, method: 'truc-tiep' },
			{ name: 'Lệ phí', amount: 4000, method: 'truc-tuyen' },
		])).toBe('4.000 – 8.000 đồng');
		expect(feeHeadline([
			{ name: 'Lệ phí đúng hạn', amount: 0 },
			{ name: 'Lệ phí quá hạn', amount: 8000 },
		])).toBe('Miễn phí hoặc 8.000 đồng');
	});
});

describe('feeLines', () => {
	it('writes 0 as "Miễn phí" and names the method an amount applies to', () => {
		expect(feeLines([
			{ name: 'Lệ phí đúng hạn', amount: 0, note: 'Điều 11 Luật Hộ tịch' },
			{ name: 'Lệ phí quá hạn', amount: 4000, method: 'truc-tuyen' },
		])).toEqual([
			{ name: 'Lệ phí đúng hạn', amount: 'Miễn phí', free: true, note: 'Điều 11 Luật Hộ tịch' },
			{ name: 'Lệ phí quá hạn', amount: '4.000 đồng', free: false, method: 'khi nộp trực tuyến' },
		]);
	});
});
