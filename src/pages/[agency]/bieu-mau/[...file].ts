import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listedForms } from '../../../../schemas/procedure.ts';
import { contentRoot } from '../../../content/loader.ts';
import { agencyOf } from '../../../lib/site/entries.ts';
import { formRoute, isPublishableForm } from '../../../lib/site/routes.ts';
import { loadSite } from '../../../site/site.ts';

/** Every form file a published procedure or internal process declares, copied byte for byte. */
export const getStaticPaths = (async () => {
	const site = await loadSite();
	const files = new Map<string, { agency: string; file: string }>();
	for (const entry of [...site.procedures, ...site.internal]) {
		const agency = agencyOf(entry.id);
		for (const form of listedForms(entry.data.forms)) {
			if (form.file !== undefined && isPublishableForm(form.file)) files.set(`${agency}/${form.file}`, { agency, file: form.file });
		}
	}
	return [...files.values()].map(({ agency, file }) => ({
		params: { agency, file: formRoute(file) },
		props: { source: `agencies/${agency}/${file}` },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const root = contentRoot(pathToFileURL(`${process.cwd()}/`));
	const bytes = await readFile(join(root, String(props['source'])));
	return new Response(bytes);
};
