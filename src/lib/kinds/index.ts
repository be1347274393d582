import type { z } from 'astro/zod';
import type { KindDocument, KindRow } from './row.ts';
import { KINDS } from './table.ts';

export { KINDS } from './table.ts';

type Table = typeof KINDS;

/** A kind of content file with a row in the table. */
export type ContentKind = keyof Table;
/** The kinds of file in a content folder; the folder a file sits in decides its kind. */
export type FileKind = ContentKind | 'form' | 'unknown';
/** The output of the schema of a kind's documents (or of one entry of its list files). */
export type KindData<K extends ContentKind> = z.output<Table[K]['schema']>;
/** The kinds of controlled document: pages of their own, issues, history, comparisons. */
export type DocumentKind = { [K in ContentKind]: Table[K] extends { document: object } ? K : never }[ContentKind];
/** The kinds whose files sit in each agency's folder (`agencies/<id>/`). */
export type AgencyKind = { [K in ContentKind]: Table[K]['file']['scope'] extends 'agency' ? K : never }[ContentKind];
/** Names of the content collections, shared by the CLI export and the Astro content layer. */
export type CollectionName = Table[ContentKind]['collection'];
/** The collection of a kind. */
export type CollectionOf<K extends ContentKind> = Table[K]['collection'];
/** Kind names as the search index and the report figures spell them (`internal` for `internal-process`). */
export type SearchKind = Table[DocumentKind]['document']['search'];

/** Every kind, in the table's order. */
export const CONTENT_KINDS = Object.keys(KINDS) as ContentKind[];

/** The row of `kind`, typed loosely for code that handles every kind alike. */
export function kindRow(kind: ContentKind): KindRow<unknown> {
	return KINDS[kind] as KindRow<unknown>;
}

function isDocumentKind(kind: string): kind is DocumentKind {
	return kind in KINDS && kindRow(kind as ContentKind).document !== undefined;
}

/** The controlled document kinds, in the table's order. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = CONTENT_KINDS.filter(isDocumentKind);

/** The kinds of the agency folder, in the table's order. */
export const AGENCY_KINDS: readonly AgencyKind[] = CONTENT_KINDS.filter((kind): kind is AgencyKind => KINDS[kind].file.scope === 'agency');

/** The collection names, in the table's order (the order of the open-data export). */
export const COLLECTIONS = CONTENT_KINDS.map((kind) => KINDS[kind].collection) as readonly CollectionName[];

/** The row of a controlled document kind, or undefined for any other kind. */
export function documentKind(kind: string): (KindRow<unknown> & { document: KindDocument<unknown> }) | undefined {
	return isDocumentKind(kind) ? (kindRow(kind) as KindRow<unknown> & { document: KindDocument<unknown> }) : undefined;
}

/** The document kind whose search name is `search`. */
export function kindOfSearch(search: SearchKind): DocumentKind {
	const kind = DOCUMENT_KINDS.find((candidate) => KINDS[candidate].document.search === search);
	if (kind === undefined) throw new Error(`Không có loại tài liệu ${search}`);
	return kind;
}

/** Document kinds a search can be narrowed to, with the label shown in results and in the filter. */
export const SEARCH_KINDS = Object.fromEntries(
	DOCUMENT_KINDS.map((kind) => [KINDS[kind].document.search, KINDS[kind].document.label]),
) as Record<SearchKind, string>;
