import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { buildSite, PROJECT_ROOT, type BuiltSite } from '../helpers/site.ts';

/** The demo's birth registration: the procedure issue 16 measured on a phone. */
const BIRTH = 'phuong-an-hoa/thu-tuc/dang-ky-khai-sinh/';

/** One page of every type the demo publishes. */
const PAGE_TYPES: ReadonlyArray<[name: string, path: string]> = [
	['portal', ''],
	['agency', 'phuong-an-hoa/'],
	['agency no longer active', 'huyen-huong-tra/'],
	['procedure', BIRTH],
	['superseded issue', `${BIRTH}lan-1/`],
	['comparison', `${BIRTH}so-sanh/1-3/`],
	['list of comparisons', `${BIRTH}so-sanh/`],
	['province dashboard', 'bao-cao/'],
	['agency dashboard', 'phuong-an-hoa/bao-cao/'],
	['monthly notice', 'bao-cao/thong-bao/'],
	['quality policy', 'phuong-an-hoa/chinh-sach/'],
	['quality objectives', 'phuong-an-hoa/muc-tieu/2026/'],
	['internal process', 'phuong-an-hoa/noi-bo/qtnb-03-danh-gia-noi-bo/'],
	['form', 'so-tu-phap/bieu-mau/in/bm-don-dang-ky-hoat-dong-vpcc/'],
	['page not found', 'khong-co-trang-nay/'],
];

let site: BuiltSite;
let server: StaticServer;
let browser: TestBrowser;

beforeAll(async () => {
	[site, browser] = await Promise.all([buildSite({ content: join(PROJECT_ROOT, 'content') }), launchBrowser()]);
	server = await serveStatic(site.dir);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await site?.dispose();
});

/** A page of the demo opened on a 360 × 800 phone. */
async function openPhone(path: string): Promise<Page> {
	const { page } = await browser.newPage({ width: 360, height: 800 });
	await page.goto(`${server.url}${path}`);
	return page;
}

/** The distance in CSS pixels from the top of the page to the top of the first element matching `selector`. */
function topOf(page: Page, selector: string): Promise<number> {
	return page.$eval(selector, (element) => Math.round(element.getBoundingClientRect().top + window.scrollY));
}

describe('a procedure on a 360 × 800 phone', () => {
	it('starts what to bring and the online service on the first screen', async () => {
		const page = await openPhone(BIRTH);
		expect(await topOf(page, '#ho-so-can-mang')).toBeLessThan(800);
		expect(await topOf(page, '.online-link')).toBeLessThan(800);
		expect(
			await page.$$eval('#ho-so-can-mang + .checklist li', (items) => items.map((item) => item.firstChild?.textContent?.trim())),
		).toEqual(['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh']);
		// Document control (code, issue, dates) comes after the summary.
		expect(await topOf(page, '.lede')).toBeGreaterThan(await topOf(page, '.summary .facts'));
		await page.context().close();
	});

	it('gives the fee in one line with its details folded, and the office hours and phone where to submit', async () => {
		const page = await openPhone(BIRTH);
		expect(await page.$eval('.fact:nth-child(2) .fact-value', (element) => element.textContent)).toBe('Miễn phí hoặc 4.000 – 8.000 đồng');
		expect(await page.$eval('.fact details', (element) => (element as HTMLDetailsElement).open)).toBe(false);
		const place = await page.$eval('.fact-wide', (element) => element.textContent ?? '');
		expect(place).toContain('Giờ tiếp nhận: Sáng 7 giờ 30 - 11 giờ 30');
		expect(place).toContain('Điện thoại: 0234\u00a03856\u00a0120');
		await page.context().close();
	});
});

describe('every page type on a 360 × 800 phone', () => {
	it('is no wider than the screen, the portal with its search filters shown', async () => {
		const { page } = await browser.newPage({ width: 360, height: 800 });
		const widths: Record<string, number> = {};
		for (const [name, path] of PAGE_TYPES) {
			await page.goto(`${server.url}${path}`);
			if (path === '') {
				await page.fill('#tim-kiem-o-nhap', 'khai sinh');
				await page.press('#tim-kiem-o-nhap', 'Enter');
				await page.waitForSelector('.search-filters:not([hidden])');
			}
			widths[name] = await page.evaluate(() => document.documentElement.scrollWidth);
		}
		expect(widths).toEqual(Object.fromEntries(PAGE_TYPES.map(([name]) => [name, 360])));
		await page.context().close();
	});
});

