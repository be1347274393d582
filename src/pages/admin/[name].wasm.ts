import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { decapBundleFiles, decapBundlePath } from '../../lib/admin/bundle.ts';

/** The WebAssembly files of the Decap CMS bundle. */
export const getStaticPaths = (async () =>
	(await decapBundleFiles())
		.filter((file) => file.endsWith('.wasm'))
		.map((file) => ({ params: { name: file.slice(0, -'.wasm'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(await readFile(decapBundlePath(`${String(params['name'])}.wasm`)), { headers: { 'Content-Type': 'application/wasm' } });
