import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_FIXTURE } from '../helpers/corpus.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** Runs the real `qms build` in a child process, as an officer would, and returns the output folder. */
async function qmsBuild(out: string, ...flags: string[]): Promise<string> {
	// Vitest puts Vite's BASE_URL, MODE, DEV, PROD and SSR into process.env; the child's Vite would take them over `--base`.
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITE_ENV.has(name)));
	await run(process.execPath, ['src/cli/main.ts', 'build', '--content', VALID_FIXTURE, '--out', out, ...flags], { cwd: PROJECT, env });
	return out;
}

/** The text of an HTML fragment: tags removed, whitespace collapsed. */
function text(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The body rows of the first table with `class="<name>"`, cells joined with " | ". */
function tableRows(html: string, name: string): string[] {
	const table = new RegExp(`<table class="${name}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
	const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
	return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
		[...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? '')).join(' | '),
	);
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

let scratch: string;
let portal: string;
let single: string;
beforeAll(async () => {
	scratch = await mkdtemp(join(tmpdir(), 'qms-pages-'));
	// One after the other: Astro builds of one project share its `.astro/` folder.
	portal = await qmsBuild(join(scratch, 'portal'));
	single = await qmsBuild(join(scratch, 'xa'), '--agency', 'xa-minh-hoa', '--base', '/xa/');
});
afterAll(async () => {
	await rm(scratch, { recursive: true, force: true });
});

describe('the portal build of the valid fixture', () => {
	it('publishes every page type at an ASCII address ending in a slash', async () => {
		// The reports (bao-cao) are pages of their own, tested with them.
		expect((await htmlFiles(portal)).filter((file) => !file.includes('bao-cao'))).toEqual([
			'404.html',
			'admin/index.html',
			'index.html',
			'xa-minh-hoa/bieu-mau/in/bm-01/index.html',
			'xa-minh-hoa/chinh-sach/index.html',
			'xa-minh-hoa/chinh-sach/lan-1/index.html',
			'xa-minh-hoa/index.html',
			'xa-minh-hoa/muc-tieu/2026/index.html',
			'xa-minh-hoa/muc-tieu/2026/lan-1/index.html',
			'xa-minh-hoa/noi-bo/nb-01/index.html',
			'xa-minh-hoa/noi-bo/nb-01/lan-1/index.html',
			'xa-minh-hoa/noi-bo/nb-03/index.html',
			'xa-minh-hoa/noi-bo/nb-03/lan-1/index.html',
			'xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/index.html',
			'xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/lan-1/index.html',
		]);
	});

	it('shows the citizen summary first, then the steps, on a procedure page without script', async () => {
		const html = await readFile(join(portal, 'xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/index.html'), 'utf8');
		expect(html).toContain('<html lang="vi">');
		expect(html).toContain('<title>Quy trình đăng ký khai sinh — Tỉnh Thử Nghiệm</title>');
		expect(html.match(/<h1[^>]*>[\s\S]*?<\/h1>/g)).toEqual(['<h1>Quy trình đăng ký khai sinh</h1>']);
		expect([...html.matchAll(/<dd class="fact-value[^"]*">([^<]+)<\/dd>/g)].map((match) => match[1])).toEqual([
			'3 ngày làm việc',
			'Miễn phí',
			'Nộp trực tiếp · Nộp trực tuyến',
		]);
		expect(html).toContain('Dịch vụ công trực tuyến toàn trình</span><span class="tthc-code">Mã thủ tục: 1.001193 · Cấp xã</span>');
		// The fixture states no conditions: not stated, never "none".
		expect(html).toContain('<h3>Yêu cầu, điều kiện</h3><p>Chưa có thông tin.</p>');
		expect(html.indexOf('id="tom-tat"')).toBeLessThan(html.indexOf('id="thanh-phan-ho-so"'));
		expect(html.indexOf('id="cac-buoc"')).toBeLessThan(html.indexOf('id="kiem-soat"'));
		expect(tableRows(html, 'steps')).toEqual([
			'1 | Tiếp nhận, kiểm tra hồ sơ | Bộ phận Một cửa | 0,5 ngày | BM-01',
			'2 | Thẩm định, trình ký | Công chức Tư pháp - Hộ tịch | 2 ngày | —',
			'3 | Ký giấy khai sinh | Chủ tịch UBND xã | 4 giờ | —',
			'4 | Trả kết quả | Bộ phận Một cửa | Không tính thời gian | —',
		]);
		expect(text(/<tfoot>([\s\S]*?)<\/tfoot>/.exec(html)?.[1] ?? '')).toBe(
			'Tổng thời gian giải quyết 3 ngày làm việc Không tính thời gian ở bước ghi “Không tính thời gian”.',
		);
		expect(html.match(/<g class="flow-step[^"]*" data-step/g)).toHaveLength(4);
		expect(html).toContain('<span>Mã hiệu: QT-MH-01</span><span>Lần ban hành: 1</span><span>Ngày hiệu lực: 05/08/2025</span>');
		// Reading needs no script: the only one is the search box's, loaded as a module.
		expect(html.match(/<script[^>]*>/gi)?.map((tag) => tag.replace(/\.[\w-]+\.js"/, '.js"'))).toEqual([
			'<script type="module" src="/_astro/Search.astro_astro_type_script_index_0_lang.js">',
		]);
	});

	it('keeps a procedure page with its stylesheets under 100 KB and copies its forms byte for byte', async () => {
		const html = await readFile(join(portal, 'xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/index.html'), 'utf8');
		const sheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((match) => match[1] ?? '');
		const sizes = await Promise.all(sheets.map(async (sheet) => (await stat(join(portal, sheet))).size));
		expect(Buffer.byteLength(html) + sizes.reduce((a, b) => a + b, 0)).toBeLessThan(100 * 1024);
		expect(html).toContain('<a href="/xa-minh-hoa/bieu-mau/bm-01.md" download>');
		expect(await readFile(join(portal, 'xa-minh-hoa/bieu-mau/bm-01.md'))).toEqual(
			await readFile(join(VALID_FIXTURE, 'agencies/xa-minh-hoa/forms/bm-01.md')),
		);
	});
});

describe('a single-agency build under a sub-path', () => {
	it('shows the agency home at the root and links only under the base', async () => {
		const home = await readFile(join(single, 'index.html'), 'utf8');
		expect(home.match(/<h1[^>]*>[\s\S]*?<\/h1>/g)).toEqual(['<h1>Ủy ban nhân dân xã Minh Hòa</h1>']);
		expect(home).toContain('<a href="/xa/xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/">Quy trình đăng ký khai sinh</a>');
		const links = new Set<string>();
		for (const file of await htmlFiles(single)) {
			for (const match of (await readFile(join(single, file), 'utf8')).matchAll(/\s(?:href|src)="(\/[^"]*)"/g)) links.add(match[1] ?? '');
		}
		expect([...links].filter((link) => !link.startsWith('/xa/'))).toEqual([]);
		expect(links.has('/xa/xa-minh-hoa/')).toBe(true);
	});
});
