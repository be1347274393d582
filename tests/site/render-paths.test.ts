import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_DOCUMENT_ROUTES } from '../../src/lib/search/pages.ts';
import { cleanEnv, PROJECT_ROOT, runQms } from '../helpers/cli.ts';
import { scratchCorpus, type ScratchCorpus } from '../helpers/corpus.ts';

const run = promisify(execFile);
const PROCEDURE = 'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md';

/** Markdown that exercises every stage of the pipeline: GFM, raw HTML kept and dropped, links, headings. */
const BODY = `
### Ghi chú về đăng ký

| Bước | Nội dung | Thời hạn |
| ---- | -------- | -------: |
| 1 | Tiếp nhận ~~hồ sơ giấy~~ hồ sơ | 0,5 ngày |

Tra cứu tại https://dichvucong.gov.vn hoặc [Cổng dịch vụ công](https://dichvucong.gov.vn/p/home) và [mục nội bộ](#vb-ghi-chu-ve-dang-ky).

<table><tr><td>Ô <strong>an toàn</strong></td></tr></table>

<script>alert('x')</script>

- [x] việc đã xong
- [ ] việc còn lại
`;

/** Every HTML page of a built site, by path. */
async function pages(dir: string): Promise<Map<string, string>> {
	const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
	return new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(dir, file), 'utf8')] as const)));
}

/**
 * `qms build` renders bodies on worker threads (src/lib/markdown/render-pool.ts) and indexes pages
 * through src/middleware.ts; a plain `astro build` of the same corpus renders with Astro's own
 * `renderMarkdown` and indexes nothing. The pages must not differ by a byte.
 */
describe('the render workers of qms build', () => {
	let corpus: ScratchCorpus;
	let work: string;

	beforeAll(async () => {
		corpus = await scratchCorpus();
		await corpus.edit(PROCEDURE, 'Xem bảng các bước.', `Xem bảng các bước.\n${BODY}`);
		work = await mkdtemp(join(tmpdir(), 'qms-render-paths-'));
		// A cache of its own, empty: the first build renders every body on the workers.
		const built = await runQms(['build', '--content', corpus.root, '--out', join(work, 'qms'), '--cache-dir', join(work, 'cache')]);
		if (built.code !== 0) throw new Error(built.stderr);
		const again = await runQms(['build', '--content', corpus.root, '--out', join(work, 'qms-cached'), '--cache-dir', join(work, 'cache')]);
		if (again.code !== 0) throw new Error(again.stderr);
		await run(
			process.execPath,
			[join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'astro'), '--silent'],
			{
				cwd: PROJECT_ROOT,
				env: { ...cleanEnv(), QMS_CONTENT: corpus.root },
			},
		);
	});
	afterAll(async () => {
		await corpus.dispose();
		await rm(work, { recursive: true, force: true });
	});

	it('write the same pages as Astro’s own Markdown rendering', async () => {
		const [ours, astro] = await Promise.all([pages(join(work, 'qms')), pages(join(work, 'astro'))]);
		expect([...ours.keys()]).toEqual([...astro.keys()]);
		for (const [file, html] of ours) expect(html, file).toBe(astro.get(file));
	});

	it('write the same site again from the render cache, search index included', async () => {
		const entries = (await readdir(join(work, 'cache'), { recursive: true })).filter((file) => file.endsWith('.json'));
		// The procedure, the two internal processes (one body between them), the policy, the objectives.
		expect(entries).toHaveLength(4);
		const files = async (dir: string) =>
			(await readdir(dir, { recursive: true, withFileTypes: true }))
				.filter((entry) => entry.isFile())
				.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
				.sort();
		const [first, second] = await Promise.all([files(join(work, 'qms')), files(join(work, 'qms-cached'))]);
		expect(second).toEqual(first);
		expect(first.filter((file) => file.startsWith('pagefind/fragment/'))).toHaveLength(5);
		for (const file of first) {
			const [a, b] = await Promise.all([readFile(join(work, 'qms', file)), readFile(join(work, 'qms-cached', file))]);
			expect(b.equals(a), file).toBe(true);
		}
	});

	it('render the body through the whole pipeline: GFM, sanitised raw HTML, external links', async () => {
		const html = await readFile(join(work, 'qms/xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/index.html'), 'utf8');
		expect(html).toContain('<h4 id="vb-ghi-chu-ve-dang-ky">Ghi chú về đăng ký</h4>');
		expect(html).toContain('<del>hồ sơ giấy</del>');
		expect(html).toContain('<a href="https://dichvucong.gov.vn" rel="noopener noreferrer">https://dichvucong.gov.vn</a>');
		expect(html).toContain('<td>Ô <strong>an toàn</strong></td>');
		expect(html).toContain('<input type="checkbox" checked disabled>');
		expect(html).not.toContain("alert('x')");
	});

	it('index the pages in the search index, and a plain astro build indexes none', async () => {
		const fragments = await readdir(join(work, 'qms/pagefind/fragment'));
		expect(fragments.length).toBe(5);
		// Each indexed page is a document's main page, of the one route qms build generates first.
		expect([...SEARCH_DOCUMENT_ROUTES]).toEqual(['src/pages/[agency]/[...document].astro']);
		const shapes: Record<string, RegExp> = {
			procedure: /^\/[^/]+\/thu-tuc\/[^/]+\/$/,
			'internal-process': /^\/[^/]+\/noi-bo\/[^/]+\/$/,
			policy: /^\/[^/]+\/chinh-sach\/$/,
			objectives: /^\/[^/]+\/muc-tieu\/\d{4}\/$/,
		};
		const urls = await Promise.all(
			fragments.map(async (file) => {
				// A Pagefind fragment: gzip of "pagefind_dcd" followed by JSON.
				const json = gunzipSync(await readFile(join(work, 'qms/pagefind/fragment', file))).subarray('pagefind_dcd'.length);
				return (JSON.parse(json.toString('utf8')) as { url: string }).url;
			}),
		);
		expect(urls.map((url) => Object.keys(shapes).find((kind) => shapes[kind]?.test(url))).sort()).toEqual([
			'internal-process',
			'internal-process',
			'objectives',
			'policy',
			'procedure',
		]);
		await expect(readdir(join(work, 'astro/pagefind'))).rejects.toThrow(/ENOENT/);
	});
});
