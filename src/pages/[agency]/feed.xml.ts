import { siteBase } from '../../lib/build/context.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderAtomFeed } from '../../lib/history/feed.ts';
import { agencyPath, feedPath } from '../../lib/site/routes.ts';
import { feedEntries } from '../../lib/versions-view/feed.ts';
import { routedDocuments } from '../../site/documents.ts';
import { loadSite, timelineOf } from '../../site/site.ts';

/** `/<agency>/feed.xml`: an Atom feed of every issue of the agency's documents, newest first. */
export const getStaticPaths = (async () => {
	const site = await loadSite();
	return site.agencies.map((agency) => ({ params: { agency: agency.id }, props: { name: agency.data.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site: origin }) => {
	const site = await loadSite();
	const base = siteBase();
	const agency = String(params['agency']);
	const absolute = (path: string) => new URL(path, origin ?? 'http://localhost/').href;
	const timelines = routedDocuments(site)
		.filter((doc) => doc.agencyId === agency)
		.map((doc) => timelineOf(site, doc.kind, doc.entry, doc.home(base)));
	const body = renderAtomFeed({
		url: absolute(feedPath(base, agency)),
		home: absolute(agencyPath(base, agency)),
		title: `Tài liệu mới ban hành — ${String(props['name'])}`,
		entries: feedEntries(timelines, absolute),
	});
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
