import type { MonthStatistics } from '../../../../schemas/statistics.ts';
import { foldVietnamese } from '../../text/slug.ts';
import type { CsvRow } from './csv.ts';
import { mapColumns, type ColumnMeaning, type CountField, type SumField } from './columns.ts';

/** An agency the rows may name, by id, name or short name. */
export interface KnownAgency {
	id: string;
	name: string;
	shortName?: string | undefined;
}

/** One month of one agency, read from one row. */
export interface ImportedMonth {
	agency: string;
	year: number;
	entry: MonthStatistics;
	line: number;
}

export interface ImportDefaults {
	/** The agency of rows without an agency column (`--agency`). */
	agency?: string | undefined;
	/** The month of rows without a month column (`--month YYYY-MM`). */
	month?: string | undefined;
}

/** What the rows hold, or the problems found: one message per bad line, `Dòng 5: …`. */
export type ImportResult = { months: ImportedMonth[]; problems: [] } | { months: []; problems: string[] };

const COUNT_LABELS: Record<CountField, string> = {
	receivedOnline: 'Tiếp nhận trực tuyến',
	receivedInPerson: 'Tiếp nhận trực tiếp',
	receivedByPost: 'Tiếp nhận qua bưu chính',
	carriedOver: 'Kỳ trước chuyển qua',
	resolvedEarly: 'Đã giải quyết trước hạn',
	resolvedOnTime: 'Đã giải quyết đúng hạn',
	resolvedLate: 'Đã giải quyết quá hạn',
	pendingWithinTime: 'Đang giải quyết trong hạn',
	pendingOverdue: 'Đang giải quyết quá hạn',
	returned: 'Trả lại',
	withdrawn: 'Rút hồ sơ',
};

