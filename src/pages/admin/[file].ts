import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { decapBundleFiles, decapBundlePath } from '../../lib/admin/bundle.ts';

/** Decap CMS's browser bundle, served by the site itself: the editor loads nothing from a CDN. */
export const getStaticPaths = (async () => (await decapBundleFiles()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const file = String(params['file']);
	return new Response(await readFile(decapBundlePath(file)), { headers: { 'Content-Type': file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8' } });
};
