import type { Loader } from 'astro/loaders';
import { contentRoot, keepsFolder, siteContentFor } from './loader.ts';

/** The id of the collection's one entry. */
export const HELD_BACK_ENTRY = 'all';

/**
 * The files held back from the site (see selectPublication), for the dashboards: one entry, id
 * `all`, whose `items` lists them, so the collection is never empty (Astro warns about empty ones).
 */
export function heldBackLoader(): Loader {
	return {
		name: 'qms-held-back',
		load: async ({ store, config, generateDigest, watcher }) => {
			const { heldBack } = await siteContentFor(contentRoot(config.root), watcher !== undefined);
			const data = { items: JSON.parse(JSON.stringify(heldBack.filter((item) => keepsFolder(item.agency)))) as unknown[] };
			store.clear();
			store.set({ id: HELD_BACK_ENTRY, data, digest: generateDigest(data) });
		},
	};
}