describe('the monthly notice', () => {
	it('draws both its tables, figures and dossiers, with the same cell borders and shaded group rows', async () => {
		const page = await openPhone('bao-cao/thong-bao/');
		const styles = await page.$$eval('table.notice-table', (tables: HTMLTableElement[]) =>
			tables.map((table): [string, string, string, boolean] => {
				const cell = getComputedStyle(table.querySelector('tbody td') ?? table);
				const group = getComputedStyle(table.querySelector('.notice-group th') ?? table);
				return [
					table.className,
					cell.borderTopStyle,
					cell.borderTopWidth,
					group.backgroundColor !== getComputedStyle(table).backgroundColor,
				];
			}),
		);
		expect(styles).toEqual([
			['notice-table', 'solid', '1px', true],
			['notice-table notice-dossiers', 'solid', '1px', true],
		]);
		await page.context().close();
	});
});

describe('a Markdown form with a wide table on a 360 × 800 phone', () => {
	it('keeps the words of its cells whole and scrolls the table inside its frame, the page no wider than the screen', async () => {
		const page = await openPhone('phuong-an-hoa/bieu-mau/in/bm-nb-so-theo-doi-phan-anh-kien-nghi/');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
		expect(await page.$eval('.form-sheet .table-wrap', (frame) => frame.scrollWidth > frame.clientWidth)).toBe(true);
		// Lines of the heading "Ngày nhận": one or two as the fonts of the machine fall, nine when the column
		// is as narrow as one letter and every letter takes a line.
		const lines = await page.$eval('.form-sheet th:nth-child(2)', (cell) => {
			const range = document.createRange();
			range.selectNodeContents(cell);
			return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
		});
		expect(lines).toBeLessThanOrEqual(2);
		await page.context().close();
	});
});

