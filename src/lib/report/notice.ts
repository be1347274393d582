import { formatDateVi } from '../text/dates.ts';
import { LEVEL_LABELS } from './format/labels.ts';
import type { AgencyFigures, Report } from './types.ts';

/** The heading block of the steering committee's notice (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export interface NoticeHeading {
	/** "UBND TỈNH BÌNH SƠN". */
	authority: string;
	/** "BAN CHỈ ĐẠO ISO". */
	body: string;
	/** "Bình Sơn, ngày 22 tháng 11 năm 2026". */
	placeDate: string;
	/** "Tình hình duy trì, cải tiến HTQLCL tháng 11/2026". */
	subject: string;
}

/** Day and month as Nghị định 30 writes them: a zero before days under 10 and months under 3. */
export function placeDate(place: string, date: string): string {
	const [year = '', month = '', day = ''] = date.split('-');
	const monthNumber = Number(month);
	return `${place}, ngày ${day} tháng ${monthNumber < 3 ? month : String(monthNumber)} năm ${year}`;
}

export function noticeHeading(report: Report): NoticeHeading {
	const province = report.province.name ?? '';
	const place = province.replace(/^(Tỉnh|Thành phố)\s+/u, '');
	return {
		authority: province === '' ? 'ỦY BAN NHÂN DÂN TỈNH' : `UBND ${province.toLocaleUpperCase('vi')}`,
		body: 'BAN CHỈ ĐẠO ISO',
		placeDate: placeDate(place, report.asOf),
		subject: `Tình hình duy trì, cải tiến HTQLCL tháng ${report.asOf.slice(5, 7)}/${report.asOf.slice(0, 4)}`,
	};
}

/** Up to this many uncovered TTHC are named in a request; more are only counted (the dashboard lists them). */
const LISTED_CODES = 5;

/** What the steering committee asks of an agency, one sentence each; empty when all is in order. */
export function requestsTo(agency: AgencyFigures): string[] {
	const requests: string[] = [];
	const { coverage, internal, audit, review, declaration, legal } = agency;
	if (coverage.uncovered.length > 0) {
		const codes = coverage.uncovered.length <= LISTED_CODES ? ` (${coverage.uncovered.map((tthc) => tthc.code).join(', ')})` : '';
		requests.push(`xây dựng, ban hành quy trình cho ${coverage.uncovered.length} TTHC chưa có quy trình${codes}`);
	}
	if (internal.missing.length > 0)
		requests.push(
			`xây dựng ${internal.missing.length} quy trình nội bộ bắt buộc còn thiếu (${internal.missing.map((item) => item.name).join('; ')})`,
		);
	if (!agency.policy.present) requests.push('ban hành chính sách chất lượng');
	if (!agency.objectives.present) requests.push(`ban hành mục tiêu chất lượng năm ${agency.objectives.year}`);
	if (!audit.withinInterval)
		requests.push(
			audit.last === null || audit.due === null
				? 'tổ chức đánh giá nội bộ'
				: `tổ chức đánh giá nội bộ (lần gần nhất ngày ${formatDateVi(audit.last)}, quá hạn từ ngày ${formatDateVi(audit.due)})`,
		);
	if (!review.withinInterval)
		requests.push(
			review.last === null || review.due === null
				? 'tổ chức họp xem xét của lãnh đạo'
				: `tổ chức họp xem xét của lãnh đạo (lần gần nhất ngày ${formatDateVi(review.last)}, quá hạn từ ngày ${formatDateVi(review.due)})`,
		);
	if (declaration.redeclarationDue)
		requests.push(declaration.last === null ? 'công bố HTQLCL phù hợp TCVN ISO 9001:2015' : 'công bố lại HTQLCL do phạm vi đã thay đổi');
	if (legal.outdated.length > 0) {
		const procedures = new Set(legal.outdated.map((item) => item.procedure.code)).size;
		requests.push(
			`cập nhật căn cứ pháp lý cho ${procedures} quy trình${legal.late > 0 ? ` (${legal.late} căn cứ đã quá hạn 3 tháng)` : ''}`,
		);
	}
	if (!agency.reporting.sent)
		requests.push(`gửi số liệu hồ sơ TTHC tháng ${agency.reporting.month.slice(5, 7)}/${agency.reporting.month.slice(0, 4)}`);
	if (agency.objectiveResults.notMet > 0)
		requests.push(`có biện pháp khắc phục đối với ${agency.objectiveResults.notMet} mục tiêu chất lượng chưa đạt`);
	return requests;
}

/** One level's rows in a table of the notice: "I. Sở, ban, ngành" and its agencies with their running number. */
export interface NoticeGroup {
	heading: string;
	rows: Array<{ number: number; agency: AgencyFigures }>;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The agencies of `report` grouped by level as the notice's tables show them: groups numbered I, II…, rows 1, 2… across groups. */
export function noticeGroups(report: Report): NoticeGroup[] {
	let number = 0;
	return report.levels.map((level, index) => ({
		heading: `${ROMAN[index] ?? String(index + 1)}. ${LEVEL_LABELS[level.level]}`,
		rows: report.agencies.filter((agency) => agency.level === level.level).map((agency) => ({ number: ++number, agency })),
	}));
}
