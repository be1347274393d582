import type { Province } from '../../../schemas/province.ts';
import { gradeOf } from '../statistics/grades.ts';
import type { AgencySource } from './source.ts';
import type { InspectionFigures } from './types.ts';

/** The latest inspection held on or before the as-of date, graded by the province's bands; null when none. */
export function inspectionFigures(folder: AgencySource, province: Province | null, asOf: string): InspectionFigures | null {
	const held = folder.agency.inspections.filter((item) => item.date <= asOf);
	const last = held.reduce<(typeof held)[number] | undefined>(
		(latest, item) => (latest === undefined || item.date >= latest.date ? item : latest),
		undefined,
	);
	if (last === undefined) return null;
	return {
		date: last.date,
		score: last.score,
		grade: gradeOf(last.score, province?.grades ?? []),
		body: last.body,
		mode: last.mode,
		record: last.record,
	};
}
