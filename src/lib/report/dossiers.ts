import { monthDossiers, monthKey, periodDossiers, sumDossiers, type DossierFigures } from '../statistics/dossiers.ts';
import type { MonthStatistics } from '../../../schemas/statistics.ts';
import type { AgencySource } from './source.ts';
import type { MonthDossiers, Period } from './types.ts';

/** Months shown in the trend: the report month and the eleven before it. */
export const TREND_MONTHS = 12;

/** Every month of the agency's statistics files, keyed `YYYY-MM`. */
function monthsOf(folder: AgencySource): Map<string, MonthStatistics> {
	const months = new Map<string, MonthStatistics>();
	for (const doc of folder.statistics) for (const entry of doc.data.months) months.set(monthKey(doc.data.year, entry.month), entry);
	return months;
}

/** The months a period touches, `YYYY-MM`, in order: 2026-06-15 … 2026-08-01 → 2026-06, 2026-07, 2026-08. */
export function periodMonths(period: Period): string[] {
	const keys: string[] = [];
	let year = Number(period.from.slice(0, 4));
	let month = Number(period.from.slice(5, 7));
	const last = period.to.slice(0, 7);
	while (monthKey(year, month) <= last) {
		keys.push(monthKey(year, month));
		month = month === 12 ? 1 : month + 1;
		if (month === 1) year++;
	}
	return keys;
}

/** The `count` months ending with `last` (`YYYY-MM`), oldest first. */
export function monthsEndingWith(last: string, count: number): string[] {
	const year = Number(last.slice(0, 4));
	const month = Number(last.slice(5, 7));
	return Array.from({ length: count }, (_, index) => {
		const offset = month - 1 - (count - 1 - index);
		const y = year + Math.floor(offset / 12);
		return monthKey(y, (((offset % 12) + 12) % 12) + 1);
	});
}

/**
 * The agency's dossiers of the period (the months it touches), whether it sent the statistics of
 * the report month (the period's last month), and the twelve months up to it for the trend.
 */
export function dossierFigures(
	folder: AgencySource,
	period: Period,
): { dossiers: DossierFigures; reporting: { month: string; sent: boolean }; dossierTrend: MonthDossiers[] } {
	const months = monthsOf(folder);
	const inPeriod = periodMonths(period).flatMap((key) => {
		const entry = months.get(key);
		return entry === undefined ? [] : [entry];
	});
	const reportMonth = period.to.slice(0, 7);
	const trend = monthsEndingWith(reportMonth, TREND_MONTHS).map((month) => {
		const entry = months.get(month);
		return { month, figures: entry === undefined ? null : monthDossiers(entry) };
	});
	return { dossiers: periodDossiers(inPeriod), reporting: { month: reportMonth, sent: months.has(reportMonth) }, dossierTrend: trend };
}

/** The agencies' trends added up month by month; a month is null when no agency sent figures for it. */
export function sumTrend(agencies: ReadonlyArray<{ dossierTrend: readonly MonthDossiers[] }>): MonthDossiers[] {
	const first = agencies[0]?.dossierTrend ?? [];
	return first.map(({ month }, index) => {
		const sent = agencies.flatMap((agency) => {
			const figures = agency.dossierTrend[index]?.figures;
			return figures === null || figures === undefined ? [] : [figures];
		});
		return { month, figures: sent.length === 0 ? null : sumDossiers(sent) };
	});
}
