import type { CollectionEntry } from 'astro:content';
import type { DocumentControl } from '../../schemas/document-control.ts';
import type { Agency } from '../../schemas/agency.ts';
import { agencyOf, nameOf, type Typed } from '../lib/site/entries.ts';
import { documentSlug, internalPath, objectivesPath, policyPath, procedurePath } from '../lib/site/routes.ts';
import { parsePairParam, pairParam } from '../lib/versions-view/paths.ts';
import { issuePairs, issueNumbers, timelineOf, type Site } from './_site.ts';
import type { Timeline } from '../lib/versions-view/timeline.ts';

/** The kinds of controlled document with pages of their own. */
export type DocumentKind = 'procedure' | 'internal-process' | 'policy' | 'objectives';

/** A controlled document with what every page of its issues needs: its route, its main page, its kind's name. */
export interface RoutedDocument {
	kind: DocumentKind;
	entry: Typed<CollectionEntry<'procedures' | 'internal' | 'policies' | 'objectives'>, DocumentControl>;
	agencyId: string;
	/** Route parameters of the document's main page. */
	params: Record<string, string>;
	/** The document's main page under `base`. */
	home: (base: string) => string;
	/** "Quy trình giải quyết thủ tục hành chính". */
	kicker: string;
}

const routed = new WeakMap<Site, Map<DocumentKind, { list: RoutedDocument[]; byId: Map<string, RoutedDocument> }>>();

/** Every document of `kind` with its route, built once per build: each page looks its document up by id. */
export function routedDocuments(site: Site, kind: DocumentKind): RoutedDocument[] {
	return routedIndex(site, kind).list;
}

function routedIndex(site: Site, kind: DocumentKind): { list: RoutedDocument[]; byId: Map<string, RoutedDocument> } {
	let kinds = routed.get(site);
	if (kinds === undefined) {
		kinds = new Map();
		routed.set(site, kinds);
	}
	let index = kinds.get(kind);
	if (index === undefined) {
		const list = buildRoutedDocuments(site, kind);
		index = { list, byId: new Map(list.map((doc) => [doc.entry.id, doc])) };
		kinds.set(kind, index);
	}
	return index;
}

function buildRoutedDocuments(site: Site, kind: DocumentKind): RoutedDocument[] {
	const agency = (id: string) => agencyOf(id);
	switch (kind) {
		case 'procedure':
			return site.procedures.map((entry) => ({ kind, entry, agencyId: agency(entry.id), params: { agency: agency(entry.id), slug: documentSlug(nameOf(entry.id)) }, home: (base) => procedurePath(base, agency(entry.id), nameOf(entry.id)), kicker: 'Quy trình giải quyết thủ tục hành chính' }));
		case 'internal-process':
			return site.internal.map((entry) => ({ kind, entry, agencyId: agency(entry.id), params: { agency: agency(entry.id), slug: documentSlug(nameOf(entry.id)) }, home: (base) => internalPath(base, agency(entry.id), nameOf(entry.id)), kicker: 'Quy trình nội bộ' }));
		case 'policy':
			return site.policies.map((entry) => ({ kind, entry, agencyId: agency(entry.id), params: { agency: agency(entry.id) }, home: (base) => policyPath(base, agency(entry.id)), kicker: 'Chính sách chất lượng' }));
		case 'objectives':
			return site.objectives.map((entry) => ({ kind, entry, agencyId: agency(entry.id), params: { agency: agency(entry.id), year: String(entry.data.year) }, home: (base) => objectivesPath(base, agency(entry.id), entry.data.year), kicker: `Mục tiêu chất lượng năm ${entry.data.year}` }));
	}
}

/** Routes of every issue's own page (`…/lan-<n>/`) of every document of `kind`. */
export function issueRoutes(site: Site, kind: DocumentKind) {
	return routedDocuments(site, kind).flatMap((doc) => issueNumbers(site, kind, doc.entry).map((issue) => ({ params: { ...doc.params, issue: String(issue) }, props: { id: doc.entry.id, issue } })));
}

/** Routes of every comparison page (`…/so-sanh/<a>-<b>/`) of every document of `kind`. */
export function pairRoutes(site: Site, kind: DocumentKind) {
	return routedDocuments(site, kind).flatMap((doc) => issuePairs(site, kind, doc.entry).map(([from, to]) => ({ params: { ...doc.params, pair: pairParam(from, to) }, props: { id: doc.entry.id } })));
}

/** Routes of the comparison list (`…/so-sanh/`) of every document with three issues or more (two have one pair, linked directly). */
export function compareIndexRoutes(site: Site, kind: DocumentKind) {
	return routedDocuments(site, kind).flatMap((doc) => (issuePairs(site, kind, doc.entry).length < 2 ? [] : [{ params: doc.params, props: { id: doc.entry.id } }]));
}

/** One document, its agency and its issues, for a page of `kind` with entry id `id`. */
export function documentPage(site: Site, kind: DocumentKind, id: string, base: string): { doc: RoutedDocument; agency: Agency; timeline: Timeline } {
	const doc = routedIndex(site, kind).byId.get(id);
	const agency = site.agencies.find((item) => item.id === doc?.agencyId);
	if (doc === undefined || agency === undefined) throw new Error(`Không tìm thấy tài liệu ${id}`);
	return { doc, agency: agency.data, timeline: timelineOf(site, kind, doc.entry, doc.home(base)) };
}

/** The two issues of a comparison route parameter (`1-2`). */
export function pairOf(timeline: Timeline, param: string | undefined) {
	const [a, b] = parsePairParam(param ?? '') ?? [];
	const from = timeline.issues.find((entry) => entry.issue === a);
	const to = timeline.issues.find((entry) => entry.issue === b);
	if (from === undefined || to === undefined) throw new Error(`Không có cặp lần ban hành ${param ?? ''} của ${timeline.home}`);
	return { from, to };
}
