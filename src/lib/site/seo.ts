import type { IssuePage } from '../versions-view/page.ts';

/** What a page tells search engines: the address to list instead of it, or not to list it at all. */
export interface Indexing {
	canonical?: string;
	noindex: boolean;
}

/**
 * A document page's indexing: the permanent page (`…/lan-<n>/`) of the issue the main page shows
 * points to the main page; the page of a superseded issue stays out of search results, so a
 * citizen never lands on rules no longer in force. The main page and upcoming issues are listed.
 */
export function issueIndexing(page: IssuePage): Indexing {
	if (page.main) return { noindex: false };
	if (page.entry === page.timeline.shown) return { canonical: page.timeline.home, noindex: false };
	return { noindex: page.entry.status === 'expired' };
}

/** An absolute address for `<link rel="canonical">`: `path` on the configured site, or `path` alone when none is configured. */
export function canonicalUrl(path: string, site: URL | undefined): string {
	return site === undefined ? path : new URL(path, site).href;
}
