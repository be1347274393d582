import type { Element } from 'hast';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePage } from '../../src/lib/linkcheck/extract.ts';
import { scratchCorpus, type ScratchCorpus } from '../helpers/corpus.ts';
import { buildSite, readSite, SEARCH_FIXTURE, type BuiltSite } from '../helpers/site.ts';
import type { SiteFiles } from '../../src/lib/linkcheck/index.ts';

const PROCEDURE = 'agencies/phuong-dong-tien/procedures/dang-ky-ho-kinh-doanh.md';

/**
 * Raw HTML an officer might paste into a Markdown body: the usual XSS vectors, and honest external
 * links. The mutation-XSS vector comes last because its unclosed tags swallow what follows.
 */
const BODY_PAYLOADS = `
<script>alert('body-script')</script>

<img src="x" onerror="alert('img-onerror')">

<a href="javascript:alert('js-link')">bấm vào đây</a>

<a href="JaVaScRiPt:alert('mixed-case')">hoa thường</a>

<a href="&#106;avascript:alert('entity')">thực thể</a>

<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">dữ liệu</a>

[liên kết markdown](javascript:alert('md-link'))

<iframe src="https://evil.example/"></iframe>

<frameset><frame src="https://evil.example/"></frameset>

<object data="x.swf"></object><embed src="x.swf">

<svg onload="alert('svg-onload')"><circle r="1"></circle></svg>

<p style="width: expression(alert('css-expression'))">kiểu chữ</p>

<style>body { background: url("javascript:alert('style-tag')") }</style>

<details open ontoggle="alert('ontoggle')"><summary>chi tiết</summary>x</details>

<form action="javascript:alert('form')"><button formaction="javascript:alert('formaction')">gửi</button></form>

<input autofocus onfocus="alert('onfocus')">

<base href="https://evil.example/">

<meta http-equiv="refresh" content="0;url=javascript:alert('refresh')">

<a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html">Cổng Dịch vụ công quốc gia</a>

[Luật Đất đai](https://vbpl.vn/luat-dat-dai)

<math><mtext><table><mglyph><style><img src=x onerror="alert('mxss')">
`;

/** The same vectors in frontmatter strings, which Astro prints as text. */
const FIELD_PAYLOAD = `<script>alert('field')</script><img src=x onerror=alert('field-img')>`;

let corpus: ScratchCorpus;
let site: BuiltSite;
let files: SiteFiles;

beforeAll(async () => {
	corpus = await scratchCorpus(SEARCH_FIXTURE);
	const text = await corpus.read(PROCEDURE);
	await corpus.write(
		PROCEDURE,
		text
			.replace('title: Đăng ký hộ kinh doanh', `title: "Đăng ký hộ kinh doanh ${FIELD_PAYLOAD}"`)
			.replace('applicants: Cá nhân, thành viên hộ gia đình', `applicants: "Cá nhân ${FIELD_PAYLOAD}"`)
			.replace('  - action: Tiếp nhận, kiểm tra hồ sơ', `  - action: "Tiếp nhận ${FIELD_PAYLOAD}"`)
			.replace('  - name: Giấy đề nghị đăng ký hộ kinh doanh', `  - name: "Giấy đề nghị ${FIELD_PAYLOAD}"`)
			.replace('result: Giấy chứng nhận đăng ký hộ kinh doanh', `result: "Giấy chứng nhận <a href=javascript:alert('result')>x</a>"`)
			.replace(
				'reception: Trung tâm Phục vụ hành chính công phường Đông Tiến',
				`reception: "Trung tâm <iframe src=https://evil.example/></iframe>"`,
			)
			.replace('## 5. Nội dung quy trình\n', `## 5. Nội dung quy trình\n${BODY_PAYLOADS}\n`),
	);
	await corpus.edit(
		'agencies/phuong-dong-tien/policy.md',
		'Phục vụ người dân nhanh chóng, đúng hẹn.',
		`Phục vụ người dân.\n\n<script>alert('policy')</script><a href="javascript:alert('policy-link')">x</a>`,
	);
	expect((await corpus.validate()).filter((finding) => finding.severity === 'error')).toEqual([]);
	site = await buildSite({ content: corpus.root });
	files = await readSite(site);
});

afterAll(async () => {
	await site?.dispose();
	await corpus?.dispose();
});

