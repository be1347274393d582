import type { Period } from './types.ts';

/** The report month up to the as-of date: 2026-06-15 → 2026-06-01 … 2026-06-15. */
export function monthPeriod(asOf: string): Period {
	return { from: `${asOf.slice(0, 7)}-01`, to: asOf };
}

/** True when `date` lies in the period, both ends included. */
export function inPeriod(date: string, period: Period): boolean {
	return date >= period.from && date <= period.to;
}

/** `part` of `whole` as a percentage rounded to one decimal (216 of 270 → 80); null when `whole` is 0. */
export function percentOf(part: number, whole: number): number | null {
	if (whole === 0) return null;
	return Math.round((part * 1000) / whole) / 10;
}
