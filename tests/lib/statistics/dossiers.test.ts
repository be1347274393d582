import { describe, expect, it } from 'vitest';
import { monthDossiers, percentTwoDecimals, periodDossiers, sumDossiers } from '../../../src/lib/statistics/dossiers.ts';
import type { MonthStatistics } from '../../../schemas/statistics.ts';

const month = (fields: Partial<MonthStatistics>): MonthStatistics => ({
	month: 6,
	receivedOnline: 0,
	receivedInPerson: 0,
	receivedByPost: 0,
	carriedOver: 0,
	resolvedEarly: 0,
	resolvedOnTime: 0,
	resolvedLate: 0,
	pendingWithinTime: 0,
	pendingOverdue: 0,
	returned: 0,
	withdrawn: 0,
	...fields,
});

describe('dossier figures', () => {
	it('count 10,800 resolved of which 25 late as 99.77 % on time', () => {
		expect(
			monthDossiers(
				month({
					receivedOnline: 8000,
					receivedInPerson: 3900,
					receivedByPost: 100,
					resolvedEarly: 9000,
					resolvedOnTime: 1775,
					resolvedLate: 25,
					pendingWithinTime: 440,
					pendingOverdue: 15,
				}),
			),
		).toEqual({
			received: 12000,
			resolved: 10800,
			resolvedOnTime: 10775,
			resolvedLate: 25,
			pending: 455,
			onTimePercent: 99.77,
		});
	});

	it('round to two decimals and give no rate when nothing was resolved', () => {
		expect([percentTwoDecimals(2, 3), percentTwoDecimals(1, 8), percentTwoDecimals(5, 5), percentTwoDecimals(0, 0)]).toEqual([
			66.67,
			12.5,
			100,
			null,
		]);
	});

	it('add the months of one agency, taking what is pending at the end of the last', () => {
		const may = month({ month: 5, receivedOnline: 500, resolvedEarly: 195, resolvedLate: 5, pendingWithinTime: 300 });
		const june = month({ receivedOnline: 100, resolvedOnTime: 300, pendingWithinTime: 90, pendingOverdue: 10 });
		expect(periodDossiers([may, june])).toEqual({
			received: 600,
			resolved: 500,
			resolvedOnTime: 495,
			resolvedLate: 5,
			pending: 100,
			onTimePercent: 99,
		});
		expect(periodDossiers([])).toEqual({ received: 0, resolved: 0, resolvedOnTime: 0, resolvedLate: 0, pending: 0, onTimePercent: null });
	});

	it('add agencies, pending included', () => {
		const one = monthDossiers(month({ resolvedOnTime: 3, resolvedLate: 1, pendingOverdue: 2 }));
		const two = monthDossiers(month({ resolvedEarly: 4, pendingWithinTime: 5 }));
		expect(sumDossiers([one, two])).toEqual({
			received: 0,
			resolved: 8,
			resolvedOnTime: 7,
			resolvedLate: 1,
			pending: 7,
			onTimePercent: 87.5,
		});
	});
});
