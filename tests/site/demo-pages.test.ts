import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { parse } from 'yaml';
import { ProcedureSchema } from '../../schemas/procedure.ts';
import { runQms } from '../helpers/cli.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, readSite, type BuiltSite } from '../helpers/site.ts';

/** The rules issue 16 names; every other message of the preset is listed too, by rule and page. */
const NAMED_RULES = ['valid-id', 'long-title', 'prefer-native-element'];

let site: BuiltSite;
let messages: string[];
let pages: ReadonlyMap<string, string>;

beforeAll(async () => {
	site = await buildSite({ content: join(PROJECT_ROOT, 'content') });
	const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
	messages = [];
	pages = (await readSite(site)).pages;
	for (const [file, html] of pages) {
		const report = await validator.validateString(html, file);
		for (const result of report.results)
			for (const message of result.messages)
				messages.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
	}
});

afterAll(async () => {
	await site?.dispose();
});

describe("html-validate's recommended preset over the built demo", () => {
	it(`reports nothing for ${NAMED_RULES.join(', ')}`, () => {
		expect(messages.filter((message) => NAMED_RULES.some((rule) => message.includes(` ${rule} `)))).toEqual([]);
	});

	it('reports no other message either', () => {
		expect(messages).toEqual([]);
	});
});

describe('feedback on the demo', () => {
	/** The documents' main and issue pages: procedures, internal processes, policies, objectives (not the pointers to the main page). */
	const DOCUMENT = /^[^/]+\/(?:thu-tuc|noi-bo|chinh-sach|muc-tieu)\/(?!.*so-sanh\/)/;

	it('puts "Góp ý, báo sai sót" on every document page, to the e-mail of its agency', () => {
		const links = new Map<string, string>();
		for (const [file, html] of pages) {
			if (!DOCUMENT.test(file) || html.includes('class="issue-banner issue-in-force"')) continue;
			links.set(file, /<a href="([^"]*)"[^>]*>Góp ý, báo sai sót<\/a>/.exec(html)?.[1] ?? 'none');
		}
		expect(links.size).toBeGreaterThan(40);
		const agencies = new Set([...links].map(([file, href]) => `${file.split('/')[0]} ${href.replace(/\?.*$/, '')}`));
		expect([...agencies].sort()).toEqual(['phuong-an-hoa mailto:ubnd.anhoa@binhson.gov.vn', 'so-tu-phap mailto:stp@binhson.gov.vn']);
		expect(links.get('phuong-an-hoa/thu-tuc/dang-ky-khai-sinh/index.html')).toBe(
			'mailto:ubnd.anhoa@binhson.gov.vn?subject=G%C3%B3p%20%C3%BD%3A%20QT-AH-01%20Quy%20tr%C3%ACnh%20%C4%91%C4%83ng%20k%C3%BD%20khai%20sinh',
		);
	});
});

describe("fees on the demo's as-of day (2026-11-22)", () => {
	it('give the amount per copy and the online reduction in force, with the end of its period and the amount to come', () => {
		const html = pages.get('phuong-an-hoa/thu-tuc/cap-ban-sao-trich-luc-ho-tich/index.html') ?? '';
		expect(/<dt>Phí, lệ phí<\/dt><dd class="fact-value">([^<]*)<\/dd>/.exec(html)?.[1]).toBe('4.000 – 8.000 đồng/bản');
		expect(html).toContain('<strong>4.000 đồng/bản</strong> khi nộp trực tuyến, đến hết ngày 31/12/2026');
		expect(html).toContain('<strong>8.000 đồng/bản</strong> khi nộp trực tuyến, áp dụng từ ngày 01/01/2027');
	});

	it('say nothing where a procedure does not state its fees', () => {
		const html = pages.get('so-tu-phap/thu-tuc/bo-nhiem-giam-dinh-vien-tu-phap/index.html') ?? '';
		expect(html).toContain('<h1>');
		expect(html).not.toContain('Phí, lệ phí');
		expect(html).not.toContain('Không thu');
	});
});

describe("the demo's Markdown forms", () => {
	it('each have a page to read and print, linked from the documents, with the source still offered', () => {
		const files = [...pages.keys()].filter((file) => file.includes('/bieu-mau/in/'));
		expect(files.length).toBe(41);
		const form = (pages.get('phuong-an-hoa/bieu-mau/in/bm-bien-ban-hoa-giai-tranh-chap-dat-dai/index.html') ?? '').replace(
			/ data-astro-cid-\w+/g,
			'',
		);
		expect(/<h1[^>]*>([^<]*)<\/h1>/.exec(form)?.[1]).toBe('BM-02 Biên bản hòa giải tranh chấp đất đai');
		expect(form).toContain('<a href="/phuong-an-hoa/bieu-mau/bm-bien-ban-hoa-giai-tranh-chap-dat-dai.md" download>tải tệp gốc (MD)</a>');
		expect(form).toContain('<p>ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA<br>\nHỘI ĐỒNG HÒA GIẢI TRANH CHẤP ĐẤT ĐAI</p>');
		const procedure = pages.get('phuong-an-hoa/thu-tuc/hoa-giai-tranh-chap-dat-dai/index.html') ?? '';
		expect(procedure).toContain('<a href="/phuong-an-hoa/bieu-mau/in/bm-bien-ban-hoa-giai-tranh-chap-dat-dai/">');
	});
});

describe('the forms editor in the built demo', () => {
	it('is at /admin/ with its own Decap CMS bundle and a config.yml the same as `qms admin-config` makes', async () => {
		const files = (await readSite(site)).files;
		expect(['admin/index.html', 'admin/config.yml', 'admin/decap-cms.js'].filter((file) => !files.has(file))).toEqual([]);
		const built = await readFile(join(site.dir, 'admin', 'config.yml'), 'utf8');
		const out = join(site.dir, '..', 'admin-config.yml');
		expect((await runQms(['admin-config', '--out', out])).code).toBe(0);
		expect(await readFile(out, 'utf8')).toBe(built);
		expect(pages.get('admin/index.html')).toContain('<script src="decap-cms.js"></script>');
		expect(pages.get('admin/index.html')).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
	});

	it('has a procedure collection with a field, labelled in Vietnamese, for every property of the procedure schema', async () => {
		const config = parse(await readFile(join(site.dir, 'admin', 'config.yml'), 'utf8')) as {
			collections: Array<{ name: string; fields: Array<{ name: string; label: string }> }>;
		};
		const procedures = config.collections.find((collection) => collection.name === 'procedure--phuong-an-hoa');
		const names = procedures?.fields.map((field) => field.name);
		expect(names).toEqual([...Object.keys(ProcedureSchema.in.shape), 'body']);
		expect(procedures?.fields.filter((field) => field.label === field.name)).toEqual([]);
	});

	it('is neither in the sitemap nor in the search index', async () => {
		expect(await readFile(join(site.dir, 'sitemap.xml'), 'utf8')).not.toContain('/admin/');
		const fragments = await readdir(join(site.dir, 'pagefind', 'fragment'));
		expect(fragments.length).toBeGreaterThan(20);
		const urls = await Promise.all(
			fragments.map(
				async (name) =>
					(
						JSON.parse(
							gunzipSync(await readFile(join(site.dir, 'pagefind', 'fragment', name)))
								.toString('utf8')
								.replace(/^pagefind_dcd/, ''),
						) as { url: string }
					).url,
			),
		);
		expect(urls.filter((url) => url.includes('/admin/'))).toEqual([]);
		expect(urls).toContain('/phuong-an-hoa/thu-tuc/dang-ky-khai-tu/');
	});
});
