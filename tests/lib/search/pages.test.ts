import { describe, expect, it } from 'vitest';
import { indexedPage, searchDocumentsFirst, separateBlocks } from '../../../src/lib/search/pages.ts';

describe('indexedPage', () => {
	it('skips a page that does not carry the search marker', () => {
		expect(indexedPage('/', '<main><h1>Đăng ký</h1></main>')).toBeUndefined();
		expect(indexedPage('/', '<main data-qms-search-form><h1>Đăng ký</h1></main>')).toBeUndefined();
	});

	it('hands over only the main element of a marked page', () => {
		expect(
			indexedPage(
				'/a/',
				'<html><head><title>T</title></head><body><header>Đầu</header><main data-qms-search="x"><p>Đất</p></main><footer>Cuối</footer></body></html>',
			),
		).toEqual({
			url: '/a/',
			content: '<main data-qms-search="x"><p>D\u0335ất</p> </main>',
		});
	});

	it('encodes a marked page for the index and gives its address', () => {
		expect(indexedPage('/a/', '<main><div hidden data-qms-search="procedure"></div><h1>Đăng ký đất</h1></main>')).toEqual({
			url: '/a/',
			content: '<main><div hidden data-qms-search="procedure"></div> <h1>D\u0335ăng ký d\u0335ất</h1> </main>',
		});
	});
});

describe('separateBlocks', () => {
	it('puts a space after table cells, items and paragraphs, not inside inline text', () => {
		expect(separateBlocks('<tr><th>STT</th><th>Tên</th></tr><li>a</li><p>b<br>c</p><strong>Đ</strong><em>ăng</em>')).toBe(
			'<tr><th>STT</th> <th>Tên</th> </tr><li>a</li> <p>b<br> c</p> <strong>Đ</strong><em>ăng</em>',
		);
	});
});

describe('searchDocumentsFirst', () => {
	it('puts the pages of search-document routes first, keeping the order within each group', () => {
		const path = (pathname: string, component: string) => ({ pathname, route: { component } });
		const paths = [
			path('/a/thu-tuc/x/lan-1/', 'src/pages/[agency]/[...document]/lan-[issue].astro'),
			path('/a/thu-tuc/x/', 'src/pages/[agency]/[...document].astro'),
			path('/a/', 'src/pages/[agency]/index.astro'),
			path('/a/chinh-sach/', 'src/pages/[agency]/[...document].astro'),
			path('/a/noi-bo/y/so-sanh/', 'src/pages/[agency]/[...document]/so-sanh/index.astro'),
			path('/a/muc-tieu/2026/', 'src/pages/[agency]/[...document].astro'),
			path('/a/noi-bo/y/', 'src/pages/[agency]/[...document].astro'),
		];
		expect(searchDocumentsFirst(paths).map((entry) => entry.pathname)).toEqual([
			'/a/thu-tuc/x/',
			'/a/chinh-sach/',
			'/a/muc-tieu/2026/',
			'/a/noi-bo/y/',
			'/a/thu-tuc/x/lan-1/',
			'/a/',
			'/a/noi-bo/y/so-sanh/',
		]);
	});
});
