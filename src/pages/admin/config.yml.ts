import type { APIRoute } from 'astro';
import { pathToFileURL } from 'node:url';
import { contentRoot } from '../../content/loader.ts';
import { buildSettings } from '../../lib/build/context.ts';
import { generateAdminConfig } from '../../lib/admin/generate.ts';

/** The editor's configuration, generated from the schemas and the content's catalogues at each build and in `astro dev`. */
export const GET: APIRoute = async () => {
	const { agency } = buildSettings();
	const text = await generateAdminConfig(
		process.cwd(),
		contentRoot(pathToFileURL(`${process.cwd()}/`)),
		agency === undefined ? {} : { agency },
	);
	return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
