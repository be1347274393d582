/** Dates are `YYYY-MM-DD` strings throughout; these helpers compute in UTC so no time zone shifts a day. */

function toUtc(date: string): Date {
	return new Date(`${date}T00:00:00Z`);
}

/** The date `months` calendar months after `date`, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
	const start = toUtc(date);
	const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
	return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** `05/03/2026`, the way Vietnamese documents write a date. */
export function formatDateVi(date: string): string {
	const [year, month, day] = date.split('-');
	return `${day}/${month}/${year}`;
}

/** Today's date in Vietnam (UTC+7), as `YYYY-MM-DD`. */
export function todayInVietnam(now: Date): string {
	return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
