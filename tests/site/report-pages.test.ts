import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, readSite, type BuiltSite } from '../helpers/site.ts';
import { generateReportCorpus, type GeneratedCorpus } from '../fixtures/report/generate.ts';

/** The text of an HTML fragment: tags removed, whitespace collapsed. */
function text(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Rows of the first table with class `name` inside `section` (thead, tbody, tfoot), cells joined with " | ". */
function rows(html: string, name: string, section: 'tbody' | 'tfoot' = 'tbody'): string[] {
	const table = new RegExp(`<table class="${name}[^"]*"[^>]*>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
	const parts = [...table.matchAll(new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`, 'g'))].map((match) => match[1] ?? '').join('');
	return [...parts.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
		[...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? '')).join(' | '),
	);
}

let corpus: GeneratedCorpus;
let portal: BuiltSite;
let single: BuiltSite;
const page = (site: BuiltSite, path: string) => readFile(join(site.dir, path), 'utf8');

beforeAll(async () => {
	// Vitest exports Vite's BASE_URL ('/') into process.env; a build child inheriting it ignores --base.
	delete process.env['BASE_URL'];
	corpus = await generateReportCorpus();
	// One after the other: two Astro builds of one project share its content-layer cache.
	portal = await buildSite({ content: corpus.root });
	single = await buildSite({ content: corpus.root, agency: 'xa-kiem-thu', base: '/xa/' });
});
afterAll(async () => {
	await Promise.all([portal?.dispose(), single?.dispose(), corpus?.dispose()]);
});

