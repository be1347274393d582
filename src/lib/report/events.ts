import type { Agency } from '../../../schemas/index.ts';
import { addMonths } from '../text/dates.ts';
import { REVIEW_INTERVAL_MONTHS } from '../validate/rules/reviews.ts';
import type { EventFigures } from './types.ts';

/** The last internal audit (`audits`) or management review (`reviews`) held by the as-of date, and whether it is within 12 months. */
export function eventFigures(agency: Agency, key: 'audits' | 'reviews', asOf: string): EventFigures {
	const held = agency[key].filter((event) => event.date <= asOf);
	const last = held.reduce<(typeof held)[number] | undefined>(
		(latest, event) => (latest === undefined || event.date >= latest.date ? event : latest),
		undefined,
	);
	if (last === undefined) return { last: null, record: null, due: null, withinInterval: false };
	const due = addMonths(last.date, REVIEW_INTERVAL_MONTHS);
	return { last: last.date, record: last.record, due, withinInterval: asOf <= due };
}