/** One unsafe thing found in a page, as `file: what`. */
function unsafeParts(file: string, html: string, base: string): string[] {
	const found: string[] = [];
	const report = (what: string) => found.push(`${file}: ${what}`);
	visit(parsePage(html), 'element', (node: Element) => {
		const tag = node.tagName;
		if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet'].includes(tag)) report(`<${tag}>`);
		if (tag === 'meta' && node.properties['httpEquiv'] !== undefined) report('<meta http-equiv>');
		if (tag === 'script' && !isSearchScript(node, base))
			report(`<script ${JSON.stringify(node.properties)}> that is not the search script`);
		for (const [name, value] of Object.entries(node.properties)) {
			if (/^on/i.test(name)) report(`<${tag} ${name}>`);
			const text = Array.isArray(value) ? value.join(' ') : String(value);
			const url = text.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
			if (
				['href', 'src', 'action', 'formAction', 'poster', 'data', 'xLinkHref', 'srcSet', 'cite'].includes(name) &&
				/^(?:javascript|vbscript|data):/.test(url)
			)
				report(`<${tag} ${name}="${text}">`);
			if (name === 'style' && /expression\(|javascript:|url\(/i.test(text)) report(`<${tag} style="${text}">`);
		}
		if (tag === 'style') {
			const css = node.children.map((child) => ('value' in child ? child.value : '')).join('');
			if (/expression\(|javascript:|@import/i.test(css)) report(`<style> with ${css.slice(0, 60)}`);
		}
		if (tag === 'a' && typeof node.properties['href'] === 'string' && /^https?:\/\//i.test(node.properties['href'])) {
			const rel = node.properties['rel'];
			const values = Array.isArray(rel) ? rel.map(String) : [];
			if (!values.includes('noopener') || !values.includes('noreferrer'))
				report(`external <a href="${node.properties['href']}"> without rel="noopener noreferrer"`);
		}
	});
	return found;
}

/** The one script the site may carry: the search form's module, an external file under the base's _astro/. */
function isSearchScript(node: Element, base: string): boolean {
	const src = node.properties['src'];
	return (
		node.properties['type'] === 'module' &&
		typeof src === 'string' &&
		src.startsWith(`${base}_astro/Search.astro_astro_type_script`) &&
		node.children.length === 0
	);
}

/** Every page but the forms editor (/admin/), which is no page for readers and carries the editor's own scripts. */
function readerPages(): Array<[string, string]> {
	return [...files.pages].filter(([file]) => !file.startsWith('admin/'));
}

describe('published HTML with XSS payloads in bodies and frontmatter', () => {
	it('has no script but the search script, no event handler, no javascript: or data: URL, no frame', () => {
		const found = readerPages().flatMap(([file, html]) => unsafeParts(file, html, files.base));
		expect(found).toEqual([]);
	});

	it('has scripts of its own only on the forms editor: the Decap CMS bundle and its save hook, with no content in the page', () => {
		const admin = files.pages.get('admin/index.html') ?? '';
		expect([...admin.matchAll(/<script[^>]*>/g)].map((match) => match[0])).toEqual(['<script src="decap-cms.js">', '<script>']);
		expect(admin).not.toContain('phuong-dong-tien');
		expect(admin).not.toContain('alert(');
	});

	it('shows the payloads of frontmatter fields as text', () => {
		const html = files.pages.get('phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/index.html') ?? '';
		expect(html).toContain('Đăng ký hộ kinh doanh &lt;script&gt;alert(');
		expect(html).toContain('Cá nhân &lt;script&gt;');
		expect(html).toContain('Tiếp nhận &lt;script&gt;');
	});

	it('keeps the safe text of the body and marks its external link', () => {
		const html = files.pages.get('phuong-dong-tien/thu-tuc/dang-ky-ho-kinh-doanh/index.html') ?? '';
		expect(html).toContain('<p>kiểu chữ</p>');
		expect(html).toContain('<a>bấm vào đây</a>');
		expect(html).toContain(
			'<a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html" rel="noopener noreferrer">Cổng Dịch vụ công quốc gia</a>',
		);
		expect(html).toContain('<a href="https://vbpl.vn/luat-dat-dai" rel="noopener noreferrer">Luật Đất đai</a>');
	});

	it('loads the search script only from a file that imports Pagefind', async () => {
		const sources = new Set<string>();
		for (const [, html] of readerPages()) for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) sources.add(match[1] ?? '');
		expect(sources.size).toBe(1);
		const [source] = [...sources];
		const code = await readFile(join(site.dir, (source ?? '').slice(files.base.length)), 'utf8');
		expect(code).toContain('pagefind/pagefind.js');
	});

	it('would report each kind of unsafe markup, so the scan can fail', () => {
		const bad = `<html><body><script>x</script><img src=x onerror=y><a href=" java\tscript:x">a</a><a href="data:text/html,x">d</a><iframe></iframe><p style="width:expression(1)">s</p><a href="https://a.example/">e</a></body></html>`;
		expect(unsafeParts('bad.html', bad, '/')).toEqual([
			'bad.html: <script {}> that is not the search script',
			'bad.html: <img onError>',
			'bad.html: <a href=" java\tscript:x">',
			'bad.html: <a href="data:text/html,x">',
			'bad.html: <iframe>',
			'bad.html: <p style="width:expression(1)">',
			'bad.html: external <a href="https://a.example/"> without rel="noopener noreferrer"',
		]);
	});
});
