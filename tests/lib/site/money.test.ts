import { describe, expect, it } from 'vitest';
import { feeHeadline, feeLines, formatMoney } from '../../../src/lib/site/money.ts';

const TODAY = '2023-06-01';

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
	it('says nothing when the fees are not stated, "Không thu" for khong and "Miễn phí" when every amount is 0', () => {
		expect(feeHeadline(undefined, TODAY)).toBeUndefined();
		expect(feeHeadline('khong', TODAY)).toBe('Không thu');
		expect(feeHeadline([{ name: 'Lệ phí', amount: 0 }], TODAY)).toBe('Miễn phí');
	});

	it('gives one amount, a range, or free-or-amount', () => {
		expect(feeHeadline([{ name: 'Lệ phí', amount: 100000 }], TODAY)).toBe('100.000 đồng');
		expect(
			feeHeadline(
				[
					{ name: 'Lệ phí', amount: 8000, method: 'truc-tiep' },
					{ name: 'Lệ phí', amount: 4000, method: 'truc-tuyen' },
				],
				TODAY,
			),
		).toBe('4.000 – 8.000 đồng');
		expect(
			feeHeadline(
				[
					{ name: 'Lệ phí đúng hạn', amount: 0 },
					{ name: 'Lệ phí quá hạn', amount: 8000 },
				],
				TODAY,
			),
		).toBe('Miễn phí hoặc 8.000 đồng');
	});

	it('gives an amount per copy with its unit and reads a reduced amount only within its period', () => {
		const fees = [
			{ name: 'Lệ phí cấp bản sao trích lục', amount: 5600, unit: 'bản', until: '2023-12-31' },
			{ name: 'Lệ phí cấp bản sao trích lục', amount: 8000, unit: 'bản', from: '2024-01-01' },
		];
		expect(feeHeadline(fees, '2023-12-31')).toBe('5.600 đồng/bản');
		expect(feeHeadline(fees, '2024-01-01')).toBe('8.000 đồng/bản');
		expect(feeHeadline([{ name: 'Lệ phí', amount: 8000, until: '2020-12-31' }], TODAY)).toBeUndefined();
	});
});

describe('feeLines', () => {
	it('writes 0 as "Miễn phí", names the method an amount applies to and the groups it exempts', () => {
		expect(
			feeLines(
				[
					{ name: 'Lệ phí đúng hạn', amount: 0, note: 'Điều 11 Luật Hộ tịch' },
					{ name: 'Lệ phí quá hạn', amount: 4000, method: 'truc-tuyen', exempt: ['Người thuộc hộ nghèo', 'Người khuyết tật'] },
				],
				TODAY,
			),
		).toEqual([
			{ name: 'Lệ phí đúng hạn', amount: 'Miễn phí', free: true, upcoming: false, note: 'Điều 11 Luật Hộ tịch' },
			{
				name: 'Lệ phí quá hạn',
				amount: '4.000 đồng',
				free: false,
				method: 'khi nộp trực tuyến',
				exempt: 'Miễn cho: Người thuộc hộ nghèo; Người khuyết tật',
				upcoming: false,
			},
		]);
	});

	it('shows the amount in force with the end of its period, then the one to come, and drops an ended one', () => {
		const fees = [
			{ name: 'Lệ phí', amount: 10000, unit: 'bản', until: '2023-06-30' },
			{ name: 'Lệ phí', amount: 7000, unit: 'bản', from: '2023-07-01', until: '2023-12-31', note: 'Giảm 30 %' },
			{ name: 'Lệ phí', amount: 10000, unit: 'bản', from: '2024-01-01' },
		];
		expect(feeLines(fees, '2023-08-01')).toEqual([
			{ name: 'Lệ phí', amount: '7.000 đồng/bản', free: false, period: 'đến hết ngày 31/12/2023', upcoming: false, note: 'Giảm 30 %' },
			{ name: 'Lệ phí', amount: '10.000 đồng/bản', free: false, period: 'áp dụng từ ngày 01/01/2024', upcoming: true },
		]);
		expect(feeLines('khong', TODAY)).toEqual([]);
		expect(feeLines(undefined, TODAY)).toEqual([]);
	});
});
