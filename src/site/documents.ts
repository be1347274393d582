import { siteBase } from '../lib/build/context.ts';
import type { Agency } from '../../schemas/agency.ts';
import { DOCUMENT_KINDS, KINDS, type DocumentKind, type KindData } from '../lib/kinds/index.ts';
import type { KindDocument } from '../lib/kinds/row.ts';
import { agencyOf, nameOf } from '../lib/site/entries.ts';
import { sitePath } from '../lib/site/routes.ts';
import type { IssuePage } from '../lib/versions-view/page.ts';
import { parsePairParam, pairParam } from '../lib/versions-view/paths.ts';
import type { Timeline } from '../lib/versions-view/timeline.ts';
import { issuePairs, issueNumbers, loadSite, timelineOf, type DocumentEntry, type Site } from './site.ts';

/** A controlled document with what every page of its issues needs: its route, its main page, its kind's name. */
export interface RoutedDocument<K extends DocumentKind = DocumentKind> {
	kind: K;
	entry: DocumentEntry & { data: KindData<K> };
	agencyId: string;
	/** The route parameter `document` of its pages: the main page's address after the agency (`thu-tuc/dang-ky-khai-sinh`). */
	path: string;
	/** The document's main page under `base`. */
	home: (base: string) => string;
	/** "Quy trình giải quyết thủ tục hành chính". */
	kicker: string;
}

/** The route parameters and props of a document's pages: every page shape serves every kind. */
interface DocumentRoute {
	params: { agency: string; document: string };
	props: { kind: DocumentKind; id: string };
}

const routed = new WeakMap<Site, { list: RoutedDocument[]; byKey: Map<string, RoutedDocument> }>();

/** Every controlled document of the site with its route, kind by kind, built once per build. */
export function routedDocuments(site: Site): RoutedDocument[] {
	return routedIndex(site).list;
}

function routedIndex(site: Site): { list: RoutedDocument[]; byKey: Map<string, RoutedDocument> } {
	let index = routed.get(site);
	if (index === undefined) {
		const list = DOCUMENT_KINDS.flatMap((kind) => routedOfKind(site, kind));
		index = { list, byKey: new Map(list.map((doc) => [`${doc.kind}:${doc.entry.id}`, doc])) };
		routed.set(site, index);
	}
	return index;
}

function routedOfKind(site: Site, kind: DocumentKind): RoutedDocument[] {
	const { collection, document } = KINDS[kind];
	const { segments, label, kicker } = document as KindDocument<DocumentEntry['data']>;
	return site[collection].map((entry: DocumentEntry) => {
		const agencyId = agencyOf(entry.id);
		const address = segments(nameOf(entry.id), entry.data);
		return {
			kind,
			entry,
			agencyId,
			path: address.join('/'),
			home: (base: string) => sitePath(base, agencyId, ...address),
			kicker: kicker?.(entry.data) ?? label,
		};
	});
}

function route(doc: RoutedDocument): DocumentRoute {
	return { params: { agency: doc.agencyId, document: doc.path }, props: { kind: doc.kind, id: doc.entry.id } };
}

/** Routes of every document's main page. */
export async function documentRoutes(): Promise<DocumentRoute[]> {
	return routedDocuments(await loadSite()).map((doc) => route(doc));
}

/** Routes of every issue's own page (`…/lan-<n>/`) of every document. */
export async function issueRoutes() {
	const site = await loadSite();
	return routedDocuments(site).flatMap((doc) => {
		const { params, props } = route(doc);
		return issueNumbers(site, doc.kind, doc.entry).map((issue) => ({
			params: { ...params, issue: String(issue) },
			props: { ...props, issue },
		}));
	});
}

/** Routes of every comparison page (`…/so-sanh/<a>-<b>/`) of every document. */
export async function pairRoutes() {
	const site = await loadSite();
	return routedDocuments(site).flatMap((doc) => {
		const { params, props } = route(doc);
		return issuePairs(site, doc.kind, doc.entry).map(([from, to]) => ({ params: { ...params, pair: pairParam(from, to) }, props }));
	});
}

/** Routes of the comparison list (`…/so-sanh/`) of every document with three issues or more (two have one pair, linked directly). */
export async function compareIndexRoutes(): Promise<DocumentRoute[]> {
	const site = await loadSite();
	return routedDocuments(site).flatMap((doc) => (issuePairs(site, doc.kind, doc.entry).length < 2 ? [] : [route(doc)]));
}

/** What every page of one document shows: the document, its agency and its issues, and the site's data and base. */
export interface DocumentView {
	site: Site;
	base: string;
	doc: RoutedDocument;
	agency: Agency;
	timeline: Timeline;
}

/** The document of a route's props, for its page under the site's base. */
export async function openDocument(props: DocumentRoute['props']): Promise<DocumentView> {
	return documentPage(await loadSite(), props.kind, props.id, siteBase());
}

/** One document, its agency and its issues, for a page of the document `id` of `kind`. */
export function documentPage(site: Site, kind: DocumentKind, id: string, base: string): DocumentView {
	const doc = routedIndex(site).byKey.get(`${kind}:${id}`);
	const agency = site.agencies.find((item) => item.id === doc?.agencyId);
	if (doc === undefined || agency === undefined) throw new Error(`Không tìm thấy tài liệu ${id}`);
	return { site, base, doc, agency: agency.data, timeline: timelineOf(site, kind, doc.entry, doc.home(base)) };
}

/**
 * The data of the issue a page shows, typed by the document's kind: every issue of a document was
 * parsed by its kind's schema (src/lib/history/versions.ts), the working-tree one by the loader.
 */
export function issueData<K extends DocumentKind>(_doc: RoutedDocument<K>, page: IssuePage): KindData<K> {
	return page.entry.version.data as KindData<K>;
}

/** The two issues of a comparison route parameter (`1-2`). */
export function pairOf(timeline: Timeline, param: string | undefined) {
	const [a, b] = parsePairParam(param ?? '') ?? [];
	const from = timeline.issues.find((entry) => entry.issue === a);
	const to = timeline.issues.find((entry) => entry.issue === b);
	if (from === undefined || to === undefined) throw new Error(`Không có cặp lần ban hành ${param ?? ''} của ${timeline.home}`);
	return { from, to };
}
