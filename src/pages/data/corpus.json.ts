import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTIONS, sortExport, type CorpusExport } from '../../lib/load/export.ts';
import { currentText } from '../../lib/versions-view/types.ts';

/** Open data: every validated document as the content layer holds it, in the shape of `qms export`. */
export const GET: APIRoute = async () => {
	const result = {} as CorpusExport;
	for (const name of COLLECTIONS) {
		const entries = await getCollection(name);
		result[name] = entries.map((entry) => ({
			id: entry.id,
			file: (entry.filePath ?? '').replace(/^content\//, ''),
			data: entry.data,
			body: currentText(entry).body,
		}));
	}
	return new Response(JSON.stringify(sortExport(result), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
