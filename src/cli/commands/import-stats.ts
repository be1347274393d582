import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { StatisticsSchema, type MonthStatistics, type Statistics } from '../../../schemas/statistics.ts';
import type { AgencyFolder } from '../../lib/load/corpus.ts';
import { parseCsv } from '../../lib/statistics/import/csv.ts';
import { importRows, parseMonth, type ImportedMonth } from '../../lib/statistics/import/rows.ts';
import { leadingComments, renderStatistics } from '../../lib/statistics/yaml.ts';
import { UsageError, type CliDeps } from '../io.ts';
import { resolveContentDir } from '../options.ts';

export const IMPORT_STATS_HELP = `qms import-stats <tệp.csv> [--content thư-mục] [--agency mã] [--month YYYY-MM]
  Nhập số liệu hồ sơ TTHC từ tệp CSV xuất từ Hệ thống thông tin giải quyết TTHC của tỉnh vào
  agencies/<mã>/statistics/<năm>.yaml (mỗi dòng một đơn vị trong một tháng). Nhận dấu phẩy hoặc
  chấm phẩy, tên cột có dấu hoặc không dấu; --agency, --month dùng khi tệp không có cột đơn vị,
  cột tháng. Có dòng sai thì báo từng dòng và không ghi tệp nào.`;

/** One statistics file to write: where, what, and which months are new or replaced. */
interface Planned {
	file: string;
	text: string;
	added: number[];
	replaced: number[];
}

/** `qms import-stats`: the one-stop system's CSV export into the agencies' statistics files, all or nothing. */
export async function runImportStats(args: string[], deps: CliDeps): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { content: { type: 'string' }, agency: { type: 'string' }, month: { type: 'string' } },
	});
	const csvPath = positionals[0];
	if (csvPath === undefined) throw new UsageError('Ghi tệp CSV cần nhập, ví dụ: qms import-stats bao-cao-thang-06.csv');
	const month = values.month === undefined ? undefined : parseMonth(values.month);
	if (values.month !== undefined && month === undefined)
		throw new UsageError(`--month "${values.month}" không hợp lệ. Ghi theo dạng YYYY-MM, ví dụ --month 2026-06.`);
	const root = await resolveContentDir(deps.cwd, values.content ?? 'content');
	const text = await readCsv(join(deps.cwd, csvPath), csvPath);
	const corpus = await deps.loadCorpus(root);
	const folders = corpus.agencies.filter((folder) => folder.agency !== undefined);
	if (values.agency !== undefined && !folders.some((folder) => folder.id === values.agency))
		throw new UsageError(
			`--agency "${values.agency}" không có trong thư mục agencies/ (cần agencies/${values.agency}/agency.yaml hợp lệ).`,
		);
	const agencies = folders.map((folder) => ({
		id: folder.id,
		name: folder.agency?.data.name ?? folder.id,
		shortName: folder.agency?.data.shortName,
	}));
	const imported = importRows(parseCsv(text), agencies, { agency: values.agency, month });
	const planned = imported.problems.length > 0 ? { problems: imported.problems } : plan(imported.months, folders);
	if ('problems' in planned) {
		for (const problem of planned.problems) deps.stderr(problem);
		deps.stderr(
			`Không ghi tệp nào: sửa ${planned.problems.length === 1 ? 'lỗi' : `${planned.problems.length} lỗi`} trên trong ${csvPath} rồi chạy lại.`,
		);
		return 1;
	}
	await writeAll(root, planned.files);
	for (const file of planned.files) deps.stdout(`Đã ghi ${file.file}: ${describe(file)}.`);
	deps.stdout('Chạy "qms validate" để kiểm tra số liệu cân đối giữa các tháng.');
	return 0;
}

async function readCsv(path: string, shown: string): Promise<string> {
	const bytes = await readFile(path).catch(() => undefined);
	if (bytes === undefined) throw new UsageError(`Không đọc được tệp "${shown}". Kiểm tra đường dẫn.`);
	const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
	if (text.includes('\uFFFD'))
		throw new UsageError(
			`Tệp "${shown}" không phải văn bản UTF-8 (thường do lưu bằng Excel với bảng mã khác). Mở tệp, chọn "Lưu thành" → "CSV UTF-8" rồi nhập lại.`,
		);
	return text;
}

function describe(file: Planned): string {
	const parts = [
		...(file.added.length > 0 ? [`thêm tháng ${file.added.join(', ')}`] : []),
		...(file.replaced.length > 0 ? [`thay số liệu tháng ${file.replaced.join(', ')}`] : []),
	];
	return parts.join('; ');
}

/** The files to write, each month merged into the agency's file of its year; or why a file cannot be. */
function plan(months: readonly ImportedMonth[], folders: readonly AgencyFolder[]): { files: Planned[] } | { problems: string[] } {
	const groups = new Map<string, ImportedMonth[]>();
	for (const item of months) {
		const file = `agencies/${item.agency}/statistics/${item.year}.yaml`;
		groups.set(file, [...(groups.get(file) ?? []), item]);
	}
	const files: Planned[] = [];
	const problems: string[] = [];
	for (const [file, items] of groups) {
		const folder = folders.find((candidate) => candidate.id === items[0]?.agency);
		const existing = folder?.statistics.find((doc) => doc.file === file);
		if (existing === undefined && folder?.invalid.some((item) => item.file === file) === true) {
			problems.push(`Tệp ${file} đang có lỗi nên không ghép thêm được số liệu. Chạy "qms validate", sửa tệp đó rồi nhập lại.`);
			continue;
		}
		const byMonth = new Map<number, MonthStatistics>((existing?.data.months ?? []).map((entry) => [entry.month, entry]));
		const replaced = items.filter((item) => byMonth.has(item.entry.month)).map((item) => item.entry.month);
		for (const item of items) byMonth.set(item.entry.month, item.entry);
		const data: Statistics = StatisticsSchema.parse({ year: items[0]?.year, months: [...byMonth.values()] });
		const comments = existing === undefined ? [] : leadingComments(existing.source.text);
		files.push({
			file,
			text: renderStatistics(data, comments),
			added: items
				.map((item) => item.entry.month)
				.filter((month) => !replaced.includes(month))
				.sort((a, b) => a - b),
			replaced: replaced.sort((a, b) => a - b),
		});
	}
	return problems.length > 0 ? { problems } : { files };
}

/**
 * Writes every file beside its place first, then moves each in, so that a failure while writing
 * (a full disk, a read-only folder) leaves no statistics file half-written and no stray copy.
 */
async function writeAll(root: string, files: readonly Planned[]): Promise<void> {
	const staged: Array<[string, string]> = [];
	try {
		for (const file of files) {
			const target = join(root, file.file);
			await mkdir(dirname(target), { recursive: true });
			const temporary = `${target}.${process.pid}.tmp`;
			staged.push([temporary, target]);
			await writeFile(temporary, file.text);
		}
	} catch (error) {
		await Promise.all(staged.map(([temporary]) => rm(temporary, { force: true }).catch(() => undefined)));
		throw new UsageError(
			`Không ghi được số liệu vào thư mục nội dung (${(error as NodeJS.ErrnoException).code ?? 'lỗi ghi tệp'}); chưa tệp nào bị thay đổi. Kiểm tra quyền ghi và dung lượng đĩa rồi chạy lại.`,
		);
	}
	for (const [temporary, target] of staged) await rename(temporary, target);
}
