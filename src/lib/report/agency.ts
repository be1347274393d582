import type { LegalDocument, TthcEntry } from '../../../schemas/index.ts';
import { changesInPeriod, type DocumentIssue } from './changes.ts';
import { coverageFigures } from './coverage.ts';
import { declarationFigures } from './declaration.ts';
import { dossierFigures } from './dossiers.ts';
import { inspectionFigures } from './inspection.ts';
import { objectiveFigures } from './objective-results.ts';
import { eventFigures } from './events.ts';
import { legalFigures } from './legal.ts';
import { internalFigures, objectivesFigures, policyFigures } from './presence.ts';
import type { AgencySource, ReportSource } from './source.ts';
import type { AgencyFigures, Period } from './types.ts';

/** Look-ups shared by every agency of one report. */
export interface AgencyContext {
	source: ReportSource;
	asOf: string;
	period: Period;
	tthc: ReadonlyMap<string, TthcEntry>;
	legal: ReadonlyMap<string, { data: LegalDocument }>;
	issues: readonly DocumentIssue[];
}

/** Every figure of one agency at the as-of date. */
export function agencyFigures(folder: AgencySource, ctx: AgencyContext): AgencyFigures {
	const { agency } = folder;
	const objectives = objectivesFigures(folder, ctx.asOf);
	const objectivesDocument = folder.objectives.find((doc) => doc.slug === objectives.document?.slug);
	return {
		id: folder.id,
		name: agency.name,
		shortName: agency.shortName ?? null,
		level: agency.level,
		coverage: coverageFigures(folder, ctx.tthc, ctx.asOf),
		policy: policyFigures(folder, ctx.asOf),
		objectives,
		internal: internalFigures(folder, ctx.source.catalogue, ctx.asOf),
		audit: eventFigures(agency, 'audits', ctx.asOf),
		review: eventFigures(agency, 'reviews', ctx.asOf),
		declaration: declarationFigures(folder, ctx.source.agencies, ctx.asOf),
		legal: legalFigures(folder, ctx.legal, ctx.asOf),
		changes: changesInPeriod(ctx.issues, folder.id, ctx.period),
		...dossierFigures(folder, ctx.period),
		inspection: inspectionFigures(folder, ctx.source.province, ctx.asOf),
		objectiveResults: objectiveFigures(objectivesDocument?.data.objectives ?? []),
	};
}
