import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { readPdf, type PdfPage } from '../helpers/pdf.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

/** A4 in PostScript points (210 × 297 mm); Chromium rounds to its own pixel grid, hence the tolerance. */
const A4 = { width: 595.28, height: 841.89 };
const TOLERANCE = 2;

let site: BuiltSite;
let server: StaticServer;
let browser: TestBrowser;
let pdfPages: PdfPage[];
let pages: string[];
let bodyFonts: string[];

/** The fonts Chromium drew a node's text with, as the platform names them. */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
	const session = await page.context().newCDPSession(page);
	await session.send('DOM.enable');
	await session.send('CSS.enable');
	const { root } = await session.send('DOM.getDocument');
	const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
	const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
	await session.detach();
	return fonts.map((font) => font.familyName);
}

beforeAll(async () => {
	[site, browser] = await Promise.all([buildSite(), launchBrowser()]);
	server = await serveStatic(site.dir);
	const { page } = await browser.newPage();
	await page.goto(`${server.url}phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/`);
	const pdf = await page.pdf({ preferCSSPageSize: true });
	pdfPages = await readPdf(pdf);
	pages = pdfPages.map((pdfPage) => pdfPage.text);
	await page.emulateMedia({ media: 'print' });
	bodyFonts = await fontsOf(page, 'main p');
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
		expect(pdfPages.length).toBeGreaterThan(1);
		for (const size of pdfPages) {
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

	it('sets the text only in the serif fonts the print stylesheet names', () => {
		// Liberation Serif 1.x (Debian's fonts-liberation) lacks letters such as ả and ộ, which then come from DejaVu Serif.
		expect(bodyFonts.length).toBeGreaterThan(0);
		expect(['Times New Roman', 'Liberation Serif', 'DejaVu Serif']).toEqual(expect.arrayContaining(bodyFonts));
	});

	it('numbers the pages after the first', () => {
		const total = pages.length;
		pages.slice(1).forEach((text, index) => expect(text).toMatch(new RegExp(`\\b${index + 2}\\s*/\\s*${total}\\b`)));
	});

	it('leaves out navigation and search', () => {
		const text = pages.join('\n');
		for (const screenOnly of ['Bỏ qua, đến nội dung chính', 'Điều hướng', 'Trên trang này', 'Tìm thủ tục, quy trình', 'Từ khóa'])
			expect(text).not.toContain(screenOnly);
	});
});

describe("a Markdown form's page printed from Chromium", () => {
	it('is the form alone on A4, line by line, without the page around it', async () => {
		const { page } = await browser.newPage();
		await page.goto(`${server.url}xa-minh-hoa/bieu-mau/in/bm-01/`);
		const printed = await readPdf(await page.pdf({ preferCSSPageSize: true }));
		const text = printed.map((pdfPage) => pdfPage.text).join('\n');
		for (const pdfPage of printed) expect(Math.abs(pdfPage.width - A4.width)).toBeLessThan(TOLERANCE);
		expect(text).toContain('Tờ khai đăng ký khai sinh');
		expect(text).toMatch(/^Họ, chữ đệm, tên: \.+$/m);
		for (const screenOnly of ['Bỏ qua, đến nội dung chính', 'tải tệp gốc', 'Tìm thủ tục, quy trình'])
			expect(text).not.toContain(screenOnly);
		await page.context().close();
	});
});
