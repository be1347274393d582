import { describe, expect, it } from 'vitest';
import { decodeFromIndex, encodeForIndex, encodeQuery } from '../../../src/lib/search/fold.ts';

/** Pagefind 1.6's own word normalisation (pagefind.js `normalizeDiacritics`), applied after ours. */
const pagefindFold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

describe('encodeForIndex', () => {
	it('writes đ and Đ as d and D followed by a combining short stroke', () => {
		expect(encodeForIndex('Đăng ký đất đai')).toBe('D\u0335ăng ký d\u0335ất d\u0335ai');
	});

	it('leaves text without đ unchanged, in NFC', () => {
		expect(encodeForIndex('hộ kinh doanh'.normalize('NFD'))).toBe('hộ kinh doanh');
	});
});

describe('encodeQuery', () => {
	it('gives the same string for a query typed in NFD and in NFC', () => {
		const nfc = 'Đăng ký hộ kinh doanh';
		expect(encodeQuery(nfc.normalize('NFD'))).toBe(encodeQuery(nfc));
	});

	it('collapses spaces and trims', () => {
		expect(encodeQuery('  dat \t dai ')).toBe('dat dai');
	});

	it('meets the indexed word once Pagefind strips marks, with and without diacritics typed', () => {
		const indexed = encodeForIndex('Đăng ký hộ kinh doanh đất đai').split(' ').map(pagefindFold);
		for (const query of [
			'dang ky ho kinh doanh dat dai',
			'Đăng ký hộ kinh doanh đất đai',
			'ĐĂNG KÝ HỘ KINH DOANH ĐẤT ĐAI',
			'đăng ký hộ kinh doanh đất đai'.normalize('NFD'),
		]) {
			expect(encodeQuery(query).split(' ').map(pagefindFold)).toEqual(indexed);
		}
	});
});

describe('decodeFromIndex', () => {
	it('restores đ and Đ from what the index returns', () => {
		expect(decodeFromIndex(encodeForIndex('Đăng ký đất đai, Đông Tiến'))).toBe('Đăng ký đất đai, Đông Tiến');
	});

	it('keeps a plain d', () => {
		expect(decodeFromIndex('doanh dân')).toBe('doanh dân');
	});
});
