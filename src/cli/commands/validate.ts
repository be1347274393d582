import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { countBySeverity, type Finding } from '../../lib/findings/finding.ts';
import { formatFindingsJson, formatFindingsText } from '../../lib/findings/format.ts';
import { changedFiles } from '../../lib/history/changed-files.ts';
import { systemGit } from '../../lib/history/git.ts';
import { scopeToChanges } from '../../lib/validate/changed.ts';
import { validateCorpus } from '../../lib/validate/index.ts';
import { UsageError, type CliDeps } from '../io.ts';
import { oneOf, resolveAsOf, resolveContentDir } from '../options.ts';

export const VALIDATE_HELP = `qms validate [thư-mục] [--format text|json] [--as-of YYYY-MM-DD] [--strict] [--changed phiên-bản]
  Kiểm tra toàn bộ tài liệu trong thư mục nội dung (mặc định: content) và in mỗi lỗi, điểm chưa
  tuân thủ, cảnh báo một dòng: tệp:dòng:cột  mức  mã-quy-tắc  nội dung. Thoát với mã 1 nếu có lỗi
  trong tài liệu; --strict: cả khi có điểm chưa tuân thủ (thiếu mục tiêu năm, quá hạn đánh giá…).
  --changed origin/main (kiểm tra pull request): chỉ tính lỗi trong các tệp đã thay đổi so với phiên
  bản đó và trong tài liệu phụ thuộc vào phần thay đổi (danh mục TTHC, văn bản pháp luật, agency.yaml…);
  các lỗi khác vẫn được in để tham khảo.`;

/** `qms validate`: every finding of the corpus, one line each; exit 1 on a document error (or any compliance finding with `--strict`). */
export async function runValidate(args: string[], deps: CliDeps): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { format: { type: 'string' }, 'as-of': { type: 'string' }, strict: { type: 'boolean' }, changed: { type: 'string' } },
	});
	const format = oneOf('--format', values.format, ['text', 'json'], 'text');
	const dir = positionals[0] ?? 'content';
	const root = await resolveContentDir(deps.cwd, dir);
	const corpus = await deps.loadCorpus(root);
	const asOf = resolveAsOf(values['as-of'], corpus, deps.now());
	const findings = validateCorpus(corpus, { asOf });
	const prefix = `${relative(deps.cwd, root) || '.'}/`;
	const fails = (counted: readonly Finding[]): boolean => {
		const { error, compliance } = countBySeverity(counted);
		return error > 0 || (values.strict === true && compliance > 0);
	};
	if (values.changed === undefined) {
		deps.stdout(
			format === 'json' ? formatFindingsJson(findings, prefix) : `${formatFindingsText(findings, prefix)}\nNgày tham chiếu: ${asOf}.`,
		);
		return fails(findings) ? 1 : 0;
	}
	const rev = values.changed;
	const changed = await changedFiles(root, rev, deps.git ?? systemGit);
	if (changed === undefined)
		throw new UsageError(
			`--changed "${rev}": không tìm thấy phiên bản này trong kho git chứa ${root}. Kiểm tra tên nhánh hoặc mã commit; trong CI, lấy đủ lịch sử (ví dụ actions/checkout với fetch-depth: 0).`,
		);
	const { counted, context } = scopeToChanges(corpus, findings, changed);
	if (format === 'json') {
		const parsed = (list: readonly Finding[]) => JSON.parse(formatFindingsJson(list, prefix)) as Record<string, unknown>;
		deps.stdout(
			JSON.stringify(
				{
					changed: { since: rev, files: changed.map((file) => `${prefix}${file}`) },
					...parsed(counted),
					context: parsed(context).findings,
				},
				null,
				2,
			),
		);
	} else {
		const lines = [`Thay đổi so với ${rev}: ${changed.length} tệp. Phát hiện trong phạm vi thay đổi:`, formatFindingsText(counted, prefix)];
		if (context.length > 0)
			lines.push(`Ngoài phạm vi thay đổi, chỉ để tham khảo (không tính vào kết quả):`, formatFindingsText(context, prefix));
		lines.push(`Ngày tham chiếu: ${asOf}.`);
		deps.stdout(lines.join('\n'));
	}
	return fails(counted) ? 1 : 0;
}
