import { parseArgs } from 'node:util';
import { countBySeverity } from '../../lib/findings/finding.ts';
import { exportCorpus } from '../../lib/load/export.ts';
import { formatReportCsv } from '../../lib/report/format/csv.ts';
import { formatReportText } from '../../lib/report/format/text.ts';
import { computeReport, exportReportInput, monthPeriod, reportSource, type Period } from '../../lib/report/index.ts';
import { validateCorpus } from '../../lib/validate/index.ts';
import { systemGit } from '../../lib/history/git.ts';
import { historyNotice } from '../../lib/history/notice.ts';
import { readHistory } from '../../lib/history/read-history.ts';
import { historyIssues } from '../../lib/report/history-issues.ts';
import { UsageError, type CliDeps } from '../io.ts';
import { dateFlag, oneOf, resolveAsOf, resolveContentDir } from '../options.ts';

export const REPORT_HELP = `qms report [thư-mục] [--as-of YYYY-MM-DD] [--from YYYY-MM-DD --to YYYY-MM-DD] [--format text|json|csv]
  In số liệu duy trì HTQLCL của từng cơ quan đang hoạt động, tổng hợp theo cấp và toàn tỉnh:
  TTHC có quy trình, quy trình nội bộ, chính sách, mục tiêu, đánh giá nội bộ, xem xét của lãnh đạo,
  công bố lại, căn cứ pháp lý cần cập nhật, tài liệu ban hành trong kỳ (mặc định: tháng của
  ngày tham chiếu), hồ sơ TTHC và tỉ lệ đúng hạn, đơn vị đã gửi báo cáo, kết quả kiểm tra, kết quả
  mục tiêu chất lượng. --format csv ghi bảng mở được bằng Excel.`;

/** `qms report`: the compliance figures of the corpus at the as-of date, as text, JSON or CSV. */
export async function runReport(args: string[], deps: CliDeps): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { format: { type: 'string' }, 'as-of': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
	});
	const format = oneOf('--format', values.format, ['text', 'json', 'csv'], 'text');
	const root = await resolveContentDir(deps.cwd, positionals[0] ?? 'content');
	const corpus = await deps.loadCorpus(root);
	const asOf = resolveAsOf(values['as-of'], corpus, deps.now());
	const period = resolvePeriod(values.from, values.to, asOf);
	const errors = countBySeverity(validateCorpus(corpus, { asOf })).error;
	if (errors > 0) {
		deps.stderr(`Lưu ý: tài liệu có ${errors} lỗi; tài liệu lỗi không được tính vào số liệu. Chạy "qms validate" để xem và sửa.`);
	}
	// Documents changed in the period count every issue git recorded, not only the ones in force now.
	const history = await readHistory(root, deps.git ?? systemGit);
	const notice = historyNotice(history, 'report');
	if (notice !== undefined) deps.stderr(notice);
	const issues = historyIssues(corpus, history.documents);
	const report = computeReport(reportSource(exportReportInput(exportCorpus(corpus))), { asOf, period, issues });
	if (format === 'json') deps.stdout(JSON.stringify(report, null, 2));
	else if (format === 'csv') deps.stdout(formatReportCsv(report).replace(/\r\n$/, ''));
	else deps.stdout(formatReportText(report));
	return 0;
}

/** `--from`/`--to`, both or neither; default: the as-of month up to the as-of date. */
function resolvePeriod(from: string | undefined, to: string | undefined, asOf: string): Period {
	if (from === undefined && to === undefined) return monthPeriod(asOf);
	if (from === undefined || to === undefined) throw new UsageError('Ghi cả --from và --to để chọn kỳ báo cáo, ví dụ --from 2026-06-01 --to 2026-06-30.');
	for (const [flag, value] of [['--from', from], ['--to', to]] as const) dateFlag(flag, value, '2026-06-01');
	if (from > to) throw new UsageError(`Kỳ báo cáo không hợp lệ: --from ${from} sau --to ${to}.`);
	return { from, to };
}
