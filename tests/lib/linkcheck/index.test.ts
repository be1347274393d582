import { describe, expect, it } from 'vitest';
import { checkLinks, fileFor, formatProblems, resolveReference, scanPage, urlOfFile } from '../../../src/lib/linkcheck/index.ts';

const page = (body: string) =>
	`<!doctype html><html lang="vi"><head><link rel="stylesheet" href="/so-x/_astro/site.css"></head><body>${body}</body></html>`;

describe('resolveReference', () => {
	it('resolves absolute and relative addresses under the base', () => {
		expect(resolveReference('/so-x/a/b/?q=1#top', '/so-x/', '/so-x/')).toEqual({ kind: 'internal', path: 'a/b/', fragment: 'top' });
		expect(resolveReference('../c/', '/so-x/a/b/', '/so-x/')).toEqual({ kind: 'internal', path: 'a/c/', fragment: undefined });
		expect(resolveReference('bieu-mau/t%E1%BB%9D.pdf', '/so-x/a/', '/so-x/')).toEqual({
			kind: 'internal',
			path: 'a/bieu-mau/tờ.pdf',
			fragment: undefined,
		});
	});

	it('tells an address that leaves the sub-path from an external one', () => {
		expect(resolveReference('/a/', '/so-x/', '/so-x/')).toEqual({ kind: 'outside-base', path: '/a/' });
		expect(resolveReference('https://dichvucong.gov.vn/', '/', '/')).toEqual({ kind: 'external' });
		expect(resolveReference('mailto:a@b.vn', '/', '/')).toEqual({ kind: 'external' });
		expect(resolveReference('//cdn.example/x.js', '/', '/')).toEqual({ kind: 'external' });
	});
});

describe('fileFor and urlOfFile', () => {
	const files = new Set(['index.html', 'a/index.html', 'a/bm.pdf']);
	it('finds the file a static host serves', () => {
		expect(fileFor('', files)).toBe('index.html');
		expect(fileFor('a/', files)).toBe('a/index.html');
		expect(fileFor('a', files)).toBe('a/index.html');
		expect(fileFor('a/bm.pdf', files)).toBe('a/bm.pdf');
		expect(fileFor('b/', files)).toBeUndefined();
	});
	it('gives the address of a file', () => {
		expect(urlOfFile('index.html', '/so-x/')).toBe('/so-x/');
		expect(urlOfFile('a/index.html', '/so-x/')).toBe('/so-x/a/');
		expect(urlOfFile('404.html', '/')).toBe('/404.html');
	});
});

describe('scanPage', () => {
	it('collects href, src, srcset and ids', () => {
		const scan = scanPage(page('<main id="noi-dung"><a href="a/">A</a><img src="x.png" srcset="x1.png 1x, x2.png 2x" alt=""></main>'));
		expect(scan.references.map((r) => `${r.element} ${r.attribute} ${r.url}`)).toEqual([
			'link href /so-x/_astro/site.css',
			'a href a/',
			'img src x.png',
			'img srcset x1.png',
			'img srcset x2.png',
		]);
		expect([...scan.ids]).toEqual(['noi-dung']);
	});
});

describe('checkLinks', () => {
	it('finds nothing wrong in a site whose links all resolve', () => {
		const pages = new Map([
			[
				'index.html',
				page('<a href="#noi-dung">Bỏ qua</a><main id="noi-dung"><a href="a/">A</a><a href="https://example.vn/">ngoài</a></main>'),
			],
			['a/index.html', page('<a href="/so-x/">Trang chủ</a><a href="bm.pdf">Mẫu</a>')],
		]);
		const files = new Set(['index.html', 'a/index.html', 'a/bm.pdf', '_astro/site.css']);
		expect(checkLinks({ files, pages, base: '/so-x/' })).toEqual([]);
	});

	it('reports a missing page, a missing asset, a missing id and a link out of the sub-path', () => {
		const pages = new Map([
			['index.html', page('<a href="#khong-co">x</a><a href="/so-x/b/">B</a><a href="/">gốc</a><img src="logo.png" alt="">')],
		]);
		const problems = checkLinks({ files: new Set(['index.html']), pages, base: '/so-x/' });
		expect(formatProblems(problems).split('\n')).toEqual([
			'index.html: <link href="/so-x/_astro/site.css"> không có tệp tương ứng trong thư mục đầu ra',
			'index.html: <a href="#khong-co"> trang đích không có id "khong-co"',
			'index.html: <a href="/so-x/b/"> không có tệp tương ứng trong thư mục đầu ra',
			'index.html: <a href="/"> ra ngoài đường dẫn gốc /so-x/',
			'index.html: <img src="logo.png"> không có tệp tương ứng trong thư mục đầu ra',
		]);
	});
});
