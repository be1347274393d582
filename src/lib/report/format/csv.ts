import type { AgencyFigures, Report } from '../types.ts';
import { formatMonthVi, LEVEL_LABELS, yesNo } from './labels.ts';

/** Byte order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
const BOM = '\uFEFF';

/** A field quoted when it holds a comma, a quote or a line break; quotes doubled (RFC 4180). */
export function csvField(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function columns(year: number, month: string): Array<[string, (agency: AgencyFigures) => string | number]> {
	return [
		['Mã cơ quan', (a) => a.id],
		['Tên cơ quan', (a) => a.name],
		['Cấp', (a) => LEVEL_LABELS[a.level]],
		['TTHC được giao', (a) => a.coverage.assigned],
		['TTHC có quy trình', (a) => a.coverage.covered],
		['Tỷ lệ (%)', (a) => (a.coverage.percent === null ? '' : a.coverage.percent.toFixed(1))],
		['TTHC chưa có quy trình', (a) => a.coverage.uncovered.map((tthc) => tthc.code).join('; ')],
		['Chính sách chất lượng', (a) => yesNo(a.policy.present)],
		[`Mục tiêu chất lượng năm ${year}`, (a) => yesNo(a.objectives.present)],
		['Quy trình nội bộ bắt buộc', (a) => a.internal.required],
		['Quy trình nội bộ đã có', (a) => a.internal.present.length],
		['Quy trình nội bộ còn thiếu', (a) => a.internal.missing.map((item) => item.name).join('; ')],
		['Đánh giá nội bộ gần nhất', (a) => a.audit.last ?? ''],
		['Đánh giá nội bộ trong 12 tháng', (a) => yesNo(a.audit.withinInterval)],
		['Xem xét của lãnh đạo gần nhất', (a) => a.review.last ?? ''],
		['Xem xét của lãnh đạo trong 12 tháng', (a) => yesNo(a.review.withinInterval)],
		['Công bố gần nhất', (a) => a.declaration.last?.date ?? ''],
		['Cần công bố lại', (a) => yesNo(a.declaration.redeclarationDue)],
		['Căn cứ pháp lý cần cập nhật', (a) => a.legal.outdated.length],
		['Quá hạn 3 tháng', (a) => a.legal.late],
		['Tài liệu ban hành trong kỳ', (a) => a.changes.length],
		[`Đã gửi báo cáo tháng ${formatMonthVi(month)}`, (a) => yesNo(a.reporting.sent)],
		['Hồ sơ tiếp nhận', (a) => a.dossiers.received],
		['Hồ sơ đã giải quyết', (a) => a.dossiers.resolved],
		['Giải quyết đúng hạn', (a) => a.dossiers.resolvedOnTime],
		['Giải quyết quá hạn', (a) => a.dossiers.resolvedLate],
		['Hồ sơ đang giải quyết', (a) => a.dossiers.pending],
		['Tỉ lệ đúng hạn', (a) => (a.dossiers.onTimePercent === null ? '' : a.dossiers.onTimePercent.toFixed(2))],
		['Ngày kiểm tra', (a) => a.inspection?.date ?? ''],
		['Điểm kiểm tra', (a) => a.inspection?.score ?? ''],
		['Xếp loại', (a) => a.inspection?.grade ?? ''],
		['Mục tiêu đạt', (a) => a.objectiveResults.met],
		['Mục tiêu chưa đạt', (a) => a.objectiveResults.notMet],
		['Mục tiêu chưa đo', (a) => a.objectiveResults.notMeasured],
	];
}

/**
 * One row per agency with the headline figures, for Excel: UTF-8 with BOM, comma-separated,
 * CRLF line ends, Vietnamese header; dates `YYYY-MM-DD` and decimals with a point so they stay
 * numbers and dates whatever the reader's locale.
 */
export function formatReportCsv(report: Report): string {
	const cols = columns(report.year, report.period.to.slice(0, 7));
	const rows = [cols.map(([header]) => header), ...report.agencies.map((agency) => cols.map(([, value]) => value(agency)))];
	return `${BOM}${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
