import type { Agency, InternalCatalogueEntry, LegalDocument, TthcEntry } from '../../../schemas/index.ts';
import type { AgencyFolder, Corpus, LoadedDocument } from '../load/corpus.ts';
import type { DocumentControl } from '../../../schemas/document-control.ts';
import { DOCUMENT_KINDS, kindRow } from '../kinds/index.ts';

/** Look-ups every corpus rule needs, built once. */
export interface RuleContext {
	corpus: Corpus;
	/** The date the time rules are judged at, `YYYY-MM-DD`. */
	asOf: string;
	tthc: Map<string, LoadedDocument<TthcEntry>>;
	legal: Map<string, LoadedDocument<LegalDocument>>;
	catalogue: Map<string, LoadedDocument<InternalCatalogueEntry>>;
	agencyIds: Set<string>;
}

export function createRuleContext(corpus: Corpus, asOf: string): RuleContext {
	return {
		corpus,
		asOf,
		tthc: firstByKey(corpus.tthc, (entry) => entry.code),
		legal: firstByKey(corpus.legal, (entry) => entry.number),
		catalogue: firstByKey(corpus.internalCatalogue, (entry) => entry.id),
		agencyIds: new Set(corpus.agencies.flatMap((folder) => (folder.agency === undefined ? [] : [folder.agency.data.id]))),
	};
}

function firstByKey<T>(items: readonly LoadedDocument<T>[], key: (data: T) => string): Map<string, LoadedDocument<T>> {
	const map = new Map<string, LoadedDocument<T>>();
	for (const item of items) if (!map.has(key(item.data))) map.set(key(item.data), item);
	return map;
}

/** Every controlled document of an agency folder, kind by kind in the table's order (policy, objectives, procedures, internal processes). */
export function controlledDocuments(folder: AgencyFolder): LoadedDocument<DocumentControl>[] {
	const slots = folder as unknown as Record<string, LoadedDocument<DocumentControl> | Array<LoadedDocument<DocumentControl>> | undefined>;
	return DOCUMENT_KINDS.flatMap((kind) => slots[kindRow(kind).slot] ?? []);
}

/** True when the agency exists on `asOf` (it has not been merged, renamed or dissolved before). */
export function isInForce(folder: { agency?: { data: Agency } | undefined }, asOf: string): boolean {
	const agency = folder.agency?.data;
	if (agency === undefined) return false;
	return (agency.validFrom === undefined || agency.validFrom <= asOf) && (agency.validTo === undefined || agency.validTo >= asOf);
}
