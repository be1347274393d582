import { defineMiddleware } from 'astro:middleware';
import { getHandoff, siteBase } from './lib/build/context.ts';
import { SEARCH_DOCUMENT_PATTERNS } from './lib/search/pages.ts';

/**
 * During `qms build`, hands every rendered search document to the search indexer as soon as Astro
 * has it (src/lib/search/indexer.ts). Other pages pass untouched: reading a page's text and making
 * a new response of it cost 2 s of a build with every issue's pages. Elsewhere (`astro dev`, a
 * plain `astro build`) it does nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	// The indexer of the running `qms build`; `astro dev` and a plain `astro build` have none.
	const indexer = getHandoff('indexer');
	if (indexer === undefined || !context.isPrerendered || !SEARCH_DOCUMENT_PATTERNS.has(context.routePattern)) return response;
	if (response.headers.get('content-type')?.startsWith('text/html') !== true) return response;
	const html = await response.text();
	const base = siteBase().replace(/\/$/, '');
	indexer.add(context.url.pathname.startsWith(`${base}/`) ? context.url.pathname.slice(base.length) : context.url.pathname, html);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
