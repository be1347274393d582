import { describe, expect, it } from 'vitest';
import {
	agencyPath,
	formPath,
	internalPath,
	isPublishableForm,
	objectivesPath,
	policyPath,
	procedurePath,
	sitePath,
} from '../../../src/lib/site/routes.ts';
import { selectAgencies } from '../../../src/lib/site/select.ts';

describe('routes', () => {
	it('builds addresses under the base, ending with a slash', () => {
		expect(sitePath('/')).toBe('/');
		expect(agencyPath('/', 'xa-minh-hoa')).toBe('/xa-minh-hoa/');
		expect(procedurePath('/xa/', 'xa-minh-hoa', 'dang-ky-khai-sinh')).toBe('/xa/xa-minh-hoa/thu-tuc/dang-ky-khai-sinh/');
		expect(internalPath('/xa', 'xa-minh-hoa', 'Đánh giá nội bộ')).toBe('/xa/xa-minh-hoa/noi-bo/danh-gia-noi-bo/');
		expect(policyPath('/', 'so-tu-phap')).toBe('/so-tu-phap/chinh-sach/');
		expect(objectivesPath('/', 'so-tu-phap', 2026)).toBe('/so-tu-phap/muc-tieu/2026/');
	});

	it('gives form files a download address without a trailing slash and never publishes active files', () => {
		expect(formPath('/xa/', 'xa-minh-hoa', 'forms/bm-01.docx')).toBe('/xa/xa-minh-hoa/bieu-mau/bm-01.docx');
		expect(formPath('/', 'xa-minh-hoa', 'forms/mau 01.pdf')).toBe('/xa-minh-hoa/bieu-mau/mau%2001.pdf');
		expect(isPublishableForm('forms/bm-01.docx')).toBe(true);
		expect(isPublishableForm('forms/bm-01.html')).toBe(false);
		expect(isPublishableForm('forms/logo.SVG')).toBe(false);
	});
});

describe('selectAgencies', () => {
	const all = [{ id: 'so-tu-phap' }, { id: 'xa-minh-hoa' }];
	it('keeps every agency for the portal and one for a single-agency build', () => {
		expect(selectAgencies(all, undefined)).toEqual(all);
		expect(selectAgencies(all, '')).toEqual(all);
		expect(selectAgencies(all, 'xa-minh-hoa')).toEqual([{ id: 'xa-minh-hoa' }]);
	});

	it('names the known agencies when asked for an unknown one', () => {
		expect(() => selectAgencies(all, 'xa-khac')).toThrow(
			'Không có cơ quan "xa-khac" trong nội dung. Các mã cơ quan: so-tu-phap, xa-minh-hoa.',
		);
	});
});
