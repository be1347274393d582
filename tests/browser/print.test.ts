import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { pageSizes, pdfText } from '../helpers/pdf.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

/** A4 in PostScript points (210 × 297 mm); Chromium rounds to its own pixel grid, hence the tolerance. */
const A4 = { width: 595.28, height: 841.89 };
const TOLERANCE = 2;

let site: BuiltSite;
let server: StaticServer;
let browser: TestBrowser;
let sizes: Array<{ width: number; height: number }>;
let pages: string[];

beforeAll(async () => {
	[site, browser] = await Promise.all([buildSite(), launchBrowser()]);
	server = await serveStatic(site.dir);
	const { page } = await browser.newPage();
	await page.goto(`${server.url}phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/`);
	const pdf = await page.pdf({ preferCSSPageSize: true });
	sizes = pageSizes(pdf);
	pages = await pdfText(pdf);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await site?.dispose();
});

describe("a procedure page's PDF from Chromium", () => {
	it('was printed from a page whose every asset loaded', () => {
		expect(server.missing).toEqual([]);
	});

	it('is A4 portrait on every page', () => {
		expect(sizes.length).toBe(pages.length);
		expect(sizes.length).toBeGreaterThan(1);
		for (const size of sizes) {
			expect(Math.abs(size.width - A4.width)).toBeLessThan(TOLERANCE);
			expect(Math.abs(size.height - A4.height)).toBeLessThan(TOLERANCE);
		}
	});

	it('starts with the control header: agency, code, issue and effective date', () => {
		const first = pages[0] ?? '';
		expect(first).toContain('ỦY BAN NHÂN DÂN');
		expect(first).toContain('PHƯỜNG ĐÔNG TIẾN');
		expect(first).toContain('Mã hiệu: QT-DT-01');
		expect(first).toContain('Lần ban hành: 2');
		expect(first).toContain('Ngày hiệu lực: 15/08/2025');
	});

	it('numbers the pages after the first', () => {
		const total = pages.length;
		pages.slice(1).forEach((text, index) => expect(text).toMatch(new RegExp(`\\b${index + 2}\\s*/\\s*${total}\\b`)));
	});

	it('leaves out navigation and search', () => {
		const text = pages.join('\n');
		for (const screenOnly of ['Bỏ qua, đến nội dung chính', 'Điều hướng', 'Trên trang này', 'Tìm thủ tục, quy trình', 'Từ khóa']) expect(text).not.toContain(screenOnly);
	});
});
