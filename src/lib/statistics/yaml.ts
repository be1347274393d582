import type { MonthStatistics, Statistics } from '../../../schemas/statistics.ts';

/** The keys of a month, in the order of the schema and of the one-stop system's report. */
const MONTH_KEYS: ReadonlyArray<keyof MonthStatistics> = [
	'month',
	'receivedOnline',
	'receivedInPerson',
	'receivedByPost',
	'carriedOver',
	'resolvedEarly',
	'resolvedOnTime',
	'resolvedLate',
	'pendingWithinTime',
	'pendingOverdue',
	'returned',
	'withdrawn',
];

/**
 * A statistics file in one stable layout: the comment lines given first, then `year`, then the
 * months in calendar order with every key in schema order, so that re-importing the same figures
 * changes nothing and a changed month shows as a small diff.
 */
export function renderStatistics(data: Statistics, comments: readonly string[] = []): string {
	const months = [...data.months].sort((a, b) => a.month - b.month);
	const lines = [...comments.map((line) => `# ${line}`.trimEnd()), `year: ${data.year}`, 'months:'];
	for (const month of months) MONTH_KEYS.forEach((key, index) => lines.push(`${index === 0 ? '  - ' : '    '}${key}: ${month[key]}`));
	return `${lines.join('\n')}\n`;
}

/** The comment lines at the top of a statistics file, without their `# `, to keep them when it is rewritten. */
export function leadingComments(text: string): string[] {
	const comments: string[] = [];
	for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
		if (!line.startsWith('#')) break;
		comments.push(line.replace(/^#\s?/, ''));
	}
	return comments;
}
