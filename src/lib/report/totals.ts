import { AGENCY_LEVELS } from '../../../schemas/agency.ts';
import { sumDossiers } from '../statistics/dossiers.ts';
import { sumObjectives } from './objective-results.ts';
import { percentOf } from './period.ts';
import type { AgencyFigures, LevelTotals, Totals } from './types.ts';

/** The figures of several agencies added up. */
export function sumFigures(agencies: readonly AgencyFigures[], bands: readonly string[] = []): Totals {
	const count = (test: (agency: AgencyFigures) => boolean): number => agencies.filter(test).length;
	const sum = (value: (agency: AgencyFigures) => number): number => agencies.reduce((total, agency) => total + value(agency), 0);
	const assigned = sum((agency) => agency.coverage.assigned);
	const covered = sum((agency) => agency.coverage.covered);
	return {
		agencies: agencies.length,
		tthc: { assigned, covered, percent: percentOf(covered, assigned) },
		withPolicy: count((agency) => agency.policy.present),
		withObjectives: count((agency) => agency.objectives.present),
		withAllInternal: count((agency) => agency.internal.missing.length === 0),
		internalMissing: sum((agency) => agency.internal.missing.length),
		auditWithinInterval: count((agency) => agency.audit.withinInterval),
		reviewWithinInterval: count((agency) => agency.review.withinInterval),
		redeclarationDue: count((agency) => agency.declaration.redeclarationDue),
		legalOutdated: sum((agency) => agency.legal.outdated.length),
		legalLate: sum((agency) => agency.legal.late),
		documentsChanged: sum((agency) => agency.changes.length),
		dossiers: sumDossiers(agencies.map((agency) => agency.dossiers)),
		reportingSent: count((agency) => agency.reporting.sent),
		inspections: inspectionTotals(agencies, bands),
		objectiveResults: sumObjectives(agencies),
	};
}

/** Agencies inspected, counted by grade in the order of the bands; a grade no band gives is counted under "". */
function inspectionTotals(agencies: readonly AgencyFigures[], bands: readonly string[]): Totals['inspections'] {
	const graded = agencies.flatMap((agency) => (agency.inspection === null ? [] : [agency.inspection.grade ?? '']));
	const names = [...bands, ...(graded.includes('') ? [''] : [])];
	return {
		inspected: graded.length,
		byGrade: names
			.map((grade) => ({ grade, agencies: graded.filter((item) => item === grade).length }))
			.filter((item) => item.agencies > 0),
	};
}

/** Sums per agency level, in the schema's order of levels, leaving out levels without agencies. */
export function sumByLevel(agencies: readonly AgencyFigures[], bands: readonly string[] = []): LevelTotals[] {
	return AGENCY_LEVELS.flatMap((level) => {
		const members = agencies.filter((agency) => agency.level === level);
		return members.length === 0 ? [] : [{ level, totals: sumFigures(members, bands) }];
	});
}
