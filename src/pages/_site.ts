import { historyId } from '../lib/load/export.ts';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { agencyOf, asAgencies, asCatalogue, asInternal, asLegal, asObjectives, asPolicies, asProcedures, asStatistics, asTthc, type Typed } from '../lib/site/entries.ts';
import { isSingleAgency, selectAgencies } from '../lib/site/select.ts';
import { documentTimeline, type Timeline } from '../lib/versions-view/timeline.ts';
import { currentText, pastTexts, withTexts, type DocumentHistoryData, type StoredHistoryData } from '../lib/versions-view/types.ts';
import { todayInVietnam } from '../lib/text/dates.ts';
import type { FileKind } from '../lib/load/classify.ts';
import type { Finding } from '../lib/findings/finding.ts';
import type { HeldBack } from '../lib/publish/index.ts';
import type { DocumentControl } from '../../schemas/document-control.ts';
import type { Agency, InternalCatalogueEntry, InternalProcess, LegalDocument, Objectives, Policy, Procedure, Province, Statistics, TthcEntry } from '../../schemas/index.ts';

/**
 * The site's data, read once per build from the content layer. This module is the only place the
 * pages read `astro:content` collections and the `QMS_AGENCY` setting of a single-agency build.
 */
export interface Site {
	province: Province | undefined;
	/** The agency of a single-agency build (`qms build --agency`), else undefined. */
	only: string | undefined;
	/** Agencies published by this build. */
	agencies: Array<Typed<CollectionEntry<'agencies'>, Agency>>;
	/** Every agency of the corpus, for names of successors and parents. */
	allAgencies: ReadonlyMap<string, Agency>;
	procedures: Array<Typed<CollectionEntry<'procedures'>, Procedure>>;
	internal: Array<Typed<CollectionEntry<'internal'>, InternalProcess>>;
	policies: Array<Typed<CollectionEntry<'policies'>, Policy>>;
	objectives: Array<Typed<CollectionEntry<'objectives'>, Objectives>>;
	/** Monthly dossier statistics of the published agencies; not document pages, so a sharded portal keeps them for its figures. */
	statistics: Array<Typed<CollectionEntry<'statistics'>, Statistics>>;
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
}

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
	cached ??= readSite();
	return cached;
}

async function readSite(): Promise<Site> {
	const only = process.env['QMS_AGENCY'];
	const all = asAgencies(await getCollection('agencies'));
	const agencies = selectAgencies(all, only);
	const published = new Set(agencies.map((agency) => agency.id));
	// A sharded portal (`qms build --shards`) takes every document page from the agencies' own builds.
	const sharded = process.env['QMS_SHARDED'] === '1';
	const mine = <E extends { id: string }>(entries: E[]) => (sharded ? [] : entries.filter((entry) => published.has(agencyOf(entry.id))));
	const province = (await getEntry('province', 'province'))?.data as Province | undefined;
	const allProcedures = asProcedures(await getCollection('procedures'));
	const allInternal = asInternal(await getCollection('internal'));
	const allPolicies = asPolicies(await getCollection('policies'));
	const allObjectives = asObjectives(await getCollection('objectives'));
	const procedures = mine(allProcedures);
	const internal = mine(allInternal);
	// The history collection leaves out the texts (see StoredVersion): the current issue's are the working-tree entry's.
	const working = new Map<string, { data: DocumentControl; body: string }>();
	for (const entry of [...allProcedures, ...allInternal, ...allPolicies, ...allObjectives]) working.set(entry.filePath?.replace(/^content\//, '') ?? '', { data: entry.data, body: currentText(entry).body });
	const history = (await getCollection('history')).flatMap((entry) => {
		const data = withTexts(entry.data as unknown as StoredHistoryData, (file) => working.get(file), pastTexts());
		return data === undefined ? [] : [[entry.id, data] as const];
	});
	return {
		province,
		only: isSingleAgency(only) ? only : undefined,
		agencies,
		allAgencies: new Map(all.map((agency) => [agency.id, agency.data])),
		procedures,
		internal,
		policies: mine(allPolicies),
		objectives: mine(allObjectives),
		statistics: asStatistics(await getCollection('statistics')).filter((entry) => published.has(agencyOf(entry.id))),
		tthc: new Map(asTthc(await getCollection('tthc')).map((entry) => [entry.data.code, entry.data])),
		legal: new Map(asLegal(await getCollection('legal')).map((entry) => [entry.data.number, entry.data])),
		catalogue: new Map(asCatalogue(await getCollection('catalogue')).map((entry) => [entry.data.id, entry.data])),
		history: new Map(history),
		today: process.env['QMS_AS_OF'] ?? province?.asOf ?? todayInVietnam(new Date()),
		forms: new Set([...procedures, ...internal].flatMap((entry) => entry.data.forms.map((form) => `${agencyOf(entry.id)}/${form.file}`))),
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
export function timelineOf(site: Site, kind: FileKind, entry: { id: string; data: DocumentControl; filePath?: string | undefined }, home: string): Timeline {
	return documentTimeline(site.history.get(historyKey(kind, entry.id)), { data: entry.data, body: currentText(entry).body }, site.today, home);
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

/** Everything published for one agency. */
export function agencyDocuments(site: Site, agency: string) {
	const own = <E extends { id: string }>(entries: E[]) => entries.filter((entry) => agencyOf(entry.id) === agency);
	return {
		procedures: own(site.procedures),
		internal: own(site.internal),
		policy: own(site.policies)[0],
		objectives: own(site.objectives),
	};
}
