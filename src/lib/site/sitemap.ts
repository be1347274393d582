/** The site address when `QMS_SITE_URL` does not give one; canonical links and the sitemap are absolute on it. */
export const DEFAULT_SITE_URL = 'https://iso.binhson.gov.vn';

/** The site address of this build: `QMS_SITE_URL` or the default. */
export function siteUrl(env: Readonly<Record<string, string | undefined>>): string {
	return env['QMS_SITE_URL'] ?? DEFAULT_SITE_URL;
}

/** Issue pages (`…/lan-2/`) and comparisons (`…/so-sanh/…`) are not current pages: the sitemap leaves them out. */
const NOT_CURRENT = /(?:^|\/)(?:lan-\d+|so-sanh)\//;

/** Folders of a built site that hold no page for readers: the search index, Astro's assets, the forms editor. */
const NOT_PAGES = ['pagefind/', '_astro/', 'admin/'];

/**
 * The current pages of a built site, from its files (paths relative to the output folder, with
 * "/"): each `…/index.html` outside issue and comparison pages, as the page's path (`''` for the
 * home page, `xa/thu-tuc/a/`), sorted.
 */
export function sitemapPaths(files: Iterable<string>): string[] {
	const paths: string[] = [];
	for (const file of files) {
		if (file !== 'index.html' && !file.endsWith('/index.html')) continue;
		const path = file.slice(0, -'index.html'.length);
		if (!NOT_CURRENT.test(path) && !NOT_PAGES.some((folder) => path.startsWith(folder))) paths.push(path);
	}
	return paths.sort();
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A sitemap (sitemaps.org 0.9) listing `paths` under `root`, the site's address with its base path. */
export function sitemapXml(root: string, paths: readonly string[]): string {
	const urls = paths.map((path) => `\t<url><loc>${escapeXml(new URL(path, root).href)}</loc></url>\n`).join('');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}</urlset>\n`;
}

/** robots.txt: everything may be crawled (superseded issues say noindex themselves), and where the sitemap is. */
export function robotsTxt(sitemapUrl: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
