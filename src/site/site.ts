import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildSettings } from '../lib/build/context.ts';
import { DOCUMENT_KINDS, KINDS, type CollectionOf, type DocumentKind } from '../lib/kinds/index.ts';
import { historyId } from '../lib/load/export.ts';
import { agencyOf } from '../lib/site/entries.ts';
import { isSingleAgency, selectAgencies } from '../lib/site/select.ts';
import { documentTimeline, type Timeline } from '../lib/versions-view/timeline.ts';
import { currentText, pastTexts, withTexts, type DocumentHistoryData, type StoredHistoryData } from '../lib/versions-view/types.ts';
import { todayInVietnam } from '../lib/text/dates.ts';
import type { FileKind } from '../lib/load/classify.ts';
import type { Finding } from '../lib/findings/finding.ts';
import type { HeldBack } from '../lib/publish/index.ts';
import type { DocumentControl } from '../../schemas/document-control.ts';
import { listedForms } from '../../schemas/procedure.ts';
import type { Agency, InternalCatalogueEntry, LegalDocument, Province, TthcEntry } from '../../schemas/index.ts';

/** The collection name of every controlled document kind, holding its published entries (`procedures`, `policies`…). */
type DocumentCollections = { [K in DocumentKind as CollectionOf<K>]: Array<CollectionEntry<CollectionOf<K>>> };

/** A published entry of any controlled document kind. */
export type DocumentEntry = CollectionEntry<CollectionOf<DocumentKind>>;

/**
 * The site's data, read once per build from the content layer: the adapter between Astro and the
 * pages and components. This module is the only place they read `astro:content` collections and
 * the settings of the build (src/lib/build/context.ts).
 */
export type Site = DocumentCollections & {
	province: Province | undefined;
	/** The agency of a single-agency build (`qms build --agency`), else undefined. */
	only: string | undefined;
	/** Agencies published by this build. */
	agencies: Array<CollectionEntry<'agencies'>>;
	/** Every agency of the corpus, for names of successors and parents. */
	allAgencies: ReadonlyMap<string, Agency>;
	/** Monthly dossier statistics of the published agencies; not document pages, so a sharded portal keeps them for its figures. */
	statistics: Array<CollectionEntry<'statistics'>>;
	tthc: ReadonlyMap<string, TthcEntry>;
	legal: ReadonlyMap<string, LegalDocument>;
	catalogue: ReadonlyMap<string, InternalCatalogueEntry>;
	/** Every issue of every controlled document, keyed by `historyKey(kind, id)`. */
	history: ReadonlyMap<string, DocumentHistoryData>;
	/** The day the build shows documents in force on: `qms build --as-of`, else the province's `asOf`, else today in Vietnam. */
	today: string;
	/** Form files this build publishes, as `<agency>/<file>`: a past issue links only to these. */
	forms: ReadonlySet<string>;
	/** Files held back for their errors (see selectPublication), sorted by file. */
	heldBack: HeldBack[];
	/** Compliance findings of the published agencies, sorted by file and line. */
	compliance: Finding[];
};

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
	cached ??= readSite();
	return cached;
}

/** Routes of a page of the province's portal (a rest parameter, so a single-agency build returns no page). */
export async function portalRoutes(): Promise<Array<{ params: { portal: undefined } }>> {
	const site = await loadSite();
	return site.only === undefined ? [{ params: { portal: undefined } }] : [];
}

