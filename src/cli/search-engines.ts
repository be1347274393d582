import { readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { robotsTxt, sitemapPaths, sitemapXml } from '../lib/site/sitemap.ts';

/**
 * Writes `sitemap.xml` (the current pages found in `dir`) and `robots.txt` into a built site, after
 * the shards are in place so a sharded portal lists every agency's pages. `site` is the site's
 * address, `base` its base path.
 */
export async function writeSearchEngineFiles(dir: string, site: string, base: string): Promise<void> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
	const root = new URL(base, site).href;
	await writeFile(join(dir, 'sitemap.xml'), sitemapXml(root, sitemapPaths(files)));
	await writeFile(join(dir, 'robots.txt'), robotsTxt(new URL('sitemap.xml', root).href));
}
