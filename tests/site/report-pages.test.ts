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
	return [...parts.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? '')).join(' | '));
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
		expect(pages).toEqual(['bao-cao/index.html', 'bao-cao/thong-bao/index.html', 'so-kiem-thu/bao-cao/index.html', 'xa-kiem-thu/bao-cao/index.html']);
	});

	it('show the province figures per level and in total', async () => {
		const html = await page(portal, 'bao-cao/index.html');
		expect(rows(html, 'report-totals')).toEqual(['Sở, ban, ngành | 1 | 216/270 | 80,0% | 1/1 | 1/1 | 1/1 | 0/1 | 1/1 | 1 | 1 (0 quá hạn) | 2', 'Cấp xã | 1 | 3/3 | 100,0% | 1/1 | 1/1 | 1/1 | 1/1 | 0/1 | 0 | 0 (0 quá hạn) | 1']);
		expect(rows(html, 'report-totals', 'tfoot')).toEqual(['Toàn tỉnh | 2 | 219/273 | 80,2% | 2/2 | 2/2 | 2/2 | 1/2 | 1/2 | 1 | 1 (0 quá hạn) | 3']);
		expect(rows(html, 'report-agencies')).toEqual([
			'Sở Kiểm Thử | 216/270 ! 80,0% | 2/2 ✓ đủ | Có | Có | ! 30/05/2025 · quá hạn | ✓ 15/01/2026 · trong hạn | 01/02/2025 ! cần công bố lại | 1 ✓ trong hạn 3 tháng | 2',
			'Ủy ban nhân dân xã Kiểm Thử | 3/3 ✓ 100,0% | 2/2 ✓ đủ | Có | Có | ✓ 01/03/2026 · trong hạn | ! 15/05/2025 · quá hạn | 01/09/2025 | 0 | 1',
		]);
	});

	it('link each figure to the documents behind it', async () => {
		const html = await page(portal, 'bao-cao/index.html');
		for (const href of ['/so-kiem-thu/', '/so-kiem-thu/bao-cao/#tthc', '/so-kiem-thu/bao-cao/#can-cu-phap-ly', '/so-kiem-thu/chinh-sach/', '/so-kiem-thu/muc-tieu/2026/', '/so-kiem-thu/thu-tuc/quy-trinh-001/', '/so-kiem-thu/thu-tuc/quy-trinh-055/', '/xa-kiem-thu/thu-tuc/thu-tuc-hai/', '/bao-cao/thong-bao/']) {
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
		expect(text(/<desc id="bieu-do-tthc-desc"[^>]*>([\s\S]*?)<\/desc>/.exec(html)?.[1] ?? '')).toBe('Sở Kiểm Thử: 80,0% (216/270); Ủy ban nhân dân xã Kiểm Thử: 100,0% (3/3)');
		expect(html).toMatch(/<rect x="0" y="20" width="392" height="18" class="chart-bar/);
		expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")[^>]*>[^<]*chart/i);
	});

	it('print the monthly notice in the committee’s shape', async () => {
		const html = await page(portal, 'bao-cao/thong-bao/index.html');
		const main = text(/<main[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '');
		expect(main).toContain('UBND TỈNH KIỂM THỬ BAN CHỈ ĐẠO ISO Số: /TB-BCĐ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Kiểm Thử, ngày 30 tháng 6 năm 2026 THÔNG BÁO Tình hình duy trì, cải tiến HTQLCL tháng 06/2026');
		expect(rows(html, 'notice-table')).toEqual([
			'I. Sở, ban, ngành',
			'1 | Sở Kiểm Thử | 216/270 (80,0%) | 2/2 | Có, có | 30/05/2025 (quá hạn) | 15/01/2026 | Có | 1 (0 quá hạn) | 2',
			'II. Cấp xã',
			'2 | Ủy ban nhân dân xã Kiểm Thử | 3/3 (100,0%) | 2/2 | Có, có | 01/03/2026 | 15/05/2025 (quá hạn) | Không | 0 | 1',
		]);
		expect(rows(html, 'notice-table', 'tfoot')).toEqual([' | Tổng cộng | 219/273 (80,2%) | 2/2 đủ | 2/2, 2/2 | 1/2 trong hạn | 1/2 trong hạn | 1 | 1 (0 quá hạn) | 3']);
		expect(main).toContain('Ủy ban nhân dân xã Kiểm Thử : tổ chức họp xem xét của lãnh đạo (lần gần nhất ngày 15/05/2025, quá hạn từ ngày 15/05/2026).');
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
		const [mine, all] = await Promise.all([page(single, 'data/corpus.json'), page(portal, 'data/corpus.json')]).then((texts) => texts.map((json) => JSON.parse(json) as Export));
		const files = (data: Export | undefined, name: string) => (data?.[name] ?? []).map((doc) => doc.file);
		for (const name of ['policies', 'objectives', 'procedures', 'internal']) {
			expect(files(mine, name), name).toEqual(files(all, name).filter((file) => file.startsWith('agencies/xa-kiem-thu/')));
		}
		expect(files(mine, 'procedures')).toEqual(['agencies/xa-kiem-thu/procedures/thu-tuc-hai.md', 'agencies/xa-kiem-thu/procedures/thu-tuc-mot.md']);
		expect(files(all, 'procedures').length).toBeGreaterThan(2);
		for (const name of ['province', 'catalogue', 'tthc', 'legal', 'agencies']) expect(mine?.[name], name).toEqual(all?.[name]);
	});
});
