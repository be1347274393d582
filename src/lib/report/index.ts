import { AGENCY_LEVELS } from '../../../schemas/agency.ts';
import { isInForce } from '../validate/context.ts';
import { agencyFigures, type AgencyContext } from './agency.ts';
import { currentIssues, type DocumentIssue } from './changes.ts';
import { legalRegistry } from './legal.ts';
import { monthPeriod } from './period.ts';
import type { AgencySource, ReportSource } from './source.ts';
import { sumByLevel, sumFigures } from './totals.ts';
import type { Report } from './types.ts';

export type { DocumentIssue } from './changes.ts';
export { currentIssues } from './changes.ts';
export { monthPeriod, percentOf } from './period.ts';
export { sumTrend } from './dossiers.ts';
export { percentTwoDecimals } from '../statistics/dossiers.ts';
export { exportReportInput, reportSource, type ReportInput, type ReportSource } from './source.ts';
export type * from './types.ts';

export interface ReportOptions {
	/** The date every figure is judged at, `YYYY-MM-DD`. */
	asOf: string;
	/** Issues dated in this period count as changes; default: the as-of month up to the as-of date. */
	period?: { from: string; to: string };
	/** The document issues to count; default: the current issue of every file (`currentIssues`). */
	issues?: readonly DocumentIssue[];
}

/** The compliance figures of every agency in force at the as-of date, per agency, per level and for the province. */
export function computeReport(source: ReportSource, options: ReportOptions): Report {
	const { asOf } = options;
	const ctx: AgencyContext = {
		source,
		asOf,
		period: options.period ?? monthPeriod(asOf),
		tthc: new Map(source.tthc.map((entry) => [entry.code, entry])),
		legal: legalRegistry(source.legal),
		issues: options.issues ?? currentIssues(source),
	};
	const agencies = source.agencies
		.filter((folder) => inForce(folder, asOf))
		.sort(
			(a, b) =>
				AGENCY_LEVELS.indexOf(a.agency.level) - AGENCY_LEVELS.indexOf(b.agency.level) ||
				a.agency.name.localeCompare(b.agency.name, 'vi') ||
				a.id.localeCompare(b.id),
		)
		.map((folder) => agencyFigures(folder, ctx));
	const bands = (source.province?.grades ?? []).map((band) => band.name);
	return {
		asOf,
		year: Number(asOf.slice(0, 4)),
		period: ctx.period,
		province: { name: source.province?.name ?? null, secretariat: source.province?.secretariat ?? null },
		totals: sumFigures(agencies, bands),
		levels: sumByLevel(agencies, bands),
		agencies,
	};
}

/** The same in-force test as the validation rules, which read only the agency's data. */
function inForce(folder: AgencySource, asOf: string): boolean {
	return isInForce({ agency: { data: folder.agency } }, asOf);
}
