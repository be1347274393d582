import type { APIRoute } from 'astro';
import { pathToFileURL } from 'node:url';
import { contentRoot, handoffFor } from '../../content/loader.ts';
import { buildSettings } from '../../lib/build/context.ts';
import { generateAdminConfig } from '../../lib/admin/generate.ts';

/** The editor's configuration, generated from the schemas and the content's catalogues at each build and in `astro dev`. */
export const GET: APIRoute = async () => {
	const { agency } = buildSettings();
	const content = contentRoot(pathToFileURL(`${process.cwd()}/`));
	// `qms build` hands over the corpus it has loaded; `astro dev` has none and reads the files.
	const loaded = handoffFor(content)?.loaded;
	const text = await generateAdminConfig(process.cwd(), content, {
		...(agency === undefined ? {} : { agency }),
		...(loaded === undefined ? {} : { corpus: loaded }),
	});
	return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
