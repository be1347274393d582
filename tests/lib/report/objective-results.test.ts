import { describe, expect, it } from 'vitest';
import { meetsTarget, objectiveFigures, periodEnd } from '../../../src/lib/report/objective-results.ts';
import type { Objective } from '../../../schemas/objectives.ts';

const objective = (fields: Partial<Objective>): Objective => ({
	indicator: 'Chỉ tiêu',
	target: 100,
	unit: '%',
	measure: 'Hằng quý',
	owner: 'Văn phòng',
	bound: 'toi-thieu',
	results: [],
	...fields,
});

describe('objective results', () => {
	it('end each measuring period on its last month', () => {
		expect(['2026', '2026-H1', '2026-H2', '2026-Q1', '2026-Q3', '2026-07'].map(periodEnd)).toEqual([
			'2026-12',
			'2026-06',
			'2026-12',
			'2026-03',
			'2026-09',
			'2026-07',
		]);
	});

	it('meet a floor from the target up and a ceiling from the target down', () => {
		expect([
			meetsTarget(100, { target: 100, bound: 'toi-thieu' }),
			meetsTarget(99.9, { target: 100, bound: 'toi-thieu' }),
			meetsTarget(7, { target: 7, bound: 'toi-da' }),
			meetsTarget(7.1, { target: 7, bound: 'toi-da' }),
		]).toEqual([true, false, true, false]);
	});

	it('judge by the period that ends last, whatever the order written, and count', () => {
		const figures = objectiveFigures([
			objective({
				results: [
					{ period: '2026-Q3', value: 99 },
					{ period: '2026-07', value: 100 },
				],
			}),
			objective({
				results: [
					{ period: '2026', value: 100 },
					{ period: '2026-Q3', value: 90 },
				],
			}),
			objective({}),
		]);
		expect(figures.items.map((item) => [item.latest, item.met])).toEqual([
			[{ period: '2026-Q3', value: 99 }, false],
			[{ period: '2026', value: 100 }, true],
			[null, null],
		]);
		expect([figures.met, figures.notMet, figures.notMeasured]).toEqual([1, 1, 1]);
	});
});
