import type { MonthStatistics } from '../../../schemas/statistics.ts';

/**
 * The figures the steering committee publishes for a period: dossiers received (online, in
 * person, by post) and resolved in it, those resolved on time (early or on the due date) and
 * late, and those still pending at its end. `onTimePercent` has two decimals (10,775 of 10,800 →
 * 99.77) and is `null` when nothing was resolved.
 */
export interface DossierFigures {
	received: number;
	resolved: number;
	resolvedOnTime: number;
	resolvedLate: number;
	pending: number;
	onTimePercent: number | null;
}

/** `2026-07` for July 2026: the key of a month across the statistics files. */
export function monthKey(year: number, month: number): string {
	return `${year}-${String(month).padStart(2, '0')}`;
}

/** `part` of `whole` as a percentage with two decimals (10,775 of 10,800 → 99.77); null when `whole` is 0. */
export function percentTwoDecimals(part: number, whole: number): number | null {
	if (whole === 0) return null;
	return Math.round((part * 10_000) / whole) / 100;
}

/** The figures of one month of the statistics file. */
export function monthDossiers(month: MonthStatistics): DossierFigures {
	const resolvedOnTime = month.resolvedEarly + month.resolvedOnTime;
	const resolved = resolvedOnTime + month.resolvedLate;
	return {
		received: month.receivedOnline + month.receivedInPerson + month.receivedByPost,
		resolved,
		resolvedOnTime,
		resolvedLate: month.resolvedLate,
		pending: month.pendingWithinTime + month.pendingOverdue,
		onTimePercent: percentTwoDecimals(resolvedOnTime, resolved),
	};
}

/**
 * Several periods added up: what was received and resolved in any of them, and what is pending
 * at the end of each (the months of one agency pass `[last]` pending only; see `periodDossiers`).
 */
export function sumDossiers(items: readonly DossierFigures[]): DossierFigures {
	const sum = (key: 'received' | 'resolved' | 'resolvedOnTime' | 'resolvedLate' | 'pending'): number =>
		items.reduce((total, item) => total + item[key], 0);
	const resolvedOnTime = sum('resolvedOnTime');
	const resolved = sum('resolved');
	return {
		received: sum('received'),
		resolved,
		resolvedOnTime,
		resolvedLate: sum('resolvedLate'),
		pending: sum('pending'),
		onTimePercent: percentTwoDecimals(resolvedOnTime, resolved),
	};
}

/**
 * One agency's months of a period, in calendar order, added up: received and resolved over all of
 * them, pending as at the end of the last month with figures (a dossier pending in June and still
 * pending in July is one dossier, not two).
 */
export function periodDossiers(months: readonly MonthStatistics[]): DossierFigures {
	const figures = months.map(monthDossiers);
	const total = sumDossiers(figures);
	return { ...total, pending: figures.at(-1)?.pending ?? 0 };
}
