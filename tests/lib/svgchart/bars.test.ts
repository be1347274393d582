import { describe, expect, it } from 'vitest';
import { describeBars, layoutBarChart } from '../../../src/lib/svgchart/bars.ts';

describe('layoutBarChart', () => {
	it('draws each bar in proportion to its maximum, under its label', () => {
		const layout = layoutBarChart(
			[
				{ label: 'Sở Kiểm Thử', value: 216, max: 270, valueText: '80,0%' },
				{ label: 'Xã Kiểm Thử', value: 3, max: 3, valueText: '100,0%' },
				{ label: 'Chưa giao', value: 0, max: 0, valueText: '—' },
			],
			{ width: 650, valueRoom: 150 },
		);
		expect([layout.width, layout.height, layout.track]).toEqual([650, 142, 500]);
		expect(layout.rows.map((row) => [row.labelY, row.barY, row.barWidth, row.valueX])).toEqual([
			[14, 20, 400, 408],
			[66, 72, 500, 508],
			[118, 124, 0, 8],
		]);
	});

	it('has no height without data', () => {
		expect(layoutBarChart([]).height).toBe(0);
	});
});

describe('describeBars', () => {
	it('names every bar with its value', () => {
		expect(
			describeBars([
				{ label: 'A', value: 1, max: 2, valueText: '50,0%' },
				{ label: 'B', value: 2, max: 2, valueText: '100,0%' },
			]),
		).toBe('A: 50,0%; B: 100,0%');
	});
});