describe('the report pages of the portal', () => {
	it('are built for the province and each agency in force', async () => {
		const pages = [...(await readSite(portal)).pages.keys()].filter((path) => path.includes('bao-cao'));
		expect(pages).toEqual([
			'bao-cao/index.html',
			'bao-cao/thong-bao/index.html',
			'so-kiem-thu/bao-cao/index.html',
			'xa-kiem-thu/bao-cao/index.html',
		]);
	});

	it('show the province figures per level and in total', async () => {
		const html = await page(portal, 'bao-cao/index.html');
		// One row per indicator, a column per level and the province; what the province falls short on first.
		expect(rows(html, 'report-totals')).toEqual([
			'TTHC có quy trình / được giao | 216/270 (80,0%) | 3/3 (100,0%) | 219/273 (80,2%)',
			'Đánh giá nội bộ trong 12 tháng | 0/1 | 1/1 | 1/2',
			'Xem xét của lãnh đạo trong 12 tháng | 1/1 | 0/1 | 1/2',
			'Cần công bố lại | 1 | 0 | 1',
			'Số cơ quan | 1 | 1 | 2',
			'Có chính sách chất lượng | 1/1 | 1/1 | 2/2',
			'Có mục tiêu năm 2026 | 1/1 | 1/1 | 2/2',
			'Đủ quy trình nội bộ bắt buộc | 1/1 | 1/1 | 2/2',
			'Căn cứ pháp lý cần cập nhật | 1 (0 quá hạn) | 0 (0 quá hạn) | 1 (0 quá hạn)',
			'Tài liệu ban hành trong kỳ | 2 | 1 | 3',
		]);
		// A card per agency, the one with more problems first, its problems on top.
		const cards = [...html.matchAll(/<table class="report-agency"[^>]*>([\s\S]*?)<\/table>/g)].map((table) => [
			text(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table[1] ?? '')?.[1] ?? ''),
			...[...(table[1] ?? '').matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
				[...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? '')).join(' | '),
			),
		]);
		expect(cards).toEqual([
			[
				'Sở Kiểm Thử 3 việc cần xử lý',
				'TTHC có quy trình | 216/270 ! 80,0%',
				'Đánh giá nội bộ gần nhất | 30/05/2025 ! quá hạn',
				'Công bố HTQLCL | 01/02/2025 ! cần công bố lại',
				'Quy trình nội bộ bắt buộc | 2/2 ✓ đủ',
				'Chính sách chất lượng | Có',
				'Mục tiêu chất lượng năm 2026 | Có',
				'Xem xét của lãnh đạo gần nhất | 15/01/2026 ✓ trong hạn',
				'Căn cứ pháp lý cần cập nhật | 1 ✓ trong hạn 3 tháng',
				'Tài liệu ban hành trong kỳ | 2',
			],
			[
				'Ủy ban nhân dân xã Kiểm Thử 1 việc cần xử lý',
				'Xem xét của lãnh đạo gần nhất | 15/05/2025 ! quá hạn',
				'TTHC có quy trình | 3/3 ✓ 100,0%',
				'Quy trình nội bộ bắt buộc | 2/2 ✓ đủ',
				'Chính sách chất lượng | Có',
				'Mục tiêu chất lượng năm 2026 | Có',
				'Đánh giá nội bộ gần nhất | 01/03/2026 ✓ trong hạn',
				'Công bố HTQLCL | 01/09/2025',
				'Căn cứ pháp lý cần cập nhật | 0',
				'Tài liệu ban hành trong kỳ | 1',
			],
		]);
	});

	it('link each figure to the documents behind it', async () => {
		const html = await page(portal, 'bao-cao/index.html');
		for (const href of [
			'/so-kiem-thu/',
			'/so-kiem-thu/bao-cao/#tthc',
			'/so-kiem-thu/bao-cao/#can-cu-phap-ly',
			'/so-kiem-thu/chinh-sach/',
			'/so-kiem-thu/muc-tieu/2026/',
			'/so-kiem-thu/thu-tuc/quy-trinh-001/',
			'/so-kiem-thu/thu-tuc/quy-trinh-055/',
			'/xa-kiem-thu/thu-tuc/thu-tuc-hai/',
			'/bao-cao/thong-bao/',
		]) {
			expect(html).toContain(`href="${href}"`);
		}
		const agency = await page(portal, 'so-kiem-thu/bao-cao/index.html');
		expect(agency.match(/Chưa có quy trình/g)).toHaveLength(54);
		expect(agency).toContain('<a href="/so-kiem-thu/thu-tuc/quy-trinh-001/">QT-SKT-001</a>');
		expect(agency).toContain('href="/so-kiem-thu/noi-bo/nb-02/">QTNB-SKT-02</a>');
	});

	it('draw bar charts as SVG images with a text alternative', async () => {
		const html = await page(portal, 'bao-cao/index.html');
		const svg = /<svg[^>]*aria-labelledby="bieu-do-tthc-title bieu-do-tthc-desc"[^>]*>/.exec(html)?.[0] ?? '';
		expect(svg).toContain('role="img"');
		expect(text(/<desc id="bieu-do-tthc-desc"[^>]*>([\s\S]*?)<\/desc>/.exec(html)?.[1] ?? '')).toBe(
			'Sở Kiểm Thử: 80,0% (216/270); Ủy ban nhân dân xã Kiểm Thử: 100,0% (3/3)',
		);
		// 80 % of a 230-unit track: the chart is laid out at a phone's width.
		expect(html).toMatch(/<rect x="0" y="20" width="184" height="18" class="chart-bar/);
		expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")[^>]*>[^<]*chart/i);
	});

	it('show the dossiers of the month with a trend chart, the reporting units, inspections and objectives', async () => {
		const html = await page(portal, 'bao-cao/index.html');
		expect(rows(html, 'report-dossiers')).toEqual([
			'Sở, ban, ngành | 1/1 | 12.000 | 10.800 | 10.775 | 25 | 455 | 99,77%',
			'Cấp xã | 0/1 | 0 | 0 | 0 | 0 | 0 | —',
		]);
		expect(rows(html, 'report-dossiers', 'tfoot')).toEqual(['Toàn tỉnh | 1/2 | 12.000 | 10.800 | 10.775 | 25 | 455 | 99,77%']);
		expect(text(/<desc id="bieu-do-ho-so-desc"[^>]*>([\s\S]*?)<\/desc>/.exec(html)?.[1] ?? '')).toMatch(
			/tháng 04\/2026: chưa gửi báo cáo; tháng 05\/2026: tiếp nhận 560, đúng hạn 98,08%; tháng 06\/2026: tiếp nhận 12\.000, đúng hạn 99,77%$/,
		);
		expect(text(/<ul class="report-reporting"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '')).toBe(
			'Sở Kiểm Thử : ✓ đã gửi Ủy ban nhân dân xã Kiểm Thử : ! chưa gửi',
		);
		expect(rows(html, 'report-inspections')).toEqual([
			'Sở Kiểm Thử | 10/03/2026 | Trực tiếp | 78,5 | Khá',
			'Ủy ban nhân dân xã Kiểm Thử | 02/04/2026 | Qua báo cáo | 92 | Tốt',
		]);
		expect(rows(html, 'report-objective-counts', 'tfoot')).toEqual(['Toàn tỉnh | 1 | 1 | 2']);
		const agency = await page(portal, 'so-kiem-thu/bao-cao/index.html');
		expect(rows(agency, 'report-dossier-months').slice(0, 3)).toEqual([
			'06/2026 | 12.000 | 10.800 | 10.775 | 25 | 455 | 99,77%',
			'05/2026 | 500 | 200 | 195 | 5 | 300 | 97,50%',
			'04/2026 | Chưa gửi báo cáo',
		]);
		expect(rows(agency, 'report-objectives')).toEqual([
			'Tỷ lệ hồ sơ đúng hạn | ≥ 100% | 2026-05: 99,5% | ! Chưa đạt',
			'Thời gian giải quyết trung bình | ≤ 7 ngày | 2026-Q1: 6,5 ngày | ✓ Đạt',
			'Tỷ lệ hài lòng | ≥ 95% | — | Chưa đo',
		]);
		expect(text(agency)).toContain(
			'Ngày 10/03/2026, Ban Chỉ đạo ISO tỉnh, kiểm tra trực tiếp tại cơ quan: 78,5 điểm , xếp loại Khá . Thông báo 12/TB-BCĐ.',
		);
		const objectives = await page(portal, 'so-kiem-thu/muc-tieu/2026/index.html');
		expect(rows(objectives, 'report-objectives')[0]).toBe('Tỷ lệ hồ sơ đúng hạn | ≥ 100% | 2026-Q1: 100%; 2026-05: 99,5% | ! Chưa đạt');
	});

	it('print the monthly notice in the committee’s shape', async () => {
		const html = await page(portal, 'bao-cao/thong-bao/index.html');
		const main = text(/<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '');
		expect(main).toContain(
			'UBND TỈNH KIỂM THỬ BAN CHỈ ĐẠO ISO Số: /TB-BCĐ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Kiểm Thử, ngày 30 tháng 6 năm 2026 THÔNG BÁO Tình hình duy trì, cải tiến HTQLCL tháng 06/2026',
		);
		expect(rows(html, 'notice-table')).toEqual([
			'I. Sở, ban, ngành',
			'1 | Sở Kiểm Thử | 216/270 (80,0%) | 2/2 | Có, có | 30/05/2025 (quá hạn) | 15/01/2026 | Có | 1 (0 quá hạn) | 2',
			'II. Cấp xã',
			'2 | Ủy ban nhân dân xã Kiểm Thử | 3/3 (100,0%) | 2/2 | Có, có | 01/03/2026 | 15/05/2025 (quá hạn) | Không | 0 | 1',
		]);
		expect(rows(html, 'notice-table', 'tfoot')).toEqual([
			' | Tổng cộng | 219/273 (80,2%) | 2/2 đủ | 2/2, 2/2 | 1/2 trong hạn | 1/2 trong hạn | 1 | 1 (0 quá hạn) | 3',
		]);
		expect(main).toContain(
			'Ủy ban nhân dân xã Kiểm Thử : tổ chức họp xem xét của lãnh đạo (lần gần nhất ngày 15/05/2025, quá hạn từ ngày 15/05/2026); gửi số liệu hồ sơ TTHC tháng 06/2026.',
		);
		const order = [
			'1.1. Kế hoạch, mục tiêu chất lượng.',
			'1.2. Đánh giá nội bộ, xem xét của lãnh đạo.',
			'1.3. Đơn vị gửi báo cáo.',
			'1.4. Thủ tục hành chính có quy trình.',
			'1.5. Giải quyết hồ sơ.',
			'1.6. Kết quả kiểm tra.',
		];
		expect(order.map((heading) => main.indexOf(heading))).toEqual([...order.map((heading) => main.indexOf(heading))].sort((a, b) => a - b));
		expect(order.every((heading) => main.includes(heading))).toBe(true);
		expect(main).toContain(
			'1.5. Giải quyết hồ sơ. Tháng 06/2026: tiếp nhận 12.000 hồ sơ; đã giải quyết 10.800, trong đó đúng hạn 10.775 (99,77%), quá hạn 25 (0,23%); đang giải quyết 455.',
		);
		expect(rows(html.replace('<table class="notice-table"', '<table class="old-table"'), 'notice-table')).toEqual([
			'I. Sở, ban, ngành',
			'1 | Sở Kiểm Thử | Đã gửi | 12.000 | 10.800 | 25 | 455 | 99,77% | 10/03/2026, 78,5, Khá',
			'II. Cấp xã',
			'2 | Ủy ban nhân dân xã Kiểm Thử | Chưa gửi | — | — | — | — | — | 02/04/2026, 92, Tốt',
		]);
	});
});

