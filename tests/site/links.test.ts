import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatProblems } from '../../src/lib/linkcheck/index.ts';
import { buildSite, readSite, type BuiltSite } from '../helpers/site.ts';

let portal: BuiltSite;
let agencySite: BuiltSite;

beforeAll(async () => {
	// Builds in one checkout run one after the other: Astro syncs into the project's shared .astro/.
	portal = await buildSite();
	agencySite = await buildSite({ agency: 'phuong-dong-tien', base: '/so-x/' });
});

afterAll(async () => {
	await Promise.all([portal?.dispose(), agencySite?.dispose()]);
});

describe('link check over dist/', () => {
	it('finds no broken internal link or missing asset in the portal', async () => {
		const site = await readSite(portal);
		expect(site.pages.size).toBeGreaterThan(10);
		expect(formatProblems(checkLinks(site))).toBe('');
	});

	it('finds every link of an agency site built for a sub-path inside that sub-path', async () => {
		const site = await readSite(agencySite);
		expect([...site.pages.keys()].some((file) => file.startsWith('xa-minh-hoa/'))).toBe(false);
		expect(formatProblems(checkLinks(site))).toBe('');
	});

	it('reports a link the build would break, so the check can fail', async () => {
		const site = await readSite(portal);
		const pages = new Map(site.pages);
		const page = 'phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/index.html';
		pages.set(page, (pages.get(page) ?? '').replace('</main>', '<a href="/phuong-dong-tien/thu-tuc/khong-co/">x</a></main>'));
		expect(formatProblems(checkLinks({ ...site, pages }))).toBe(
			`${page}: <a href="/phuong-dong-tien/thu-tuc/khong-co/"> không có tệp tương ứng trong thư mục đầu ra`,
		);
	});
});