describe('a real procedure whose body carries a wide table copied from Word', () => {
	it('is no wider than a 360 × 800 phone: the table scrolls inside its focusable frame', async () => {
		const ward = await buildSite({ content: join(PROJECT_ROOT, 'tests', 'fixtures', 'real-ward') });
		const wardServer = await serveStatic(ward.dir);
		try {
			const { page } = await browser.newPage({ width: 360, height: 800 });
			await page.goto(`${wardServer.url}phuong-soc-trang/thu-tuc/cap-giay-xac-nhan-tinh-trang-hon-nhan/`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
			const frames = await page.$$eval('.body-text .table-wrap', (sections) =>
				sections.map((section) => [section.getAttribute('aria-label'), section.tabIndex, section.scrollWidth > section.clientWidth]),
			);
			expect(frames).toEqual([['Bảng 1 trong văn bản', 0, true]]);
			await page.context().close();
		} finally {
			await wardServer.close();
			await ward.dispose();
		}
	});
});

describe('history tables', () => {
	/** For each history table of the page: whether its frame scrolls sideways, and how its date cells are laid out. */
	function historyTables(page: Page): Promise<Array<{ caption: string; scrolls: boolean; cell: string; headVisible: boolean }>> {
		return page.$$eval('table.stack', (tables) =>
			tables.map((table) => {
				const frame = table.closest('.table-wrap') ?? table;
				const head = table.querySelector('thead')?.getBoundingClientRect();
				return {
					caption: table.querySelector('caption')?.textContent ?? '',
					scrolls: frame.scrollWidth > frame.clientWidth,
					cell: getComputedStyle(table.querySelector('tbody td') ?? table).display,
					headVisible: head !== undefined && head.height > 1,
				};
			}),
		);
	}

	it('stack into one card per issue on a phone, with nothing to scroll sideways', async () => {
		const page = await openPhone(BIRTH);
		expect(await historyTables(page)).toEqual([
			{ caption: 'Các lần ban hành của tài liệu', scrolls: false, cell: 'grid', headVisible: false },
			{ caption: 'Các lần sửa đổi, bổ sung tài liệu', scrolls: false, cell: 'grid', headVisible: false },
		]);
		expect(await page.$eval('table.stack tbody td[data-label="Ngày hiệu lực"]', (cell) => getComputedStyle(cell, '::before').content)).toBe(
			'"Ngày hiệu lực"',
		);
		await page.context().close();
	});

	it('stay tables on a desktop screen', async () => {
		const { page } = await browser.newPage({ width: 1280, height: 900 });
		await page.goto(`${server.url}${BIRTH}`);
		expect((await historyTables(page)).map((table) => [table.cell, table.headVisible])).toEqual([
			['table-cell', true],
			['table-cell', true],
		]);
		await page.context().close();
	});
});

describe('search on a phone', () => {
	it('offers one search box and a link to the dashboards on every page type', async () => {
		const { page } = await browser.newPage({ width: 360, height: 800 });
		const boxes: Record<string, [count: number, visible: boolean, dashboards: string | null]> = {};
		for (const [name, path] of PAGE_TYPES) {
			await page.goto(`${server.url}${path}`);
			const dashboards = await page.$eval('.site-nav a[href$="/bao-cao/"]', (link) =>
				link.getBoundingClientRect().bottom < 800 ? link.getAttribute('href') : null,
			);
			boxes[name] = [await page.locator('input[type="search"]').count(), await page.isVisible('#tim-kiem-o-nhap'), dashboards];
		}
		expect(boxes).toEqual(Object.fromEntries(PAGE_TYPES.map(([name]) => [name, [1, true, '/bao-cao/']])));
		await page.context().close();
	});

	it('loads Pagefind only when the box is used, and shows results with time and fee while typing', async () => {
		const page = await openPhone('');
		const requests: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/pagefind/')) requests.push(new URL(request.url()).pathname);
		});
		await page.reload({ waitUntil: 'networkidle' });
		await page.goto(`${server.url}${BIRTH}`, { waitUntil: 'networkidle' });
		expect(requests).toEqual([]);
		// Typed, never submitted: the results come after a pause in typing.
		await page.locator('#tim-kiem-o-nhap').pressSequentially('khai sinh');
		await page.waitForFunction(() => /^Tìm thấy/.test(document.querySelector('.search [role="status"]')?.textContent ?? ''));
		expect(requests).toContain('/pagefind/pagefind.js');
		const first = await page.$eval('.search-results li', (item) => [
			item.querySelector('a')?.textContent,
			item.querySelector('.search-hit-facts')?.textContent,
		]);
		expect(first).toEqual([
			'Quy trình đăng ký khai sinh (QT-AH-01)',
			'Thời hạn: 1 ngày làm việc · Phí, lệ phí: Miễn phí hoặc 4.000 – 8.000 đồng',
		]);
		expect(new URL(page.url()).search).toBe('');
		expect((await axeViolations(page)).join('\n')).toBe('');
		await page.context().close();
	});
});

describe('the province dashboard', () => {
	it('draws its bar charts with labels of 12 px or more on a phone', async () => {
		const page = await openPhone('bao-cao/');
		const sizes = await page.$$eval('.report-chart svg', (svgs) =>
			(svgs as SVGSVGElement[]).flatMap((svg) => {
				const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				return [...svg.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
			}),
		);
		expect(sizes.length).toBeGreaterThanOrEqual(8);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
		await page.context().close();
	});

	it('fits its totals and agency figures on a 1,280 px screen, the agency with problems first', async () => {
		const { page } = await browser.newPage({ width: 1280, height: 900 });
		await page.goto(`${server.url}bao-cao/`);
		expect(
			await page.$eval(
				'table.report-totals',
				(table) => table.getBoundingClientRect().width <= (table.closest('.table-wrap')?.clientWidth ?? 0) + 1,
			),
		).toBe(true);
		const cards = await page.$$eval('.agency-card', (items) =>
			items.map((item) => [
				item.querySelector('caption a')?.textContent,
				item.getBoundingClientRect().right <= 1280,
				item.querySelector('tbody tr')?.classList.contains('indicator-problem'),
			]),
		);
		expect(cards).toEqual([
			['Ủy ban nhân dân phường An Hòa', true, true],
			['Sở Tư pháp tỉnh Bình Sơn', true, false],
		]);
		await page.context().close();
	});
});
