import type { Loader } from 'astro/loaders';
import { contentRoot, keepsFolder, siteContentFor } from './loader.ts';

/** The id of the collection's one entry. */
export const PUBLICATION_ENTRY = 'all';

/**
 * What the dashboards say about the publication (see selectPublication): the files held back and
 * the compliance findings, in one entry, id `all`, so the collection is never empty (Astro warns
 * about empty ones). A single-agency build keeps its agency's only.
 */
export function publicationLoader(): Loader {
	return {
		name: 'qms-publication',
		load: async (context) => {
			const { store, config, watcher } = context;
			const { heldBack, compliance } = await siteContentFor(contentRoot(config.root), watcher !== undefined);
			const own = (file: string) => keepsFolder(file.split('/')[1] ?? '') || !file.startsWith('agencies/');
			const data = JSON.parse(JSON.stringify({ heldBack: heldBack.filter((item) => own(item.file)), compliance: compliance.filter((finding) => own(finding.file)) })) as Record<string, unknown>;
			store.clear();
			store.set({ id: PUBLICATION_ENTRY, data, digest: context.generateDigest(data) });
		},
	};
}
