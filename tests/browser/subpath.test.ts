import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

const BASE = '/so-x/';

let site: BuiltSite;
let server: StaticServer;
let browser: TestBrowser;

beforeAll(async () => {
	[site, browser] = await Promise.all([buildSite({ agency: 'phuong-dong-tien', base: BASE }), launchBrowser()]);
	// Served under /so-x/ only: any request that escapes the sub-path answers 404 and is recorded.
	server = await serveStatic(site.dir, BASE);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await site?.dispose();
});

/** The path of every link, stylesheet, script and image the page refers to on this origin. */
async function localAddresses(page: Page): Promise<string[]> {
	const origin = new URL(server.url).origin;
	const urls = await page.$$eval('a[href], link[href], script[src], img[src]', (elements) =>
		elements.map((element) => (element as HTMLAnchorElement).href || (element as HTMLScriptElement).src),
	);
	return urls.filter((url) => url.startsWith(origin)).map((url) => new URL(url).pathname);
}

/** True when the site's stylesheet applied: the skip link is moved off screen until focused. */
async function styled(page: Page): Promise<boolean> {
	return page.$eval('.skip-link', (link) => getComputedStyle(link).position !== 'static');
}

describe('an agency site built with --base /so-x/ and served under /so-x/', () => {
	it('loads its home page with the stylesheet, and every address stays under /so-x/', async () => {
		const { page, errors } = await browser.newPage();
		const response = await page.goto(server.url);
		expect(response?.status()).toBe(200);
		expect(await styled(page)).toBe(true);
		const addresses = await localAddresses(page);
		expect(addresses.length).toBeGreaterThan(5);
		expect(addresses.filter((path) => !path.startsWith(BASE))).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('follows every link of the home page to a page that loads under /so-x/', async () => {
		const { page } = await browser.newPage();
		await page.goto(server.url);
		const targets = [
			...new Set(
				(await page.$$eval('a[href]', (links) => links.map((link) => (link as HTMLAnchorElement).href)))
					.filter((url) => url.startsWith(server.url))
					.map((url) => url.split('#')[0] ?? url),
			),
		];
		expect(targets.length).toBeGreaterThan(3);
		for (const target of targets) {
			if (!target.endsWith('/')) {
				// A file to download (a form, a report export): fetched, not opened.
				expect([target, (await page.request.get(target)).status()]).toEqual([target, 200]);
				continue;
			}
			const response = await page.goto(target);
			expect([target, response?.status()]).toEqual([target, 200]);
			expect((await localAddresses(page)).filter((path) => !path.startsWith(BASE))).toEqual([]);
		}
		expect(server.missing).toEqual([]);
	});

	it('searches this agency from its home page and links results under /so-x/', async () => {
		const { page, errors } = await browser.newPage();
		await page.goto(server.url);
		await page.fill('#tim-kiem-o-nhap', 'dang ky ho kinh doanh');
		await page.press('#tim-kiem-o-nhap', 'Enter');
		await page.waitForFunction(() => /^Tìm thấy/.test(document.querySelector('.search [role="status"]')?.textContent ?? ''));
		const first = page.locator('.search-results a').first();
		expect(await first.getAttribute('href')).toBe('/so-x/phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/');
		expect(await first.textContent()).toBe('Đăng ký hộ kinh doanh (QT-DT-01)');
		await first.click();
		await page.waitForURL(`${server.url}phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/`);
		expect(await page.textContent('h1')).toBe('Đăng ký hộ kinh doanh');
		expect(errors).toEqual([]);
	});

	it('has no WCAG 2.1 A or AA violation on its home page, which carries the search form', async () => {
		const { page } = await browser.newPage();
		await page.goto(server.url);
		expect((await axeViolations(page)).join('\n')).toBe('');
	});

	it('answers an unknown address with its styled 404 page whose links stay under /so-x/', async () => {
		const { page } = await browser.newPage();
		const response = await page.goto(`${server.url}khong-co/trang/nay/`);
		expect(response?.status()).toBe(404);
		expect(await page.getAttribute('html', 'lang')).toBe('vi');
		expect(await styled(page)).toBe(true);
		expect((await localAddresses(page)).filter((path) => !path.startsWith(BASE))).toEqual([]);
	});
});