const SUMS: Record<SumField, { label: string; parts: CountField[] }> = {
	receivedTotal: { label: 'tiếp nhận trực tuyến + trực tiếp + bưu chính', parts: ['receivedOnline', 'receivedInPerson', 'receivedByPost'] },
	resolvedTotal: { label: 'trước hạn + đúng hạn + quá hạn', parts: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'] },
	pendingTotal: { label: 'trong hạn + quá hạn', parts: ['pendingWithinTime', 'pendingOverdue'] },
};

/** A count as exports write it: 12000, 12.000, 12,000 or 12 000; an empty cell is 0. */
export function parseCount(text: string): number | undefined {
	const value = text.trim().replace(/\u00a0/g, ' ');
	if (value === '') return 0;
	if (/^\d+$/.test(value)) return Number(value);
	if (/^\d{1,3}([., ]\d{3})+$/.test(value) && new Set(value.replace(/\d/g, '')).size === 1) return Number(value.replace(/\D/g, ''));
	return undefined;
}

/** A month as exports write it: 2026-06, 06/2026, 6/2026, Tháng 6/2026, T6/2026, 06-2026. */
export function parseMonth(text: string): string | undefined {
	const value = foldVietnamese(text.trim())
		.toLowerCase()
		.replace(/^(thang|t)\s*/, '');
	const iso = /^(\d{4})-(\d{1,2})$/.exec(value);
	const vi = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(value);
	const [year, month] = iso !== null ? [iso[1], iso[2]] : vi !== null ? [vi[2], vi[1]] : [undefined, undefined];
	if (year === undefined || month === undefined || Number(month) < 1 || Number(month) > 12) return undefined;
	return `${year}-${month.padStart(2, '0')}`;
}

/** A row naming a total ("Tổng cộng", "Cộng") rather than an agency: the export's last line. */
function isTotalRow(cells: readonly string[], meanings: ReadonlyArray<ColumnMeaning | undefined>): boolean {
	return cells.some(
		(cell, index) =>
			(meanings[index]?.kind === 'agency-name' || meanings[index]?.kind === 'ignored') &&
			/^(tong cong|tong so|tong|cong)$/.test(foldVietnamese(cell.trim()).toLowerCase()),
	);
}

function findAgency(agencies: readonly KnownAgency[], name: string): KnownAgency | undefined {
	const key = (text: string): string => foldVietnamese(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
	return agencies.find(
		(agency) => key(agency.name) === key(name) || (agency.shortName !== undefined && key(agency.shortName) === key(name)),
	);
}

/**
 * Reads the rows of the one-stop system's export, the first being the header: every column must
 * be understood, every line must name a known agency and a month and hold whole counts, and each
 * agency's month may appear once. Problems are returned, never thrown, so that one run lists them all.
 */
export function importRows(rows: readonly CsvRow[], agencies: readonly KnownAgency[], defaults: ImportDefaults = {}): ImportResult {
	const [header, ...body] = rows;
	if (header === undefined) return { months: [], problems: ['Tệp CSV trống: cần một dòng tiêu đề và ít nhất một dòng số liệu.'] };
	const { meanings, problems: headerProblems } = mapColumns(header.cells);
	const problems = headerProblems.length > 0 ? [`Dòng ${header.line}: ${headerProblems.join('; ')}.`] : [];
	const has = (kind: ColumnMeaning['kind']): boolean => meanings.some((meaning) => meaning?.kind === kind);
	if (!has('agency-id') && !has('agency-name') && defaults.agency === undefined)
		problems.push(`Dòng ${header.line}: không có cột "Mã đơn vị" hoặc "Tên đơn vị"; thêm cột đó, hoặc ghi --agency <mã cơ quan>.`);
	if (!has('month') && defaults.month === undefined)
		problems.push(`Dòng ${header.line}: không có cột "Tháng"; thêm cột đó, hoặc ghi --month YYYY-MM.`);
	if (problems.length > 0) return { months: [], problems };

	const months: ImportedMonth[] = [];
	const seen = new Map<string, number>();
	for (const row of body) {
		if (isTotalRow(row.cells, meanings)) continue;
		const result = readRow(row, meanings, agencies, defaults);
		if (typeof result === 'string') {
			problems.push(`Dòng ${row.line}: ${result}.`);
			continue;
		}
		const key = `${result.agency} ${result.year}-${result.entry.month}`;
		const first = seen.get(key);
		if (first !== undefined)
			problems.push(`Dòng ${row.line}: số liệu tháng ${result.entry.month}/${result.year} của ${result.agency} đã có ở dòng ${first}.`);
		else seen.set(key, row.line);
		months.push(result);
	}
	if (problems.length > 0) return { months: [], problems };
	if (months.length === 0) return { months: [], problems: ['Tệp CSV không có dòng số liệu nào dưới dòng tiêu đề.'] };
	return { months, problems: [] };
}

/** One row as a month of one agency, or what is wrong with it (every problem of the row, in one sentence). */
function readRow(
	row: CsvRow,
	meanings: ReadonlyArray<ColumnMeaning | undefined>,
	agencies: readonly KnownAgency[],
	defaults: ImportDefaults,
): ImportedMonth | string {
	const wrong: string[] = [];
	const counts: Partial<Record<CountField, number>> = {};
	const sums: Array<[SumField, number]> = [];
	let agency = defaults.agency;
	let month = defaults.month;
	if (row.cells.length > meanings.length && row.cells.slice(meanings.length).some((cell) => cell.trim() !== ''))
		wrong.push(`có ${row.cells.length} ô, nhiều hơn ${meanings.length} cột của dòng tiêu đề`);
	meanings.forEach((meaning, index) => {
		const cell = (row.cells[index] ?? '').trim();
		if (meaning === undefined || meaning.kind === 'ignored') return;
		if (meaning.kind === 'agency-id') {
			if (agencies.some((known) => known.id === cell)) agency = cell;
			else wrong.push(`mã đơn vị "${cell}" không có trong thư mục agencies/`);
		} else if (meaning.kind === 'agency-name') {
			if (meanings.some((other) => other?.kind === 'agency-id')) return;
			const found = findAgency(agencies, cell);
			if (found !== undefined) agency = found.id;
			else wrong.push(`đơn vị "${cell}" không trùng tên cơ quan nào trong agency.yaml (ghi đúng tên, hoặc thêm cột "Mã đơn vị")`);
		} else if (meaning.kind === 'month') {
			const parsed = parseMonth(cell);
			if (parsed === undefined) wrong.push(`tháng "${cell}" không đọc được (ghi 06/2026 hoặc 2026-06)`);
			else month = parsed;
		} else {
			const value = parseCount(cell);
			const label = meaning.kind === 'count' ? COUNT_LABELS[meaning.field] : `cột ${index + 1}`;
			if (value === undefined) wrong.push(`"${label}" là "${cell}", không phải số hồ sơ (số nguyên không âm, ví dụ 12.000)`);
			else if (meaning.kind === 'count') counts[meaning.field] = value;
			else sums.push([meaning.field, value]);
		}
	});
	for (const [field, value] of sums) {
		const { label, parts } = SUMS[field];
		const total = parts.reduce((sum, part) => sum + (counts[part] ?? 0), 0);
		if (parts.every((part) => counts[part] !== undefined) && total !== value) wrong.push(`tổng ${value} khác ${label} = ${total}`);
	}
	if (wrong.length > 0) return wrong.join('; ');
	if (agency === undefined || month === undefined) return 'thiếu đơn vị hoặc tháng';
	const entry = { month: Number(month.slice(5, 7)) } as MonthStatistics;
	for (const field of Object.keys(COUNT_LABELS) as CountField[]) entry[field] = counts[field] ?? 0;
	return { agency, year: Number(month.slice(0, 4)), entry, line: row.line };
}
