import { encodeForIndex } from './fold.ts';

/**
 * Attribute that marks a page as a search document. `IndexMeta.astro` writes it; pages without it
 * (portal home, agency home, 404, data files) are left out of the index.
 */
export const INDEX_MARKER = 'data-qms-search';

const MARKED = new RegExp(`\\s${INDEX_MARKER}="`);

/** Where Pagefind looks for the searchable text of a page; header, navigation and footer stay out. */
export const INDEX_ROOT = 'main';

/** One page as handed to Pagefind's `addHTMLFile`. */
export interface IndexedPage {
	/** Site-relative address, without the base: `/phuong-a/thu-tuc/dang-ky/`. The search script adds the base. */
	url: string;
	content: string;
}

/**
 * The page to index for the HTML of the page at `url` (site-relative, without the base), or
 * `undefined` when the page is not a search document.
 */
export function indexedPage(url: string, html: string): IndexedPage | undefined {
	if (!MARKED.test(html)) return undefined;
	return { url, content: encodeForIndex(separateBlocks(indexRoot(html))) };
}

/**
 * The `<main>` element of a page: all the indexer reads (`INDEX_ROOT`), and a third of the bytes it
 * would otherwise receive and parse. The whole page when it has no `<main>`.
 */
function indexRoot(html: string): string {
	const start = html.indexOf('<main');
	const end = html.lastIndexOf('</main>');
	return start === -1 || end < start ? html : html.slice(start, end + '</main>'.length);
}

/**
 * A space after every closing cell, item, paragraph or heading tag. Astro writes table cells with
 * no whitespace between them, and the indexer would read `<th>STT</th><th>Tên</th>` as one word
 * "STTTên"; browsers lay the cells out apart, so the space only restores what a reader sees.
 */
export function separateBlocks(html: string): string {
	return html.replace(/<\/(?:td|th|li|dt|dd|p|div|h[1-6]|caption|figcaption)>|<br\s*\/?>/gi, '$& ');
}

/**
 * The route files whose pages are search documents: the main page of every controlled document
 * (src/lib/kinds/table.ts), as Astro names a route's component. `qms build` generates their pages
 * first: Pagefind indexes one page after another in its own process, and without this it would
 * wait for every issue and comparison page (generated first, as more specific routes) before its
 * first document.
 */
export const SEARCH_DOCUMENT_ROUTES: ReadonlySet<string> = new Set(['src/pages/[agency]/[...document].astro']);

/** The same routes as Astro's middleware names them (`context.routePattern`): `/[agency]/[...document]`. */
export const SEARCH_DOCUMENT_PATTERNS: ReadonlySet<string> = new Set(
	[...SEARCH_DOCUMENT_ROUTES].map((component) => component.replace(/^src\/pages/, '').replace(/\.astro$/, '')),
);

/** `paths` with the search documents' pages first, each group in its own order. */
export function searchDocumentsFirst<P extends { route: { component: string } }>(paths: readonly P[]): P[] {
	const documents = paths.filter((path) => SEARCH_DOCUMENT_ROUTES.has(path.route.component));
	return [...documents, ...paths.filter((path) => !SEARCH_DOCUMENT_ROUTES.has(path.route.component))];
}
