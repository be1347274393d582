import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMergeAttribute } from '../../src/lib/shards/merge.ts';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { PROJECT_ROOT, SEARCH_FIXTURE } from '../helpers/site.ts';

const run = promisify(execFile);
const AGENCIES = ['phuong-dong-tien', 'xa-minh-hoa'];
let work: string;
let portal: string;
let server: StaticServer;
let browser: TestBrowser;

/** `qms build` in a child process with the environment Vitest leaves behind cleaned up, as tests/helpers/site.ts does. */
async function qmsBuild(args: string[]): Promise<void> {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	for (const name of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
	for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
	await run(process.execPath, ['src/cli/main.ts', 'build', '--content', SEARCH_FIXTURE, ...args], {
		cwd: PROJECT_ROOT,
		env,
		maxBuffer: 16 * 1024 * 1024,
	});
}

beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'qms-shards-'));
	portal = join(work, 'portal');
	for (const agency of AGENCIES) await qmsBuild(['--agency', agency, '--out', join(work, 'shards', agency)]);
	await qmsBuild(['--shards', join(work, 'shards'), '--out', portal]);
	[server, browser] = await Promise.all([serveStatic(portal), launchBrowser()]);
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('qms build --shards', () => {
	it('puts every page of each agency build into the portal unchanged, apart from the list of indexes to merge', async () => {
		for (const [agency, page] of [
			['phuong-dong-tien', 'thu-tuc/dang-ky-ho-kinh-doanh/index.html'],
			['xa-minh-hoa', 'thu-tuc/dang-ky-khai-sinh/index.html'],
		] as const) {
			const shard = await readFile(join(work, 'shards', agency, agency, page), 'utf8');
			const inPortal = await readFile(join(portal, agency, page), 'utf8');
			expect(inPortal).toBe(addMergeAttribute(shard, ['xa-minh-hoa/pagefind/']));
		}
	});

	it('uses the first agency index as the primary one and merges the other from its own folder', async () => {
		const entry = JSON.parse(await readFile(join(portal, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, unknown>;
		};
		expect(Object.keys(entry.languages)).toEqual(['vi']);
		expect((await stat(join(portal, 'xa-minh-hoa/pagefind/pagefind-entry.json'))).isFile()).toBe(true);
		const home = await readFile(join(portal, 'index.html'), 'utf8');
		expect(home).toContain('data-search-merge="xa-minh-hoa/pagefind/"');
		expect(home).toContain('href="/phuong-dong-tien/"');
		expect(home).toContain('href="/xa-minh-hoa/"');
	});

	it('finds a procedure of each agency from the portal search, through the merged indexes', async () => {
		const { page, errors } = await browser.newPage();
		for (const [query, href] of [
			['dang ky ho kinh doanh', '/phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/'],
			['dang ky khai sinh', '/xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/'],
		] as const) {
			await page.goto(`${server.url}?q=${encodeURIComponent(query)}`);
			await page.waitForFunction(() =>
				/^(Tìm thấy|Không tìm thấy)/.test(document.querySelector('.search [role="status"]')?.textContent ?? ''),
			);
			const hrefs = await page.$$eval('.search-results li a', (links) => links.map((link) => link.getAttribute('href')));
			expect(hrefs[0]).toBe(href);
		}
		expect(errors).toEqual([]);
		expect(server.missing).toEqual([]);
		await page.context().close();
	});
});
