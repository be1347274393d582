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
 * The page to index for a built HTML file, or `undefined` when the page is not a search document.
 * `file` is the path inside the output folder with "/" separators: `a/b/index.html`.
 */
export function indexedPage(file: string, html: string): IndexedPage | undefined {
	if (!MARKED.test(html)) return undefined;
	return { url: pageUrl(file), content: encodeForIndex(separateBlocks(html)) };
}

/**
 * A space after every closing cell, item, paragraph or heading tag. Astro writes table cells with
 * no whitespace between them, and the indexer would read `<th>STT</th><th>Tên</th>` as one word
 * "STTTên"; browsers lay the cells out apart, so the space only restores what a reader sees.
 */
export function separateBlocks(html: string): string {
	return html.replace(/<\/(?:td|th|li|dt|dd|p|div|h[1-6]|caption|figcaption)>|<br\s*\/?>/gi, '$& ');
}

/** `a/b/index.html` → `/a/b/`, `index.html` → `/`, `a/page.html` → `/a/page.html`. */
export function pageUrl(file: string): string {
	const path = file.replace(/\\/g, '/').replace(/^\/+/, '');
	if (path === 'index.html') return '/';
	if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
	return `/${path}`;
}
