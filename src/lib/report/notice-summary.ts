import { formatScore } from '../statistics/grades.ts';
import { percentTwoDecimals } from '../statistics/dossiers.ts';
import { formatDateVi } from '../text/dates.ts';
import { formatCountVi, formatMonthVi, formatPercentVi, formatRateVi } from './format/labels.ts';
import type { Report } from './types.ts';

/** One heading of the notice's general situation, with its sentences. */
export interface NoticePoint {
	title: string;
	lines: string[];
}

/**
 * The general situation in the order the steering committees publish it: plan and objectives,
 * internal audit and management review, units that reported, TTHC coverage, dossiers and the
 * on-time rate, inspections.
 */
export function noticeSummary(report: Report): NoticePoint[] {
	const { totals } = report;
	const n = totals.agencies;
	const month = formatMonthVi(report.period.to.slice(0, 7));
	const sent = report.agencies.filter((agency) => agency.reporting.sent).map((agency) => agency.name);
	const missing = report.agencies.filter((agency) => !agency.reporting.sent).map((agency) => agency.name);
	const { dossiers, objectiveResults, inspections } = totals;
	const inspected = report.agencies.flatMap((agency) =>
		agency.inspection === null
			? []
			: [
					`${agency.name} ${formatScore(agency.inspection.score)} điểm (${agency.inspection.grade ?? 'chưa xếp loại'}, ngày ${formatDateVi(agency.inspection.date)})`,
				],
	);
	return [
		{
			title: 'Kế hoạch, mục tiêu chất lượng',
			lines: [
				`Có mục tiêu chất lượng và kế hoạch thực hiện năm ${report.year}: ${totals.withObjectives}/${n} cơ quan; có chính sách chất lượng: ${totals.withPolicy}/${n}; đủ quy trình nội bộ bắt buộc: ${totals.withAllInternal}/${n}.`,
				`Kết quả thực hiện mục tiêu (theo lần đo gần nhất): đạt ${objectiveResults.met}, chưa đạt ${objectiveResults.notMet}, chưa đo ${objectiveResults.notMeasured} mục tiêu.`,
			],
		},
		{
			title: 'Đánh giá nội bộ, xem xét của lãnh đạo',
			lines: [
				`Đánh giá nội bộ trong 12 tháng: ${totals.auditWithinInterval}/${n} cơ quan; họp xem xét của lãnh đạo trong 12 tháng: ${totals.reviewWithinInterval}/${n} cơ quan.`,
			],
		},
		{
			title: 'Đơn vị gửi báo cáo',
			lines: [
				`Đơn vị đã gửi báo cáo tháng ${month}: ${sent.length}/${n}${sent.length > 0 ? ` (${sent.join('; ')})` : ''}.`,
				...(missing.length > 0 ? [`Đơn vị chưa gửi báo cáo: ${missing.join('; ')}.`] : []),
			],
		},
		{
			title: 'Thủ tục hành chính có quy trình',
			lines: [
				`TTHC có quy trình giải quyết: ${totals.tthc.covered}/${totals.tthc.assigned} TTHC thuộc thẩm quyền, đạt ${formatPercentVi(totals.tthc.percent)}.`,
				`Cơ quan cần công bố lại do thay đổi phạm vi: ${totals.redeclarationDue}; căn cứ pháp lý cần cập nhật vào quy trình: ${totals.legalOutdated}, trong đó quá hạn 3 tháng: ${totals.legalLate}; tài liệu ban hành mới, sửa đổi trong tháng: ${totals.documentsChanged}.`,
			],
		},
		{
			title: 'Giải quyết hồ sơ',
			lines: [
				`Tháng ${month}: tiếp nhận ${formatCountVi(dossiers.received)} hồ sơ; đã giải quyết ${formatCountVi(dossiers.resolved)}, trong đó đúng hạn ${formatCountVi(dossiers.resolvedOnTime)} (${formatRateVi(dossiers.onTimePercent)}), quá hạn ${formatCountVi(dossiers.resolvedLate)} (${formatRateVi(percentTwoDecimals(dossiers.resolvedLate, dossiers.resolved))}); đang giải quyết ${formatCountVi(dossiers.pending)}.`,
			],
		},
		{
			title: 'Kết quả kiểm tra',
			lines: [`Đã kiểm tra ${inspections.inspected}/${n} cơ quan${inspected.length > 0 ? `: ${inspected.join('; ')}` : ''}.`],
		},
	];
}