async function readSite(): Promise<Site> {
	const { agency: only, sharded, asOf } = buildSettings();
	const all = await getCollection('agencies');
	const agencies = selectAgencies(all, only);
	const published = new Set(agencies.map((agency) => agency.id));
	// A sharded portal (`qms build --shards`) takes every document page from the agencies' own builds.
	const mine = <E extends { id: string }>(entries: E[]) => (sharded ? [] : entries.filter((entry) => published.has(agencyOf(entry.id))));
	const province = (await getEntry('province', 'province'))?.data;
	const everyDocument = await Promise.all(
		DOCUMENT_KINDS.map(async (kind) => [KINDS[kind].collection, await getCollection(KINDS[kind].collection)] as const),
	);
	const documents = Object.fromEntries(
		everyDocument.map(([collection, entries]) => [collection, mine<DocumentEntry>(entries)]),
	) as DocumentCollections;
	// The history collection leaves out the texts (see StoredVersion): the current issue's are the working-tree entry's.
	const working = new Map<string, { data: DocumentControl; body: string }>();
	for (const [, entries] of everyDocument)
		for (const entry of entries)
			working.set(entry.filePath?.replace(/^content\//, '') ?? '', { data: entry.data, body: currentText(entry).body });
	const history = (await getCollection('history')).flatMap((entry) => {
		const data = withTexts(entry.data as StoredHistoryData, (file) => working.get(file), pastTexts());
		return data === undefined ? [] : [[entry.id, data] as const];
	});
	const publishedDocuments: DocumentEntry[] = Object.values<DocumentEntry[]>(documents).flat();
	return {
		...documents,
		province,
		only: isSingleAgency(only) ? only : undefined,
		agencies,
		allAgencies: new Map(all.map((agency) => [agency.id, agency.data])),
		statistics: (await getCollection('statistics')).filter((entry) => published.has(agencyOf(entry.id))),
		tthc: new Map((await getCollection('tthc')).map((entry) => [entry.data.code, entry.data])),
		legal: new Map((await getCollection('legal')).map((entry) => [entry.data.number, entry.data])),
		catalogue: new Map((await getCollection('catalogue')).map((entry) => [entry.data.id, entry.data])),
		history: new Map(history),
		today: asOf ?? province?.asOf ?? todayInVietnam(new Date()),
		forms: new Set(
			publishedDocuments.flatMap((entry) =>
				'forms' in entry.data
					? listedForms(entry.data.forms).flatMap((form) => (form.file === undefined ? [] : [`${agencyOf(entry.id)}/${form.file}`]))
					: [],
			),
		),
		...(await publicationOf()),
	};
}

/** The files held back and the compliance findings, from the `publication` collection's one entry. */
async function publicationOf(): Promise<Pick<Site, 'heldBack' | 'compliance'>> {
	const data = (await getEntry('publication', 'all'))?.data as Partial<Pick<Site, 'heldBack' | 'compliance'>> | undefined;
	return { heldBack: data?.heldBack ?? [], compliance: data?.compliance ?? [] };
}

/** The key of a document in `Site.history`: the history collection's id, `<kind>:<id>`. */
export const historyKey = historyId;

/** The issues of one document on the build's day; `home` is the document's main page. */
export function timelineOf(
	site: Site,
	kind: FileKind,
	entry: { id: string; data: DocumentControl; filePath?: string | undefined },
	home: string,
): Timeline {
	return documentTimeline(
		site.history.get(historyKey(kind, entry.id)),
		{ data: entry.data, body: currentText(entry).body },
		site.today,
		home,
	);
}

/** The issue numbers of one document that have a page of their own (every known issue). */
export function issueNumbers(site: Site, kind: FileKind, entry: { id: string; data: DocumentControl }): number[] {
	const versions = site.history.get(historyKey(kind, entry.id))?.versions ?? [];
	return versions.length === 0 ? [entry.data.issue] : versions.map((version) => version.issue);
}

/** Every pair of issues (older first) of one document, for the comparison pages. */
export function issuePairs(site: Site, kind: FileKind, entry: { id: string; data: DocumentControl }): Array<[number, number]> {
	const issues = issueNumbers(site, kind, entry);
	return issues.flatMap((from, index) => issues.slice(index + 1).map((to): [number, number] => [from, to]));
}

/** Every published controlled document, by collection. */
export function siteDocuments(site: Site): DocumentCollections {
	return Object.fromEntries(DOCUMENT_KINDS.map((kind) => [KINDS[kind].collection, site[KINDS[kind].collection]])) as DocumentCollections;
}

/** Everything published for one agency: its documents of each kind, by collection. */
export function agencyDocuments(site: Site, agency: string): DocumentCollections {
	const own = <E extends { id: string }>(entries: E[]) => entries.filter((entry) => agencyOf(entry.id) === agency);
	return Object.fromEntries(
		DOCUMENT_KINDS.map((kind) => [KINDS[kind].collection, own<DocumentEntry>(site[KINDS[kind].collection])]),
	) as DocumentCollections;
}
