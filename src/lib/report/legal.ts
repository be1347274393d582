import type { LegalDocument } from '../../../schemas/index.ts';
import { legalChange } from '../legal/change.ts';
import { addMonths, daysBetween } from '../text/dates.ts';
import { LEGAL_UPDATE_MONTHS } from '../validate/rules/legal-status.ts';
import type { AgencySource } from './source.ts';
import type { AgencyFigures, LegalFigure } from './types.ts';

/** The legal registry keyed by number, in the shape `legalChange` reads. */
export function legalRegistry(legal: readonly LegalDocument[]): ReadonlyMap<string, { data: LegalDocument }> {
	const registry = new Map<string, { data: LegalDocument }>();
	for (const data of legal) if (!registry.has(data.number)) registry.set(data.number, { data });
	return registry;
}

/**
 * Every citation, in the agency's procedures, of a legal document replaced, amended or expired by
 * the as-of date, with the days since the change took effect and whether the 3 months have passed;
 * the same judgement as the `legal-outdated` rule of `qms validate`.
 */
export function legalFigures(
	folder: AgencySource,
	registry: ReadonlyMap<string, { data: LegalDocument }>,
	asOf: string,
): AgencyFigures['legal'] {
	const outdated: LegalFigure[] = [];
	for (const doc of folder.procedures) {
		for (const cited of doc.data.legalBases ?? []) {
			const change = legalChange(cited, doc.data.legalBases ?? [], registry);
			// With no effective date the 3 months cannot be counted; `qms validate` warns about it instead.
			const since = change?.since;
			if (change === undefined || since === undefined || since > asOf) continue;
			const deadline = addMonths(since, LEGAL_UPDATE_MONTHS);
			outdated.push({
				procedure: { slug: doc.slug, code: doc.data.code, title: doc.data.title },
				cited,
				by: change.by,
				description: change.description,
				since,
				deadline,
				daysSince: daysBetween(since, asOf),
				late: asOf > deadline,
			});
		}
	}
	outdated.sort(
		(a, b) => a.since.localeCompare(b.since) || a.procedure.code.localeCompare(b.procedure.code) || a.cited.localeCompare(b.cited),
	);
	return { outdated, late: outdated.filter((item) => item.late).length };
}
