import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

const PAGES = [
	'',
	'phuong-dong-tien/',
	'phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/',
	'xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/',
	'xa-minh-hoa/noi-bo/nb-01/',
	'xa-minh-hoa/chinh-sach/',
	'xa-minh-hoa/muc-tieu/2026/',
	'xa-minh-hoa/bao-cao/',
	'bao-cao/',
	'bao-cao/thong-bao/',
	'khong-co-trang-nay/',
];

let site: BuiltSite;
let server: StaticServer;
let browser: TestBrowser;

beforeAll(async () => {
	[site, browser] = await Promise.all([buildSite(), launchBrowser()]);
	server = await serveStatic(site.dir);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	await site?.dispose();
});

describe('every page type on a 360 px phone', () => {
	it('fits the screen: wide tables scroll inside their frame, the page never scrolls sideways', async () => {
		const { page } = await browser.newPage({ width: 360, height: 800 });
		const widths: Record<string, number> = {};
		for (const path of PAGES) {
			await page.goto(`${server.url}${path}`);
			widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
		}
		expect(widths).toEqual(Object.fromEntries(PAGES.map((path) => [path, 360])));
	});
});
