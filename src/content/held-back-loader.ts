import type { Loader } from 'astro/loaders';
import { contentRoot, keepsFolder, siteContentFor } from './loader.ts';

/** The files held back from the site (see selectPublication), for the dashboards; id: the file's path. */
export function heldBackLoader(): Loader {
	return {
		name: 'qms-held-back',
		load: async ({ store, config, generateDigest, watcher }) => {
			const { heldBack } = await siteContentFor(contentRoot(config.root), watcher !== undefined);
			store.clear();
			for (const item of heldBack) {
				if (!keepsFolder(item.agency)) continue;
				const data = JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
				store.set({ id: item.file, data, digest: generateDigest(data) });
			}
		},
	};
}
