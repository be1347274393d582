import { formatDateVi } from '../text/dates.ts';
import { formatPercentVi } from './format/labels.ts';
import { agencyReportHref, documentHref } from './links.ts';
import type { AgencyFigures, EventFigures } from './types.ts';

/** One figure of an agency as a row: what is measured, its value, and whether it needs attention. */
export interface Indicator {
	label: string;
	value: string;
	/** The dashboard section or document behind the value. */
	href?: string;
	/** True: met; false: a problem; absent: a count with no target (documents issued). */
	ok?: boolean;
	/** The status in words beside the value: "80,0%", "thiếu 2", "quá hạn". */
	status?: string;
}

function eventIndicator(label: string, event: EventFigures): Indicator {
	return {
		label,
		value: event.last === null ? 'Chưa có' : formatDateVi(event.last),
		ok: event.withinInterval,
		status: event.last === null ? 'chưa thực hiện' : event.withinInterval ? 'trong hạn' : 'quá hạn',
	};
}

/** Problems first, then what is met, then plain counts; the order within each kind is kept. */
function problemsFirst(indicators: Indicator[]): Indicator[] {
	const rank = (item: Indicator) => (item.ok === false ? 0 : item.ok === true ? 1 : 2);
	return indicators
		.map((item, index) => ({ item, index }))
		.sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
		.map(({ item }) => item);
}

/** The figures of one agency for the province dashboard, one row each, problems first. */
export function agencyIndicators(agency: AgencyFigures, year: number, base: string): Indicator[] {
	const { coverage, internal, declaration, legal } = agency;
	const document = (label: string, doc: AgencyFigures['policy']['document']): Indicator =>
		doc === null ? { label, value: 'Chưa có', ok: false } : { label, value: 'Có', href: documentHref(base, agency.id, doc), ok: true };
	return problemsFirst([
		{
			label: 'TTHC có quy trình',
			value: `${coverage.covered}/${coverage.assigned}`,
			href: agencyReportHref(base, agency.id, 'tthc'),
			ok: coverage.uncovered.length === 0,
			status: formatPercentVi(coverage.percent),
		},
		{
			label: 'Quy trình nội bộ bắt buộc',
			value: `${internal.present.length}/${internal.required}`,
			href: agencyReportHref(base, agency.id, 'noi-bo'),
			ok: internal.missing.length === 0,
			status: internal.missing.length === 0 ? 'đủ' : `thiếu ${internal.missing.length}`,
		},
		document('Chính sách chất lượng', agency.policy.document),
		document(`Mục tiêu chất lượng năm ${year}`, agency.objectives.document),
		eventIndicator('Đánh giá nội bộ gần nhất', agency.audit),
		eventIndicator('Xem xét của lãnh đạo gần nhất', agency.review),
		{
			label: 'Công bố HTQLCL',
			value: declaration.last === null ? 'Chưa công bố' : formatDateVi(declaration.last.date),
			href: agencyReportHref(base, agency.id, 'cong-bo'),
			ok: declaration.last !== null && !declaration.redeclarationDue,
			...(declaration.redeclarationDue ? { status: 'cần công bố lại' } : {}),
		},
		{
			label: 'Căn cứ pháp lý cần cập nhật',
			value: String(legal.outdated.length),
			href: agencyReportHref(base, agency.id, 'can-cu-phap-ly'),
			ok: legal.late === 0,
			...(legal.outdated.length === 0 ? {} : { status: legal.late === 0 ? 'trong hạn 3 tháng' : `${legal.late} quá hạn` }),
		},
		{ label: 'Tài liệu ban hành trong kỳ', value: String(agency.changes.length), href: agencyReportHref(base, agency.id, 'tai-lieu-moi') },
	]);
}

/** Agencies with the most problems first (ties in the order given), each with its indicators. */
export function agenciesByProblems(
	agencies: readonly AgencyFigures[],
	year: number,
	base: string,
): Array<{ agency: AgencyFigures; indicators: Indicator[]; problems: number }> {
	return agencies
		.map((agency) => {
			const indicators = agencyIndicators(agency, year, base);
			return { agency, indicators, problems: indicators.filter((item) => item.ok === false).length };
		})
		.map((entry, index) => ({ entry, index }))
		.sort((a, b) => b.entry.problems - a.entry.problems || a.index - b.index)
		.map(({ entry }) => entry);
}
