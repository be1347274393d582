import type { AgencyLevel } from '../../../schemas/agency.ts';
import type { DossierItem, Method } from '../../../schemas/procedure.ts';
import type { TthcEntry, TthcLevel } from '../../../schemas/tthc.ts';

/** How a citizen may submit, as the portal words it. */
export const METHOD_LABELS: Record<Method, string> = {
	'truc-tiep': 'Nộp trực tiếp',
	'truc-tuyen': 'Nộp trực tuyến',
	'buu-chinh': 'Qua bưu chính công ích',
};

/** The same methods in a phrase after a fee: "8.000 đồng khi nộp trực tiếp". */
export const METHOD_PHRASES: Record<Method, string> = {
	'truc-tiep': 'khi nộp trực tiếp',
	'truc-tuyen': 'khi nộp trực tuyến',
	'buu-chinh': 'khi nộp qua bưu chính',
};

export const COPY_LABELS: Record<NonNullable<DossierItem['copy']>, string> = {
	'ban-chinh': 'Bản chính',
	'ban-sao': 'Bản sao',
	'ban-sao-chung-thuc': 'Bản sao có chứng thực',
	'ban-chinh-hoac-ban-sao': 'Bản chính hoặc bản sao',
};

/** "bản chính", "bản sao, 02 bản", "02 bản": the kind of copy and count of a paper; empty when neither is stated. */
export function copyWords(item: Pick<DossierItem, 'copy' | 'count'>): string {
	return [item.copy === undefined ? '' : COPY_LABELS[item.copy].toLowerCase(), item.count > 1 ? `${twoDigits(item.count)} bản` : '']
		.filter((part) => part !== '')
		.join(', ');
}

export const LEVEL_LABELS: Record<AgencyLevel, string> = {
	'cap-tinh': 'Cấp tỉnh',
	'so-nganh': 'Sở, ban, ngành',
	'cap-xa': 'Cấp xã',
	'cap-huyen': 'Cấp huyện',
};

/** Headings of the portal's agency groups, in the order they are shown. */
export const LEVEL_GROUPS: ReadonlyArray<{ level: AgencyLevel; heading: string }> = [
	{ level: 'cap-tinh', heading: 'Cấp tỉnh' },
	{ level: 'so-nganh', heading: 'Sở, ban, ngành' },
	{ level: 'cap-xa', heading: 'Xã, phường, đặc khu' },
];

export const ONLINE_LABELS: Record<NonNullable<TthcEntry['online']>, string> = {
	'toan-trinh': 'Dịch vụ công trực tuyến toàn trình',
	'mot-phan': 'Dịch vụ công trực tuyến một phần',
	khong: 'Không có dịch vụ công trực tuyến',
};

export const TTHC_LEVEL_LABELS: Record<TthcLevel, string> = {
	'cap-tinh': 'Cấp tỉnh',
	'cap-xa': 'Cấp xã',
	'cap-bo': 'Cấp bộ',
};

/** What a page says where the document does not state a fact (absent is "not stated", never "none"). */
export const NOT_STATED = 'Chưa có thông tin.';

/** "01", "02": counts of papers and sets are written with two digits in procedures. */
export function twoDigits(value: number): string {
	return value < 10 ? `0${value}` : String(value);
}
