import { describe, expect, it } from 'vitest';
import { describeColumns, layoutColumns, PHONE_CONTENT_WIDTH, roundUp } from '../../../src/lib/svgchart/columns.ts';

const months = ['2025-12', '2026-01', '2026-02'];

describe('layoutColumns', () => {
	it('draws each month against a round top, with the year under January only when it comes next', () => {
		const layout = layoutColumns(months.map((month, index) => ({ month, value: [900, null, 450][index] ?? null, valueText: '' })));
		expect(layout.scaleMax).toBe(1000);
		expect(
			layout.columns.map((column) => [
				column.x,
				column.y,
				column.barWidth,
				column.barHeight,
				column.labelX,
				column.monthLabel,
				column.yearLabel,
			]),
		).toEqual([
			[20, 39, 73, 117, 57, '12', null],
			[134, 156, 73, 0, 170, '1', '2026'],
			[247, 97, 73, 59, 283, '2', null],
		]);
		expect([layout.width, layout.height, layout.baseline]).toEqual([340, 198, 156]);
	});

	it('writes the first year too when January is three months away or more', () => {
		const layout = layoutColumns(['2025-10', '2025-11', '2025-12', '2026-01'].map((month) => ({ month, value: 1, valueText: '' })));
		expect(layout.columns.map((column) => column.yearLabel)).toEqual(['2025', null, null, '2026']);
	});

	it('keeps labels at 12 px or more on a 360 px phone', () => {
		const layout = layoutColumns(
			Array.from({ length: 12 }, (_, index) => ({ month: `2026-${String(index + 1).padStart(2, '0')}`, value: index, valueText: '' })),
		);
		expect((layout.fontSize * PHONE_CONTENT_WIDTH) / layout.width).toBeGreaterThanOrEqual(12);
		// Twelve month numbers of up to two digits fit their slots at that size.
		expect(layout.width / 12).toBeGreaterThan(2 * layout.fontSize * 0.6 + 4);
	});

	it('rounds the scale up to 1, 2, 2.5 or 5 times a power of ten', () => {
		expect([0, 7, 12, 240, 2100, 3000, 10000].map(roundUp)).toEqual([1, 10, 20, 250, 2500, 5000, 10000]);
	});
});

describe('describeColumns', () => {
	it('names every month with its value', () => {
		expect(
			describeColumns([
				{ month: '2026-06', value: 1, valueText: '1 hồ sơ' },
				{ month: '2026-07', value: null, valueText: 'chưa gửi báo cáo' },
			]),
		).toBe('tháng 06/2026: 1 hồ sơ; tháng 07/2026: chưa gửi báo cáo');
	});
});
