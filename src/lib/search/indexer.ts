import { indexedPage, INDEX_ROOT } from './pages.ts';

/**
 * The Pagefind index of one build, filled while Astro renders the pages (src/middleware.ts hands
 * each page over as soon as it is rendered): Pagefind indexes in its own process, on the other
 * core, instead of reading the whole site back from disk after Astro is done.
 */
export interface SiteIndexer {
	/** Hands over the HTML of the page at `url` (site-relative, without the base); pages that are not search documents are skipped. */
	add: (url: string, html: string) => void;
	/** Waits for every page, then writes the index into `outputPath`. Throws on any error Pagefind reported. */
	finish: (outputPath: string) => Promise<number>;
	close: () => Promise<void>;
}

export async function createSiteIndexer(): Promise<SiteIndexer> {
	const pagefind = await import('pagefind');
	const created = await pagefind.createIndex({ forceLanguage: 'vi', rootSelector: INDEX_ROOT });
	if (created.errors.length > 0 || created.index === undefined) {
		await pagefind.close();
		throw new Error(`Pagefind: ${created.errors.join('; ')}`);
	}
	const index = created.index;
	const added: Array<Promise<string[]>> = [];
	return {
		add: (url, html) => {
			const page = indexedPage(url, html);
			if (page === undefined) return;
			added.push(index.addHTMLFile(page).then((result) => result.errors.map((error) => `${url}: ${error}`)));
		},
		finish: async (outputPath) => {
			const errors = (await Promise.all(added)).flat();
			if (errors.length > 0) throw new Error(`Pagefind: ${errors.join('; ')}`);
			const written = await index.writeFiles({ outputPath });
			if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
			return added.length;
		},
		close: async () => {
			await pagefind.close();
		},
	};
}
