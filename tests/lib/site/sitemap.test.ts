import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, robotsTxt, sitemapPaths, sitemapXml, siteUrl } from '../../../src/lib/site/sitemap.ts';

describe('sitemapPaths', () => {
	it('lists the current pages only: no issue page, comparison, 404, asset, search index or forms editor', () => {
		const files = [
			'index.html',
			'404.html',
			'xa/index.html',
			'xa/thu-tuc/khai-sinh/index.html',
			'xa/thu-tuc/khai-sinh/lan-1/index.html',
			'xa/thu-tuc/khai-sinh/so-sanh/index.html',
			'xa/thu-tuc/khai-sinh/so-sanh/1-2/index.html',
			'xa/thu-tuc/lan-ban-hanh/index.html',
			'xa/bieu-mau/bm-01.md',
			'xa/feed.xml',
			'bao-cao/index.html',
			'_astro/index.html',
			'pagefind/pagefind.js',
			'admin/index.html',
		];
		expect(sitemapPaths(files)).toEqual(['', 'bao-cao/', 'xa/', 'xa/thu-tuc/khai-sinh/', 'xa/thu-tuc/lan-ban-hanh/']);
	});
});

describe('sitemapXml and robotsTxt', () => {
	it('write absolute addresses under the base path', () => {
		expect(sitemapXml('https://iso.example.vn/xa/', ['', 'thu-tuc/a/'])).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n\t<url><loc>https://iso.example.vn/xa/</loc></url>\n\t<url><loc>https://iso.example.vn/xa/thu-tuc/a/</loc></url>\n</urlset>\n',
		);
		expect(robotsTxt('https://iso.example.vn/sitemap.xml')).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://iso.example.vn/sitemap.xml\n',
		);
	});

	it('take the site address from QMS_SITE_URL', () => {
		expect(siteUrl({ QMS_SITE_URL: 'https://iso.example.vn' })).toBe('https://iso.example.vn');
		expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
	});
});
