import { formatDateVi } from '../../text/dates.ts';
import { formatScore } from '../../statistics/grades.ts';
import type { AgencyFigures, Report, Totals } from '../types.ts';
import { DOSSIER_COLUMNS, dossierCells, formatCountVi, formatMonthVi, formatRateVi, LEVEL_LABELS } from './labels.ts';
import { textTable } from './table.ts';

const HEADER = ['Phạm vi', 'Đã gửi BC', ...DOSSIER_COLUMNS, 'Đã kiểm tra', 'MT đạt', 'MT chưa đạt', 'MT chưa đo'];

function row(label: string, totals: Totals): Array<string | number> {
	const { dossiers, objectiveResults } = totals;
	return [
		label,
		`${totals.reportingSent}/${totals.agencies}`,
		...dossierCells(dossiers),
		totals.inspections.inspected,
		objectiveResults.met,
		objectiveResults.notMet,
		objectiveResults.notMeasured,
	];
}

/** The totals of dossiers, reporting units, inspections and objectives, for the province and per level. */
export function dossierTotalsText(report: Report): string {
	return textTable(HEADER, [
		row('Toàn tỉnh', report.totals),
		...report.levels.map((level) => row(LEVEL_LABELS[level.level], level.totals)),
	]);
}

/** The agencies that sent, and did not send, the report month's statistics. */
export function reportingText(report: Report): string[] {
	const month = formatMonthVi(report.period.to.slice(0, 7));
	const sent = report.agencies.filter((agency) => agency.reporting.sent).map((agency) => agency.name);
	const missing = report.agencies.filter((agency) => !agency.reporting.sent).map((agency) => agency.name);
	return [
		`Đơn vị đã gửi báo cáo tháng ${month}: ${sent.length}/${report.agencies.length}${sent.length > 0 ? ` (${sent.join('; ')})` : ''}.`,
		...(missing.length > 0 ? [`Đơn vị chưa gửi báo cáo: ${missing.join('; ')}.`] : []),
	];
}

/** A measured value with its unit: `99,5%`, `6,5 ngày`. */
export function withUnit(value: number, unit: string): string {
	return `${formatScore(value)}${unit === '%' ? '' : ' '}${unit}`;
}

/** An agency's dossiers, inspection and objectives, as lines of its details. */
export function dossierDetail(agency: AgencyFigures): string[] {
	const { dossiers, inspection, objectiveResults } = agency;
	const lines = [
		agency.reporting.sent
			? `  Hồ sơ TTHC: tiếp nhận ${formatCountVi(dossiers.received)}, đã giải quyết ${formatCountVi(dossiers.resolved)} (đúng hạn ${formatCountVi(dossiers.resolvedOnTime)}, quá hạn ${formatCountVi(dossiers.resolvedLate)}, tỉ lệ đúng hạn ${formatRateVi(dossiers.onTimePercent)}), đang giải quyết ${formatCountVi(dossiers.pending)}.`
			: `  Hồ sơ TTHC: CHƯA GỬI BÁO CÁO tháng ${formatMonthVi(agency.reporting.month)}.`,
		inspection === null
			? '  Kiểm tra của Ban chỉ đạo: chưa có.'
			: `  Kiểm tra của Ban chỉ đạo: ngày ${formatDateVi(inspection.date)}, ${formatScore(inspection.score)} điểm, xếp loại ${inspection.grade ?? 'chưa xác định'} (${inspection.record}).`,
		`  Mục tiêu chất lượng: đạt ${objectiveResults.met}, chưa đạt ${objectiveResults.notMet}, chưa đo ${objectiveResults.notMeasured}.`,
	];
	for (const item of objectiveResults.items.filter((objective) => objective.met === false)) {
		lines.push(
			`    - chưa đạt: ${item.indicator}: ${withUnit(item.latest?.value ?? 0, item.unit)} kỳ ${item.latest?.period ?? ''}, mục tiêu ${item.bound === 'toi-da' ? '≤' : '≥'} ${withUnit(item.target, item.unit)}`,
		);
	}
	return lines;
}
