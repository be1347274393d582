import type { MonthStatistics } from '../../../../schemas/statistics.ts';
import { foldVietnamese } from '../../text/slug.ts';

/** A count column of the statistics file. */
export type CountField = Exclude<keyof MonthStatistics, 'month'>;

/** A column of the export that is a sum of others: checked against them, not stored. */
export type SumField = 'receivedTotal' | 'resolvedTotal' | 'pendingTotal';

/** What a column of the export holds. */
export type ColumnMeaning =
	| { kind: 'count'; field: CountField }
	| { kind: 'sum'; field: SumField }
	| { kind: 'agency-id' }
	| { kind: 'agency-name' }
	| { kind: 'month' }
	| { kind: 'ignored' };

/** Words left out before comparing headers: "Số hồ sơ", "Số lượng", "HS" add nothing. */
const FILLER = new Set(['so', 'ho', 'hs', 'luong']);

/** A header as compared: without diacritics (đ → d), lower case, punctuation and filler words removed. */
export function headerKey(header: string): string {
	return foldVietnamese(header.normalize('NFC'))
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word !== '' && !FILLER.has(word))
		.join(' ');
}

const count = (field: CountField, ...names: string[]): Array<[string, ColumnMeaning]> =>
	names.map((name) => [name, { kind: 'count', field }]);
const sum = (field: SumField, ...names: string[]): Array<[string, ColumnMeaning]> => names.map((name) => [name, { kind: 'sum', field }]);
const other = (meaning: ColumnMeaning, ...names: string[]): Array<[string, ColumnMeaning]> => names.map((name) => [name, meaning]);

/**
 * The headers accepted, as the one-stop systems name their columns, one-level or flattened from
 * their two-level headers ("Đã giải quyết - Trước hạn"); compared by `headerKey`, so diacritics,
 * case and punctuation do not matter. The README lists them.
 */
export const COLUMN_ALIASES: ReadonlyMap<string, ColumnMeaning> = new Map(
	[
		...count('receivedOnline', 'Tiếp nhận trực tuyến', 'Trực tuyến', 'Nộp trực tuyến', 'Tiếp nhận mới trực tuyến'),
		...count('receivedInPerson', 'Tiếp nhận trực tiếp', 'Trực tiếp', 'Nộp trực tiếp', 'Tiếp nhận mới trực tiếp'),
		...count(
			'receivedByPost',
			'Tiếp nhận qua bưu chính',
			'Tiếp nhận bưu chính',
			'Bưu chính',
			'Qua bưu chính',
			'Bưu chính công ích',
			'Qua dịch vụ bưu chính công ích',
			'Tiếp nhận qua dịch vụ bưu chính công ích',
		),
		...count(
			'carriedOver',
			'Kỳ trước chuyển qua',
			'Kỳ trước chuyển sang',
			'Từ kỳ trước',
			'Tồn kỳ trước',
			'Kỳ trước',
			'Tiếp nhận từ kỳ trước',
		),
		...count(
			'resolvedEarly',
			'Đã giải quyết trước hạn',
			'Giải quyết trước hạn',
			'Trước hạn',
			'Trả trước hạn',
			'Đã giải quyết - Trả trước hạn',
		),
		...count(
			'resolvedOnTime',
			'Đã giải quyết đúng hạn',
			'Giải quyết đúng hạn',
			'Đúng hạn',
			'Trả đúng hạn',
			'Trả đúng thời hạn',
			'Đúng thời hạn',
			'Đã giải quyết - Trả đúng hạn',
		),
		...count('resolvedLate', 'Đã giải quyết quá hạn', 'Giải quyết quá hạn', 'Trả quá hạn', 'Đã giải quyết - Trả quá hạn'),
		...count(
			'pendingWithinTime',
			'Đang giải quyết trong hạn',
			'Đang giải quyết chưa đến hạn',
			'Trong hạn',
			'Chưa đến hạn',
			'Đang xử lý trong hạn',
			'Đang xử lý chưa đến hạn',
		),
		...count('pendingOverdue', 'Đang giải quyết quá hạn', 'Đang xử lý quá hạn'),
		...count('returned', 'Trả lại', 'Bị trả lại', 'Hoàn trả', 'Trả lại hồ sơ'),
		...count('withdrawn', 'Rút hồ sơ', 'Rút', 'Đã rút', 'Công dân rút', 'Xin rút', 'Công dân, tổ chức rút'),
		...sum('receivedTotal', 'Tổng tiếp nhận', 'Tổng số tiếp nhận', 'Tiếp nhận trong kỳ', 'Tiếp nhận - Tổng số', 'Tiếp nhận mới'),
		...sum('resolvedTotal', 'Đã giải quyết', 'Tổng số đã giải quyết', 'Đã giải quyết - Tổng số', 'Tổng đã giải quyết'),
		...sum('pendingTotal', 'Đang giải quyết', 'Tổng số đang giải quyết', 'Đang giải quyết - Tổng số', 'Tổng đang giải quyết'),
		...other({ kind: 'agency-id' }, 'Mã đơn vị', 'Mã cơ quan'),
		...other({ kind: 'agency-name' }, 'Đơn vị', 'Tên đơn vị', 'Cơ quan', 'Tên cơ quan', 'Cơ quan, đơn vị'),
		...other({ kind: 'month' }, 'Tháng', 'Kỳ báo cáo', 'Kỳ', 'Tháng báo cáo'),
		...other(
			{ kind: 'ignored' },
			'STT',
			'TT',
			'Số thứ tự',
			'Tỷ lệ đúng hạn',
			'Tỉ lệ đúng hạn',
			'Tỷ lệ giải quyết đúng hạn',
			'Tỉ lệ giải quyết đúng hạn',
			'Tỷ lệ trước hạn, đúng hạn',
			'Ghi chú',
		),
	].map(([name, meaning]) => [headerKey(name), meaning]),
);

/** Headers that name two columns at once, with what to write instead. */
const AMBIGUOUS: ReadonlyMap<string, string> = new Map([[headerKey('Quá hạn'), '"Đã giải quyết quá hạn" hoặc "Đang giải quyết quá hạn"']]);

/** The meaning of each header, or the message for a header not understood (column numbers from 1). */
export function mapColumns(headers: readonly string[]): { meanings: Array<ColumnMeaning | undefined>; problems: string[] } {
	const problems: string[] = [];
	const seen = new Map<string, number>();
	const meanings = headers.map((header, index) => {
		const key = headerKey(header);
		const meaning = COLUMN_ALIASES.get(key);
		const column = index + 1;
		if (meaning === undefined) {
			const instead = AMBIGUOUS.get(key);
			problems.push(
				instead === undefined
					? `cột ${column} "${header.trim()}" không phải cột nào của báo cáo số liệu hồ sơ (xem bảng tên cột trong README)`
					: `cột ${column} "${header.trim()}" không rõ là hồ sơ đã giải quyết hay đang giải quyết: đặt tên ${instead}`,
			);
			return undefined;
		}
		const id = meaning.kind === 'count' || meaning.kind === 'sum' ? meaning.field : meaning.kind;
		const first = seen.get(id);
		if (first !== undefined && meaning.kind !== 'ignored')
			problems.push(`cột ${column} "${header.trim()}" trùng nội dung với cột ${first}`);
		seen.set(id, column);
		return meaning;
	});
	return { meanings, problems };
}
