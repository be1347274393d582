import type { Agency, InternalCatalogueEntry, LegalDocument, Province, Statistics, TthcEntry } from '../../../schemas/index.ts';
import { DOCUMENT_KINDS, kindRow, type CollectionOf, type DocumentKind, type KindData, type KINDS } from '../kinds/index.ts';
import type { CorpusExport } from '../load/export.ts';

/** A document of an agency folder: its file name without `.md` (the page address) and its data. */
export interface SourceDocument<T> {
	slug: string;
	data: T;
}

type Table = typeof KINDS;

/** An agency's documents of each controlled kind, under the kind's slot (`policy`, `procedures`…): a list, or one document or `null`. */
type DocumentSlots = {
	[K in DocumentKind as Table[K]['slot']]: Table[K] extends { many: true }
		? SourceDocument<KindData<K>>[]
		: SourceDocument<KindData<K>> | null;
};

export type AgencySource = DocumentSlots & {
	id: string;
	agency: Agency;
	/** Monthly dossier statistics, one document per year. */
	statistics: SourceDocument<Statistics>[];
};

/** What the figures are computed from: the validated documents, grouped by agency. */
export interface ReportSource {
	province: Province | null;
	catalogue: InternalCatalogueEntry[];
	tthc: TthcEntry[];
	legal: LegalDocument[];
	/** Every agency with a valid agency.yaml, in force or not (successions need the old ones). */
	agencies: AgencySource[];
}

/** An entry as both the export and the content layer give it: id `<agency>/<file name>` for agency documents. */
interface Entry<T> {
	id: string;
	data: T;
}

/** The controlled documents of each kind, under the kind's collection (`policies`, `procedures`…). */
type DocumentInputs = { [K in DocumentKind as CollectionOf<K>]: ReadonlyArray<Entry<KindData<K>>> };

/** The documents, in the shape of the content collections. */
export type ReportInput = DocumentInputs & {
	province: Province | null;
	catalogue: ReadonlyArray<InternalCatalogueEntry>;
	tthc: ReadonlyArray<TthcEntry>;
	legal: ReadonlyArray<LegalDocument>;
	agencies: ReadonlyArray<Entry<Agency>>;
	statistics: ReadonlyArray<Entry<Statistics>>;
};

/** An agency with no document yet: an empty list or `null` in each kind's slot. */
function emptySource(id: string, agency: Agency): AgencySource {
	const slots = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kindRow(kind).slot, kindRow(kind).many === true ? [] : null]));
	return { ...slots, id, agency, statistics: [] } as unknown as AgencySource;
}

/** Groups the documents by agency; a document whose agency has no valid agency.yaml is left out. */
export function reportSource(input: ReportInput): ReportSource {
	const agencies = new Map<string, AgencySource>(input.agencies.map((entry) => [entry.id, emptySource(entry.id, entry.data)]));
	const lists: Array<[string, ReadonlyArray<Entry<unknown>>]> = DOCUMENT_KINDS.map((kind) => [
		kindRow(kind).slot,
		input[kindRow(kind).collection as CollectionOf<DocumentKind>],
	]);
	for (const [slot, entries] of [...lists, ['statistics', input.statistics] as const]) {
		for (const entry of entries) {
			const slash = entry.id.indexOf('/');
			const folder = agencies.get(entry.id.slice(0, slash)) as Record<string, unknown> | undefined;
			if (slash < 1 || folder === undefined) continue;
			const doc = { slug: entry.id.slice(slash + 1), data: entry.data };
			const held = folder[slot];
			if (Array.isArray(held)) held.push(doc);
			else folder[slot] = doc;
		}
	}
	return {
		province: input.province,
		catalogue: [...input.catalogue],
		tthc: [...input.tthc],
		legal: [...input.legal],
		agencies: [...agencies.values()],
	};
}

/**
 * The documents of `qms export`, which are exactly what the site's content layer holds, so the
 * CLI and the pages compute the figures from the same data. The export was checked by the schemas,
 * so each `data` has its schema's output type.
 */
export function exportReportInput(data: CorpusExport): ReportInput {
	const entries = <T>(name: keyof CorpusExport): Array<Entry<T>> => data[name].map((doc) => ({ id: doc.id, data: doc.data as T }));
	const documents = Object.fromEntries(
		DOCUMENT_KINDS.map((kind) => [kindRow(kind).collection, entries<unknown>(kindRow(kind).collection as keyof CorpusExport)]),
	) as unknown as DocumentInputs;
	return {
		...documents,
		province: (data.province[0]?.data as Province | undefined) ?? null,
		catalogue: data.catalogue.map((doc) => doc.data as InternalCatalogueEntry),
		tthc: data.tthc.map((doc) => doc.data as TthcEntry),
		legal: data.legal.map((doc) => doc.data as LegalDocument),
		agencies: entries<Agency>('agencies'),
		statistics: entries<Statistics>('statistics'),
	};
}
