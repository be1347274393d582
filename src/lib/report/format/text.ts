import { formatDateVi } from '../../text/dates.ts';
import type { AgencyFigures, EventFigures, Report, Totals } from '../types.ts';
import { formatPercentVi, LEVEL_LABELS, redeclarationText, yesNo } from './labels.ts';
import { textTable } from './table.ts';
import { dossierDetail, dossierTotalsText, reportingText } from './text-dossiers.ts';

const TOTALS_HEADER = [
	'Phạm vi',
	'Cơ quan',
	'TTHC có QT',
	'Tỷ lệ',
	'Có CSCL',
	'Có MTCL',
	'Đủ QTNB',
	'ĐGNB đúng hạn',
	'XXLĐ đúng hạn',
	'Cần công bố lại',
	'CCPL cần cập nhật',
	'Quá hạn',
	'TL ban hành',
];

function totalsRow(label: string, totals: Totals): Array<string | number> {
	return [
		label,
		totals.agencies,
		`${totals.tthc.covered}/${totals.tthc.assigned}`,
		formatPercentVi(totals.tthc.percent),
		totals.withPolicy,
		totals.withObjectives,
		totals.withAllInternal,
		totals.auditWithinInterval,
		totals.reviewWithinInterval,
		totals.redeclarationDue,
		totals.legalOutdated,
		totals.legalLate,
		totals.documentsChanged,
	];
}

const AGENCY_HEADER = [
	'Cơ quan',
	'TTHC có QT',
	'Tỷ lệ',
	'CSCL',
	'MTCL',
	'QTNB',
	'ĐGNB gần nhất',
	'XXLĐ gần nhất',
	'Công bố lại',
	'CCPL cần cập nhật',
	'TL ban hành',
];

function eventCell(event: EventFigures): string {
	return event.last === null ? 'chưa có' : `${formatDateVi(event.last)}${event.withinInterval ? '' : ' QUÁ HẠN'}`;
}

function agencyRow(agency: AgencyFigures): Array<string | number> {
	return [
		agency.name,
		`${agency.coverage.covered}/${agency.coverage.assigned}`,
		formatPercentVi(agency.coverage.percent),
		yesNo(agency.policy.present),
		yesNo(agency.objectives.present),
		`${agency.internal.present.length}/${agency.internal.required}`,
		eventCell(agency.audit),
		eventCell(agency.review),
		agency.declaration.redeclarationDue ? 'CẦN' : 'không',
		agency.legal.outdated.length === 0 ? '0' : `${agency.legal.outdated.length} (quá hạn ${agency.legal.late})`,
		agency.changes.length,
	];
}

function eventLine(name: string, event: EventFigures): string {
	if (event.last === null || event.due === null) return `  ${name}: chưa có lần nào — QUÁ HẠN.`;
	return `  ${name} gần nhất: ${formatDateVi(event.last)} (${event.record}) — ${event.withinInterval ? 'trong hạn' : 'QUÁ HẠN'}, hạn 12 tháng: ${formatDateVi(event.due)}.`;
}

function agencyDetail(agency: AgencyFigures, year: number): string[] {
	const lines = [`${agency.name} (${agency.id})`];
	const { coverage, internal, declaration, legal } = agency;
	lines.push(`  TTHC có quy trình: ${coverage.covered}/${coverage.assigned} (${formatPercentVi(coverage.percent)}).`);
	for (const tthc of coverage.uncovered)
		lines.push(`    - chưa có quy trình: ${tthc.code} ${tthc.name ?? '(không có trong danh mục TTHC)'}`);
	lines.push(`  Quy trình nội bộ bắt buộc: có ${internal.present.length}/${internal.required}.`);
	for (const item of internal.missing) lines.push(`    - còn thiếu: ${item.id} ${item.name}`);
	lines.push(
		`  Chính sách chất lượng: ${agency.policy.document === null ? 'CHƯA CÓ' : `có (${agency.policy.document.code}, lần ${agency.policy.document.issue})`}.`,
	);
	lines.push(
		`  Mục tiêu chất lượng năm ${year}: ${agency.objectives.document === null ? 'CHƯA CÓ' : `có (${agency.objectives.document.code})`}.`,
	);
	lines.push(eventLine('Đánh giá nội bộ', agency.audit), eventLine('Xem xét của lãnh đạo', agency.review));
	const last = declaration.last === null ? 'chưa công bố' : `${declaration.last.decision} ngày ${formatDateVi(declaration.last.date)}`;
	lines.push(
		`  Công bố gần nhất: ${last} — ${declaration.redeclarationDue ? `CẦN CÔNG BỐ LẠI: ${redeclarationText(declaration)}` : 'chưa cần công bố lại'}.`,
	);
	lines.push(
		legal.outdated.length === 0
			? '  Căn cứ pháp lý cần cập nhật: không có.'
			: `  Căn cứ pháp lý cần cập nhật: ${legal.outdated.length}, quá hạn 3 tháng: ${legal.late}.`,
	);
	for (const item of legal.outdated) {
		lines.push(
			`    - ${item.procedure.code} ${item.procedure.title}: ${item.cited} ${item.description} từ ${formatDateVi(item.since)}, đã ${item.daysSince} ngày, hạn cập nhật ${formatDateVi(item.deadline)}${item.late ? ' — QUÁ HẠN' : ''}.`,
		);
	}
	lines.push(`  Tài liệu ban hành trong kỳ: ${agency.changes.length}.`);
	for (const doc of agency.changes) lines.push(`    - ${doc.code} ${doc.title}, lần ${doc.issue}, ngày ${formatDateVi(doc.issued)}`);
	lines.push(...dossierDetail(agency));
	return lines;
}

/** The figures as readable Vietnamese tables: totals by level, one row per agency, then each agency's details. */
export function formatReportText(report: Report): string {
	const header = [
		`BÁO CÁO TÌNH HÌNH DUY TRÌ, CẢI TIẾN HTQLCL${report.province.name === null ? '' : ` — ${report.province.name}`}`,
		`Tính đến ngày ${formatDateVi(report.asOf)}; tài liệu ban hành trong kỳ ${formatDateVi(report.period.from)} – ${formatDateVi(report.period.to)}.`,
		'Viết tắt: QT quy trình, CSCL chính sách chất lượng, MTCL mục tiêu chất lượng năm, QTNB quy trình nội bộ bắt buộc, ĐGNB đánh giá nội bộ, XXLĐ xem xét của lãnh đạo, CCPL căn cứ pháp lý, TL tài liệu.',
	];
	if (report.agencies.length === 0) return [...header, '', 'Không có cơ quan nào đang hoạt động tại ngày tham chiếu.'].join('\n');
	const totals = textTable(TOTALS_HEADER, [
		totalsRow('Toàn tỉnh', report.totals),
		...report.levels.map((level) => totalsRow(LEVEL_LABELS[level.level], level.totals)),
	]);
	const agencies = textTable(AGENCY_HEADER, report.agencies.map(agencyRow));
	const details = report.agencies.map((agency) => agencyDetail(agency, report.year).join('\n'));
	const dossiers = [
		'HỒ SƠ TTHC, KIỂM TRA, MỤC TIÊU CHẤT LƯỢNG',
		'Viết tắt: BC báo cáo tháng, MT mục tiêu chất lượng năm.',
		dossierTotalsText(report),
		...reportingText(report),
	];
	return [...header, '', 'TỔNG HỢP', totals, '', ...dossiers, '', 'THEO CƠ QUAN', agencies, '', 'CHI TIẾT', details.join('\n\n')].join(
		'\n',
	);
}
