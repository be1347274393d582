import { describe, expect, it } from 'vitest';
import { compareIndexPath, comparePath, issuePath, pairParam, parsePairParam } from '../../../src/lib/versions-view/paths.ts';

describe('addresses of issues and comparisons', () => {
	it('puts them under the document page', () => {
		expect([issuePath('/xa/chinh-sach/', 2), compareIndexPath('/xa/chinh-sach/'), comparePath('/xa/chinh-sach/', 1, 3)]).toEqual([
			'/xa/chinh-sach/lan-2/',
			'/xa/chinh-sach/so-sanh/',
			'/xa/chinh-sach/so-sanh/1-3/',
		]);
	});

	it('reads back the pair it writes and nothing else', () => {
		expect(parsePairParam(pairParam(2, 10))).toEqual([2, 10]);
		expect([parsePairParam('2-'), parsePairParam('a-b'), parsePairParam('1-2-3')]).toEqual([undefined, undefined, undefined]);
	});
});
