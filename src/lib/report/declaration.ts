import type { AgencySource } from './source.ts';
import type { DeclarationFigures, RedeclarationReason } from './types.ts';

/**
 * The last declaration made by the as-of date, and whether the scope changed since: TTHC added
 * or removed, the agency renamed (its `validFrom` after the declaration) or merged (it succeeded an
 * agency whose `validTo` is after the declaration).
 */
export function declarationFigures(folder: AgencySource, all: readonly AgencySource[], asOf: string): DeclarationFigures {
	const agency = folder.agency;
	const made = agency.declarations.filter((item) => item.date <= asOf);
	const last = made.reduce<(typeof made)[number] | undefined>(
		(latest, item) => (latest === undefined || item.date >= latest.date ? item : latest),
		undefined,
	);
	if (last === undefined) {
		return { last: null, redeclarationDue: true, reasons: ['never-declared'], added: [], removed: [], mergedFrom: [] };
	}
	const now = new Set(agency.tthc);
	const declared = new Set(last.tthc);
	const added = [...now].filter((code) => !declared.has(code));
	const removed = [...declared].filter((code) => !now.has(code));
	const mergedFrom = all
		.filter((other) => other.agency.successor === agency.id && other.agency.validTo !== undefined && other.agency.validTo > last.date)
		.map((other) => other.id)
		.sort();
	const reasons: RedeclarationReason[] = [];
	if (added.length > 0) reasons.push('tthc-added');
	if (removed.length > 0) reasons.push('tthc-removed');
	if (agency.validFrom !== undefined && agency.validFrom > last.date) reasons.push('renamed');
	if (mergedFrom.length > 0) reasons.push('merged');
	return {
		last: { decision: last.decision, date: last.date, kind: last.kind },
		redeclarationDue: reasons.length > 0,
		reasons,
		added,
		removed,
		mergedFrom,
	};
}
