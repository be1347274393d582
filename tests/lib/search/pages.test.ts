import { describe, expect, it } from 'vitest';
import { indexedPage, pageUrl, separateBlocks } from '../../../src/lib/search/pages.ts';

describe('pageUrl', () => {
	it('drops index.html and keeps the folder slash', () => {
		expect(pageUrl('phuong-a/thu-tuc/dang-ky/index.html')).toBe('/phuong-a/thu-tuc/dang-ky/');
		expect(pageUrl('index.html')).toBe('/');
		expect(pageUrl('404.html')).toBe('/404.html');
		expect(pageUrl('a\\b\\index.html')).toBe('/a/b/');
	});
});

describe('indexedPage', () => {
	it('skips a page that does not carry the search marker', () => {
		expect(indexedPage('index.html', '<main><h1>Đăng ký</h1></main>')).toBeUndefined();
		expect(indexedPage('index.html', '<main data-qms-search-form><h1>Đăng ký</h1></main>')).toBeUndefined();
	});

	it('encodes a marked page for the index and gives its address', () => {
		expect(indexedPage('a/index.html', '<main><div hidden data-qms-search="procedure"></div><h1>Đăng ký đất</h1></main>')).toEqual({
			url: '/a/',
			content: '<main><div hidden data-qms-search="procedure"></div> <h1>D\u0335ăng ký d\u0335ất</h1> </main>',
		});
	});
});

describe('separateBlocks', () => {
	it('puts a space after table cells, items and paragraphs, not inside inline text', () => {
		expect(separateBlocks('<tr><th>STT</th><th>Tên</th></tr><li>a</li><p>b<br>c</p><strong>Đ</strong><em>ăng</em>')).toBe('<tr><th>STT</th> <th>Tên</th> </tr><li>a</li> <p>b<br> c</p> <strong>Đ</strong><em>ăng</em>');
	});
});
