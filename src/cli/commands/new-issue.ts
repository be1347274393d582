import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { ParagraphSchema, TextSchema } from '../../../schemas/common.ts';
import { formatFindingsText } from '../../lib/findings/format.ts';
import { raiseIssue, type NewIssueRequest } from '../../lib/new-issue/raise.ts';
import { formatDateVi, todayInVietnam } from '../../lib/text/dates.ts';
import { UsageError, type CliDeps } from '../io.ts';
import { dateFlag, resolveContentDir } from '../options.ts';

export const NEW_ISSUE_HELP = `qms new-issue <tệp.md> --part "phần sửa đổi" --change "nội dung sửa đổi" [--date YYYY-MM-DD] [--effective YYYY-MM-DD] [--content thư-mục]
  Chuyển một tài liệu được kiểm soát (chính sách, mục tiêu, quy trình TTHC, quy trình nội bộ) sang
  lần ban hành tiếp theo: tăng "issue", ghi ngày ban hành (--date, mặc định hôm nay) và ngày hiệu lực
  (--effective, mặc định bằng ngày ban hành), thêm dòng vào bảng theo dõi sửa đổi. Chỉ sửa các dòng đó;
  chú thích, thứ tự trường, nội dung Markdown giữ nguyên. Lần ban hành mới phải được phê duyệt lại.`;

/** `qms new-issue`: raises one controlled document to its next issue, in place, all or nothing. */
export async function runNewIssue(args: string[], deps: CliDeps): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: {
			part: { type: 'string' },
			change: { type: 'string' },
			date: { type: 'string' },
			effective: { type: 'string' },
			content: { type: 'string' },
		},
	});
	const shown = positionals[0];
	if (shown === undefined)
		throw new UsageError(
			'Ghi tệp tài liệu cần ban hành lại, ví dụ: qms new-issue content/agencies/so-tu-phap/procedures/cap-phieu-ly-lich-tu-phap.md --part "Mục 5.4 Thời hạn giải quyết" --change "Giảm thời hạn từ 15 xuống 10 ngày làm việc".',
		);
	const request = readRequest(values, deps.now());
	const root = await resolveContentDir(deps.cwd, values.content ?? 'content');
	const target = resolve(deps.cwd, shown);
	const path = relative(root, target).split(sep).join('/');
	if (path.startsWith('../') || isAbsolute(path))
		throw new UsageError(
			`Tệp "${shown}" không nằm trong thư mục nội dung "${values.content ?? 'content'}". Ghi đường dẫn tới tài liệu trong thư mục đó, hoặc chọn thư mục bằng --content.`,
		);
	const text = await readDocumentFile(target, shown);
	const result = raiseIssue(path, text, request);
	if (!result.ok && result.problem === 'invalid') {
		deps.stderr(formatFindingsText(result.findings, `${relative(deps.cwd, root) || '.'}/`));
		deps.stderr(`Không ghi gì vào ${shown}. Sửa các lỗi trên rồi chạy lại lệnh.`);
		return 1;
	}
	if (!result.ok && result.problem === 'layout') {
		deps.stderr(`${result.message} Không ghi gì vào ${shown}.`);
		return 1;
	}
	if (!result.ok) throw new UsageError(result.message);
	await replaceFile(target, result.text, shown);
	const { before, after } = result;
	deps.stdout(
		`Đã nâng lần ban hành của ${shown} (${after.code}) từ ${before.issue} lên ${after.issue}: ngày ban hành ${formatDateVi(after.issued)}, ngày hiệu lực ${formatDateVi(after.effective)}; đã thêm dòng theo dõi sửa đổi lần ${after.issue} (${request.part}).`,
	);
	deps.stdout(
		`Lần ban hành ${after.issue} phải được phê duyệt lại trước khi công bố: người phê duyệt (approved) đang ghi ${after.approved.name}, ${after.approved.title}; sửa "approved", "reviewed", "drafted" nếu người ký lần này khác.`,
	);
	deps.stdout('Sửa nội dung tài liệu theo thay đổi, chạy "qms validate" rồi tạo commit.');
	return 0;
}

/** The dates and the revision row's texts from the options, checked as the schema checks them. */
function readRequest(values: { part?: string; change?: string; date?: string; effective?: string }, now: Date): NewIssueRequest {
	const part = values.part === undefined ? undefined : TextSchema.safeParse(values.part.normalize('NFC'));
	if (part?.success !== true)
		throw new UsageError(
			`Ghi phần được sửa đổi bằng --part${part === undefined ? '' : ` (${part.error.issues[0]?.message ?? ''})`}, ví dụ --part "Mục 5.4 Thời hạn giải quyết" (cả tài liệu: --part "Toàn bộ").`,
		);
	const description =
		values.change === undefined ? undefined : ParagraphSchema.safeParse(values.change.normalize('NFC').replaceAll('\r\n', '\n'));
	if (description?.success !== true)
		throw new UsageError(
			`Ghi tóm tắt nội dung sửa đổi bằng --change${description === undefined ? '' : ` (${description.error.issues[0]?.message ?? ''})`}, ví dụ --change "Giảm thời hạn giải quyết từ 15 xuống 10 ngày làm việc theo Nghị định 118/2025/NĐ-CP".`,
		);
	const issued = values.date === undefined ? todayInVietnam(now) : dateFlag('--date', values.date, '2026-05-04');
	const effective = values.effective === undefined ? issued : dateFlag('--effective', values.effective, issued);
	return { issued, effective, part: part.data, description: description.data };
}

async function readDocumentFile(path: string, shown: string): Promise<string> {
	const info = await stat(path).catch(() => undefined);
	const text = info?.isFile() === true ? await readFile(path, 'utf8').catch(() => undefined) : undefined;
	if (text === undefined) throw new UsageError(`Không đọc được tệp "${shown}". Kiểm tra đường dẫn (tính từ thư mục đang đứng).`);
	return text;
}

/** Writes beside the file, then moves it in, so a failed write never leaves the document half-written. */
async function replaceFile(path: string, text: string, shown: string): Promise<void> {
	const temporary = `${path}.${process.pid}.tmp`;
	try {
		await writeFile(temporary, text, { mode: (await stat(path)).mode });
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, { force: true }).catch(() => undefined);
		throw new UsageError(
			`Không ghi được ${shown} (${(error as NodeJS.ErrnoException).code ?? 'lỗi ghi tệp'}); tệp vẫn như cũ. Kiểm tra quyền ghi và dung lượng đĩa rồi chạy lại.`,
		);
	}
}
