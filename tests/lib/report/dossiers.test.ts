import { describe, expect, it } from 'vitest';
import { monthsEndingWith, periodMonths, sumTrend } from '../../../src/lib/report/dossiers.ts';

describe('the months of a report', () => {
	it('are those the period touches, across the turn of a year', () => {
		expect(periodMonths({ from: '2025-11-15', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(periodMonths({ from: '2026-06-01', to: '2026-06-30' })).toEqual(['2026-06']);
	});

	it('end the trend with the report month', () => {
		expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(monthsEndingWith('2026-12', 12)).toEqual([
			'2026-01',
			'2026-02',
			'2026-03',
			'2026-04',
			'2026-05',
			'2026-06',
			'2026-07',
			'2026-08',
			'2026-09',
			'2026-10',
			'2026-11',
			'2026-12',
		]);
	});

	it('add up to the province’s trend, a month without any figures staying empty', () => {
		const figures = (resolved: number, late: number) => ({
			received: resolved,
			resolved,
			resolvedOnTime: resolved - late,
			resolvedLate: late,
			pending: 1,
			onTimePercent: null,
		});
		const trend = sumTrend([
			{
				dossierTrend: [
					{ month: '2026-05', figures: null },
					{ month: '2026-06', figures: figures(100, 1) },
				],
			},
			{
				dossierTrend: [
					{ month: '2026-05', figures: null },
					{ month: '2026-06', figures: figures(300, 0) },
				],
			},
		]);
		expect(trend).toEqual([
			{ month: '2026-05', figures: null },
			{
				month: '2026-06',
				figures: { received: 400, resolved: 400, resolvedOnTime: 399, resolvedLate: 1, pending: 2, onTimePercent: 99.75 },
			},
		]);
	});
});