describe('the report pages of a single-agency build', () => {
	it('hold only the agency’s dashboard, under the base', async () => {
		const pages = [...(await readSite(single)).pages.keys()].filter((path) => path.includes('bao-cao'));
		expect(pages).toEqual(['xa-kiem-thu/bao-cao/index.html']);
		const html = await page(single, 'xa-kiem-thu/bao-cao/index.html');
		expect(html).toContain('<a href="/xa/xa-kiem-thu/thu-tuc/thu-tuc-mot/">QT-XKT-01</a>');
		expect(text(html)).toContain('Xem xét của lãnh đạo gần nhất ! 15/05/2025 · quá hạn (hạn 15/05/2026)');
	});

	it('publish the agency’s own documents as open data, with what the province shares', async () => {
		type Export = Record<string, Array<{ id: string; file: string }>>;
		const [mine, all] = await Promise.all([page(single, 'data/corpus.json'), page(portal, 'data/corpus.json')]).then((texts) =>
			texts.map((json) => JSON.parse(json) as Export),
		);
		const files = (data: Export | undefined, name: string) => (data?.[name] ?? []).map((doc) => doc.file);
		for (const name of ['policies', 'objectives', 'procedures', 'internal', 'statistics']) {
			expect(files(mine, name), name).toEqual(files(all, name).filter((file) => file.startsWith('agencies/xa-kiem-thu/')));
		}
		expect(files(mine, 'procedures')).toEqual([
			'agencies/xa-kiem-thu/procedures/thu-tuc-hai.md',
			'agencies/xa-kiem-thu/procedures/thu-tuc-mot.md',
		]);
		expect(files(mine, 'statistics')).toEqual(['agencies/xa-kiem-thu/statistics/2026.yaml']);
		expect(files(all, 'procedures').length).toBeGreaterThan(2);
		for (const name of ['province', 'catalogue', 'tthc', 'legal', 'agencies']) expect(mine?.[name], name).toEqual(all?.[name]);
	});
});
