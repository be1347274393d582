import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueProcedure, tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);
const PAGE = 'xa-minh-hoa/thu-tuc/dang-ky-khai-sinh';
const HOME = `/${PAGE}/`;

/**
 * Runs the real `qms build` in a child process and returns everything it printed. Vitest puts
 * Vite's BASE_URL, MODE, DEV, PROD and SSR into process.env; the child's Vite would take them.
 */
async function qmsBuild(content: string, out: string): Promise<string> {
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)),
	);
	const { stdout, stderr } = await run(process.execPath, ['src/cli/main.ts', 'build', '--content', content, '--out', out], {
		cwd: PROJECT,
		env,
		maxBuffer: 16 * 1024 * 1024,
	});
	return `${stdout}\n${stderr}`;
}

/** The text of an HTML fragment: tags removed, whitespace collapsed. */
function text(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The first element `<tag class="name…">…</tag>` (not nested in one of the same tag). */
function element(html: string, tag: string, name: string): string {
	return new RegExp(`<${tag} class="${name}[^"]*"[^>]*>[\\s\\S]*?</${tag}>`).exec(html)?.[0] ?? '';
}

/** The body rows of the table captioned `caption`, cells' text joined with " | ". */
function tableRows(html: string, caption: string): string[] {
	const table = new RegExp(`<caption[^>]*>${caption}</caption>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
	const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
	return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
		[...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? '')).join(' | '),
	);
}

const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false,
	);

let repo: TempRepo;
let scratch: string;
let full: string;
let shallow: string;
let shallowOutput: string;
const read = (site: string, path: string) => readFile(join(site, path), 'utf8');

beforeAll(async () => {
	repo = await tempRepo();
	scratch = await mkdtemp(join(tmpdir(), 'qms-history-pages-'));
	await repo.commit('Ban hành lần 1');
	await issueProcedure(repo, 2, '2026-01-10', [
		['days: 3', 'days: 2.5'],
		['time: 2\n', 'time: 1.5\n'],
		['  - name: Giấy chứng sinh\n    copy: ban-chinh\n', ''],
		['Quy định trình tự giải quyết.', 'Quy định trình tự, thời hạn giải quyết.'],
	]);
	await repo.commit('Ban hành lần 2');
	// Issue 3 is signed and committed, but takes effect after the fixture's asOf (2026-06-30).
	await issueProcedure(repo, 3, '2026-09-01', [
		['days: 2.5', 'days: 2'],
		['time: 1.5\n', 'time: 1\n'],
		['Xem bảng các bước.', 'Xem các bước.'],
	]);
	await repo.commit('Ban hành lần 3');
	full = join(scratch, 'full');
	await qmsBuild(repo.content, full);
	const clone = join(scratch, 'clone');
	await run('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, clone]);
	shallow = join(scratch, 'shallow');
	shallowOutput = await qmsBuild(join(clone, 'content'), shallow);
}, 180_000);

afterAll(async () => {
	await repo?.dispose();
	if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
});

describe('a procedure with three issues, the third not yet in force', () => {
	it('shows the issue in force on its main page and announces the upcoming one', async () => {
		const html = await read(full, `${PAGE}/index.html`);
		expect(text(/<p class="lede"[^>]*>[\s\S]*?<\/p>/.exec(html)?.[0] ?? '')).toBe(
			'Ủy ban nhân dân xã Minh Hòa · Mã hiệu QT-MH-01, lần ban hành 2, hiệu lực từ 10/01/2026',
		);
		expect([...html.matchAll(/<dd class="fact-value[^"]*">([^<]+)<\/dd>/g)].map((match) => match[1])[0]).toBe('2,5 ngày làm việc');
		const note = element(html, 'p', 'issue-banner issue-upcoming');
		expect(text(note)).toBe('ℹ Sắp có hiệu lực từ 01/09/2026: lần ban hành 3 · xem những gì thay đổi');
		expect(note).toContain(`href="${HOME}lan-3/"`);
		expect(note).toContain(`href="${HOME}so-sanh/2-3/"`);
		expect(html).not.toContain('class="issue-banner issue-expired"');
	});

	it('lists every issue with its page, status and comparison', async () => {
		const html = await read(full, `${PAGE}/index.html`);
		expect(tableRows(html, 'Các lần ban hành của tài liệu')).toEqual([
			'Lần 3 | 01/09/2026 | 01/09/2026 | Sắp có hiệu lực từ 01/09/2026 | Sửa đổi lần 3 | So với lần 2',
			'Lần 2 | 10/01/2026 | 10/01/2026 | Đang có hiệu lực Đang hiển thị trên trang này | Sửa đổi lần 2 | So với lần 1',
			'Lần 1 | 01/08/2025 | 05/08/2025 | Đã hết hiệu lực | Ban hành lần đầu | —',
		]);
		for (const path of ['lan-1/', 'lan-2/', 'lan-3/', 'so-sanh/1-2/', 'so-sanh/2-3/']) expect(html).toContain(`href="${HOME}${path}"`);
		// Any two issues: a GET form to the list of every pair, which the page's script skips.
		expect(html).toMatch(new RegExp(`<form class="compare-form" method="get" action="${HOME}so-sanh/"`));
		expect(await exists(join(full, PAGE, 'so-sanh/1-3/index.html'))).toBe(true);
		const pairs = await read(full, `${PAGE}/so-sanh/index.html`);
		expect([...pairs.matchAll(/<a href="([^"]+so-sanh\/\d-\d\/)"/g)].map((match) => match[1])).toEqual([
			`${HOME}so-sanh/2-3/`,
			`${HOME}so-sanh/1-3/`,
			`${HOME}so-sanh/1-2/`,
		]);
	});

	it('builds the revision log from the notes and links each row to its issue', async () => {
		const html = await read(full, `${PAGE}/index.html`);
		expect(tableRows(html, 'Các lần sửa đổi, bổ sung tài liệu')).toEqual([
			'1 | 01/08/2025 | Toàn bộ | Ban hành lần đầu',
			'2 | 10/01/2026 | Mục 5 | Sửa đổi lần 2',
		]);
		const log = /<caption[^>]*>Các lần sửa đổi, bổ sung tài liệu<\/caption>[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
		expect([...log.matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual([`${HOME}lan-1/`, `${HOME}lan-2/`]);
	});

	it('keeps a past issue at its permanent address, marked as no longer in force', async () => {
		const html = await read(full, `${PAGE}/lan-1/index.html`);
		const banner = element(html, 'div', 'issue-banner issue-expired');
		expect(text(banner)).toBe(
			'⚠ Đã hết hiệu lực Đây là lần ban hành 1 (hiệu lực từ 05/08/2025), chỉ còn giá trị tra cứu. Lần ban hành này đã được thay thế bởi lần ban hành 2, có hiệu lực từ 10/01/2026. Xem lần ban hành đang có hiệu lực (lần 2)',
		);
		expect(banner).toMatch(new RegExp(`<a href="${HOME}"[^>]*>Xem lần ban hành đang có hiệu lực`));
		expect(html).toContain('<title>Quy trình đăng ký khai sinh (lần ban hành 1) — Tỉnh Thử Nghiệm</title>');
		expect([...html.matchAll(/<dd class="fact-value[^"]*">([^<]+)<\/dd>/g)].map((match) => match[1])[0]).toBe('3 ngày làm việc');
		expect(html).toContain('Giấy chứng sinh');
		// Past issues stay out of the search index and out of search engines.
		expect(html).not.toContain('data-qms-search');
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).not.toContain('rel="canonical"');
		const upcoming = await read(full, `${PAGE}/lan-3/index.html`);
		expect(upcoming).not.toContain('name="robots"');
		expect(upcoming).toContain(`<link rel="canonical" href="https://iso.binhson.gov.vn${HOME}lan-3/">`);
		expect(text(element(upcoming, 'div', 'issue-banner issue-upcoming'))).toBe(
			'ℹ Chưa có hiệu lực Lần ban hành 3 sẽ có hiệu lực từ 01/09/2026. Đến trước ngày đó, lần ban hành 2 vẫn được áp dụng. Xem lần ban hành đang có hiệu lực (lần 2)',
		);
	});

	it('points the permanent address of the issue in force to the main page, rendering it only once', async () => {
		const html = await read(full, `${PAGE}/lan-2/index.html`);
		expect(html).toContain(`<link rel="canonical" href="https://iso.binhson.gov.vn${HOME}">`);
		expect(html).not.toContain('name="robots"');
		expect(text(element(html, 'div', 'issue-banner issue-in-force'))).toBe(
			'✓ Đang có hiệu lực Đây là lần ban hành 2, đang có hiệu lực từ 10/01/2026. Toàn văn được đăng ở trang chính của tài liệu; địa chỉ này giữ nguyên để tra cứu khi có lần ban hành mới. Xem toàn văn lần ban hành 2',
		);
		// The step table is on the main page only.
		expect(html).not.toContain('Thẩm định, trình ký');
		expect(html).not.toContain('data-qms-search');
	});

	it('lists the current pages in sitemap.xml, without issue or comparison pages, and names it in robots.txt', async () => {
		const sitemap = await read(full, 'sitemap.xml');
		const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
		expect(urls).toContain(`https://iso.binhson.gov.vn${HOME}`);
		expect(urls).toContain('https://iso.binhson.gov.vn/');
		expect(urls.filter((url) => url?.includes('/lan-') === true || url?.includes('/so-sanh/') === true)).toEqual([]);
		expect(await read(full, 'robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://iso.binhson.gov.vn/sitemap.xml\n');
		const main = await read(full, `${PAGE}/index.html`);
		expect(main).toContain(`<link rel="canonical" href="https://iso.binhson.gov.vn${HOME}">`);
	});

	it('says what changed between two issues in words, and marks the body word by word', async () => {
		const html = await read(full, `${PAGE}/so-sanh/1-2/index.html`);
		const changes = [...html.matchAll(/<ul class="field-changes"[^>]*>([\s\S]*?)<\/ul>/g)].flatMap((list) =>
			[...(list[1] ?? '').matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((item) => text(item[1] ?? '')),
		);
		expect(changes).toContain('Thời hạn giải quyết: 3 → 2,5 ngày làm việc');
		expect(changes).toContain('Thành phần hồ sơ: không còn yêu cầu «Giấy chứng sinh»');
		expect(changes).toContain('Thời gian bước «Thẩm định, trình ký»: 2 ngày → 1,5 ngày');
		expect([...html.matchAll(/<h3 id="muc-[^"]+"[^>]*>([^<]+)<\/h3>/g)].map((match) => match[1])).toEqual([
			'Thời hạn giải quyết',
			'Thành phần hồ sơ',
			'Các bước xử lý',
			'Mã hiệu, tên, ngày hiệu lực',
		]);
		expect(/<div class="diff-text"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.replace(/ data-astro-cid-\w+/g, '')).toBe(
			'Quy định trình tự<ins class="diff-ins"><span class="sr-only">Thêm: </span>, thời hạn </ins>giải quyết.',
		);
		expect(html).toContain('(gạch chân)');
		const removed = await read(full, `${PAGE}/so-sanh/2-3/index.html`);
		expect(/<div class="diff-text"[^>]*>([\s\S]*?)<\/div>/.exec(removed)?.[1]?.replace(/ data-astro-cid-\w+/g, '')).toBe(
			'Xem <del class="diff-del"><span class="sr-only">Bỏ: </span>bảng </del>các bước.',
		);
	});

	it('announces every issue in the agency feed, newest first', async () => {
		const feed = await read(full, 'xa-minh-hoa/feed.xml');
		const entries = [
			...feed.matchAll(
				/<entry>\s*<id>([^<]+)<\/id>\s*<title>([^<]+)<\/title>\s*<updated>([^<]+)<\/updated>[\s\S]*?<summary>([^<]*)<\/summary>/g,
			),
		].map((match) => match.slice(1).join(' | '));
		expect(entries.filter((entry) => entry.includes('dang-ky-khai-sinh'))).toEqual([
			'https://iso.binhson.gov.vn/xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/lan-3/ | QT-MH-01 Quy trình đăng ký khai sinh — lần 3 | 2026-09-01T12:00:00+07:00 | Sửa đổi lần 3',
			'https://iso.binhson.gov.vn/xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/lan-2/ | QT-MH-01 Quy trình đăng ký khai sinh — lần 2 | 2026-01-10T12:00:00+07:00 | Sửa đổi lần 2',
			'https://iso.binhson.gov.vn/xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/lan-1/ | QT-MH-01 Quy trình đăng ký khai sinh — lần 1 | 2025-08-01T12:00:00+07:00 | Ban hành lần đầu',
		]);
		const home = await read(full, 'xa-minh-hoa/index.html');
		expect(home).toContain(
			'<link rel="alternate" type="application/atom+xml" title="Tài liệu mới ban hành — Ủy ban nhân dân xã Minh Hòa" href="/xa-minh-hoa/feed.xml">',
		);
		expect(text(element(home, 'p', 'feed-link'))).toBe('◉ Theo dõi tài liệu mới (Atom)');
	});
});

describe('a shallow clone', () => {
	it('builds the current issues only and says so once, in Vietnamese', async () => {
		expect(shallowOutput.split('Kho git là bản sao nông (shallow clone)').length - 1).toBe(1);
		const html = await read(shallow, `${PAGE}/index.html`);
		// Nothing is in force yet as far as this build knows: it shows issue 3 and says when it starts.
		expect(text(element(html, 'div', 'issue-banner issue-upcoming'))).toBe(
			'ℹ Chưa có hiệu lực Lần ban hành 3 sẽ có hiệu lực từ 01/09/2026.',
		);
		expect(html).toContain('Bản dựng này không đọc được lịch sử lưu trữ nên chỉ có lần ban hành hiện hành');
		expect(html).not.toMatch(/href="[^"]*(lan-[12]|so-sanh)\//);
		expect(await exists(join(shallow, PAGE, 'lan-3/index.html'))).toBe(true);
		expect(await exists(join(shallow, PAGE, 'lan-1'))).toBe(false);
		expect(await exists(join(shallow, PAGE, 'so-sanh'))).toBe(false);
		const feed = await read(shallow, 'xa-minh-hoa/feed.xml');
		expect(feed.match(/dang-ky-khai-sinh\/lan-\d\/<\/id>/g)).toEqual(['dang-ky-khai-sinh/lan-3/</id>']);
	});
});
