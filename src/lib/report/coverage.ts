import type { TthcEntry } from '../../../schemas/index.ts';
import { isIssued } from './documents.ts';
import { percentOf } from './period.ts';
import type { AgencySource } from './source.ts';
import type { CoverageFigures } from './types.ts';

/**
 * The agency's assigned TTHC (agency.yaml `tthc`) against those covered by at least one procedure
 * in effect at the as-of date; a procedure may cover several TTHC and a TTHC several procedures.
 */
export function coverageFigures(folder: AgencySource, catalogue: ReadonlyMap<string, TthcEntry>, asOf: string): CoverageFigures {
	const coveredBy = new Map<string, Array<{ slug: string; code: string }>>();
	for (const doc of folder.procedures) {
		if (!isIssued(doc, asOf)) continue;
		for (const code of new Set(doc.data.tthc))
			coveredBy.set(code, [...(coveredBy.get(code) ?? []), { slug: doc.slug, code: doc.data.code }]);
	}
	const assigned = [...new Set(folder.agency.tthc)];
	const name = (code: string): string | null => catalogue.get(code)?.name ?? null;
	const coveredTthc = assigned.flatMap((code) => {
		const procedures = coveredBy.get(code);
		return procedures === undefined
			? []
			: [{ code, name: name(code), procedures: procedures.sort((a, b) => a.slug.localeCompare(b.slug) || a.code.localeCompare(b.code)) }];
	});
	const uncovered = assigned.filter((code) => !coveredBy.has(code)).map((code) => ({ code, name: name(code) }));
	return {
		assigned: assigned.length,
		covered: coveredTthc.length,
		percent: percentOf(coveredTthc.length, assigned.length),
		coveredTthc,
		uncovered,
	};
}
