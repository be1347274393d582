import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { decapBundleFiles, decapBundlePath } from '../../lib/admin/bundle.ts';

/** Decap CMS's browser bundle, served by the site itself: the editor loads nothing from a CDN. */
export const getStaticPaths = (async () =>
	(await decapBundleFiles())
		.filter((file) => file.endsWith('.js'))
		.map((file) => ({ params: { name: file.slice(0, -'.js'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(await readFile(decapBundlePath(`${String(params['name'])}.js`)), {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
