import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatFindingsText } from '../../lib/findings/format.ts';
import { exportCorpus } from '../../lib/load/export.ts';
import { formatReportCsv } from '../../lib/report/format/csv.ts';
import { formatReportText } from '../../lib/report/format/text.ts';
import { computeReport, exportReportInput, monthPeriod, reportSource, type Period } from '../../lib/report/index.ts';
import { validateCorpus } from '../../lib/validate/index.ts';
import { systemGit } from '../../lib/history/git.ts';
import { historyNotice } from '../../lib/history/notice.ts';
import { readHistory } from '../../lib/history/read-history.ts';
import { historyIssues } from '../../lib/report/history-issues.ts';
import { formatHeldBackText, publishCorpus } from '../../lib/publish/index.ts';
import { UsageError, type CliDeps } from '../io.ts';
import { dateFlag, oneOf, resolveAsOf, resolveContentDir } from '../options.ts';

export const REPORT_HELP = `qms report [thư-mục] [--as-of YYYY-MM-DD] [--from YYYY-MM-DD --to YYYY-MM-DD] [--format text|json|csv]
  In số liệu duy trì HTQLCL của từng cơ quan đang hoạt động, tổng hợp theo cấp và toàn tỉnh:
  TTHC có quy trình, quy trình nội bộ, chính sách, mục tiêu, đánh giá nội bộ, xem xét của lãnh đạo,
  công bố lại, căn cứ pháp lý cần cập nhật, tài liệu ban hành trong kỳ (mặc định: tháng của
  ngày tham chiếu), hồ sơ TTHC và tỉ lệ đúng hạn, đơn vị đã gửi báo cáo, kết quả kiểm tra, kết quả
  mục tiêu chất lượng. Số liệu tính trên những gì trang công bố: tài liệu có lỗi được tính theo lần
  ban hành gần nhất không có lỗi (như trang). Kèm danh sách điểm chưa tuân thủ và tệp bị giữ lại
  (trừ --format csv). --format csv ghi bảng mở được bằng Excel.`;

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
	const findings = validateCorpus(corpus, { asOf });
	// Documents changed in the period count every issue git recorded, not only the ones in force now.
	const reading = readHistory(root, deps.git ?? systemGit);
	// The figures are those of the site: what is published, past issues standing in for texts with errors.
	const { corpus: published, heldBack } = await publishCorpus(corpus, findings, asOf, () => reading);
	if (heldBack.length > 0) {
		deps.stderr(
			`Lưu ý: giữ lại ${heldBack.length} tệp có lỗi; số liệu tính theo những gì trang công bố (lần ban hành gần nhất không có lỗi, hoặc không tính). Chạy "qms validate" để xem và sửa.`,
		);
	}
	const history = await reading;
	const notice = historyNotice(history, 'report');
	if (notice !== undefined) deps.stderr(notice);
	const issues = historyIssues(published, history.documents);
	const report = computeReport(reportSource(exportReportInput(exportCorpus(published))), { asOf, period, issues });
	const compliance = findings.filter((finding) => finding.severity === 'compliance');
	const prefix = `${relative(deps.cwd, root) || '.'}/`;
	if (format === 'json')
		deps.stdout(
			JSON.stringify(
				{
					...report,
					compliance: compliance.map((f) => ({ ...f, file: `${prefix}${f.file}` })),
					heldBack: heldBack.map((item) => ({ ...item, file: `${prefix}${item.file}` })),
				},
				null,
				2,
			),
		);
	else if (format === 'csv') deps.stdout(formatReportCsv(report).replace(/\r\n$/, ''));
	else
		deps.stdout(
			[
				formatReportText(report),
				'',
				`ĐIỂM CHƯA TUÂN THỦ (${compliance.length})`,
				formatFindingsText(compliance, prefix),
				...(heldBack.length > 0 ? ['', formatHeldBackText(heldBack, prefix)] : []),
			].join('\n'),
		);
	return 0;
}

/** `--from`/`--to`, both or neither; default: the as-of month up to the as-of date. */
function resolvePeriod(from: string | undefined, to: string | undefined, asOf: string): Period {
	if (from === undefined && to === undefined) return monthPeriod(asOf);
	if (from === undefined || to === undefined)
		throw new UsageError('Ghi cả --from và --to để chọn kỳ báo cáo, ví dụ --from 2026-06-01 --to 2026-06-30.');
	for (const [flag, value] of [
		['--from', from],
		['--to', to],
	] as const)
		dateFlag(flag, value, '2026-06-01');
	if (from > to) throw new UsageError(`Kỳ báo cáo không hợp lệ: --from ${from} sau --to ${to}.`);
	return { from, to };
}
