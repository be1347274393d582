import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlOfFile } from '../../src/lib/linkcheck/index.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { buildSite, readSite, type BuiltSite } from '../helpers/site.ts';

/** One page of each type, the reports and the 404 page included, for the width check on a phone. */
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

/** Opens a page (at phone or desktop width) and returns axe's WCAG 2.1 A/AA violations on it. */
async function audit(path: string, width = 1280): Promise<{ status: number | undefined; violations: string[] }> {
	const { page } = await browser.newPage({ width });
	const response = await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
	const violations = await axeViolations(page);
	await page.context().close();
	return { status: response?.status(), violations };
}

/** The forms editor's page (Decap CMS), built into every site. */
const EDITOR = 'admin/';

const PAGE_TYPES: ReadonlyArray<[name: string, path: string]> = [
	['portal home', '/'],
	['agency home', '/phuong-dong-tien/'],
	['procedure', '/phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/'],
	['internal process', '/xa-minh-hoa/noi-bo/nb-01/'],
	['quality policy', '/xa-minh-hoa/chinh-sach/'],
	['quality objectives', '/xa-minh-hoa/muc-tieu/2026/'],
];

describe('axe-core finds no WCAG 2.1 A or AA violation', () => {
	for (const [name, path] of PAGE_TYPES) {
		it(`on the ${name} page`, async () => {
			const { status, violations } = await audit(path);
			expect(status).toBe(200);
			expect(violations.join('\n')).toBe('');
		});
	}

	it('on the 404 page, served for an unknown address', async () => {
		const { status, violations } = await audit('/khong-co-trang-nay/');
		expect(status).toBe(404);
		expect(violations.join('\n')).toBe('');
	});

	it('on a procedure page 360 px wide', async () => {
		const { violations } = await audit('/xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/', 360);
		expect(violations.join('\n')).toBe('');
	});

	it('on the portal with search results and filters shown', async () => {
		const { page } = await browser.newPage();
		await page.goto(`${server.url}?q=dang+ky`);
		await page.waitForFunction(() => /^Tìm thấy/.test(document.querySelector('.search [role="status"]')?.textContent ?? ''));
		await page.waitForSelector('#tim-kiem-co-quan', { state: 'visible' });
		expect((await axeViolations(page)).join('\n')).toBe('');
	});

	it("on the forms editor's login screen, once its configuration has loaded", async () => {
		const { page } = await browser.newPage();
		await page.goto(new URL(EDITOR, server.url).href);
		await page.getByRole('button', { name: 'Đăng nhập bằng GitHub' }).waitFor();
		expect((await axeViolations(page)).join('\n')).toBe('');
		await page.context().close();
	});

	it('on every other page of the build', async () => {
		const { pages } = await readSite(site);
		const found: string[] = [];
		// The editor is Decap's single-page app: what it shows depends on how far it has loaded, so it
		// is audited above in one settled state instead of whatever state the sweep happens to catch.
		for (const file of [...pages.keys()].filter((name) => name !== `${EDITOR}index.html`)) {
			const { violations } = await audit(urlOfFile(file, '/'));
			found.push(...violations.map((violation) => `${file}: ${violation}`));
		}
		expect(pages.size).toBeGreaterThan(PAGE_TYPES.length);
		expect(found.join('\n')).toBe('');
	});
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

	it('shows the monthly dossier chart with labels of 12 px or more', async () => {
		const { page } = await browser.newPage({ width: 360, height: 800 });
		const sizes: number[] = [];
		for (const path of ['bao-cao/', 'xa-minh-hoa/bao-cao/']) {
			await page.goto(`${server.url}${path}`);
			sizes.push(
				...(await page.$$eval('.month-chart svg', (svgs) =>
					(svgs as SVGSVGElement[]).flatMap((svg) => {
						const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
						return [...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
					}),
				)),
			);
		}
		// Twelve month labels, a year and the scale on each of the two pages.
		expect(sizes.length).toBeGreaterThanOrEqual(2 * 14);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
	});
});
