import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import { locate } from '../../load/yaml-source.ts';
import { addMonths, formatDateVi } from '../../text/dates.ts';
import { isInForce, type RuleContext } from '../context.ts';

/** Months allowed between two internal audits, or two management reviews (QĐ 19/2014/QĐ-TTg). */
export const REVIEW_INTERVAL_MONTHS = 12;

const EVENTS = [
	{ key: 'audits', rule: 'audit-overdue', name: 'đánh giá nội bộ', record: 'audits' },
	{ key: 'reviews', rule: 'review-overdue', name: 'họp xem xét của lãnh đạo', record: 'reviews' },
] as const;

/** An internal audit and a management review within the last 12 months of the as-of date. */
export function checkReviews(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	for (const folder of ctx.corpus.agencies) {
		const agency = folder.agency;
		if (agency === undefined || !isInForce(folder, ctx.asOf)) continue;
		for (const event of EVENTS) {
			const dates = agency.data[event.key].map((item) => item.date).sort();
			const last = dates[dates.length - 1];
			if (last === undefined) {
				findings.push(
					finding(
						event.rule,
						agency.file,
						locate(agency.source, ['id']),
						`${agency.data.name} chưa ghi nhận lần ${event.name} nào. Tổ chức ${event.name} (ít nhất mỗi năm một lần) và ghi vào "${event.record}" trong agency.yaml.`,
					),
				);
				continue;
			}
			const due = addMonths(last, REVIEW_INTERVAL_MONTHS);
			if (ctx.asOf > due) {
				const index = agency.data[event.key].findIndex((item) => item.date === last);
				findings.push(
					finding(
						event.rule,
						agency.file,
						locate(agency.source, [event.key, index, 'date']),
						`Lần ${event.name} gần nhất là ngày ${formatDateVi(last)}, đã quá 12 tháng (hạn ${formatDateVi(due)}). Tổ chức ${event.name} và ghi kết quả vào "${event.record}" trong agency.yaml.`,
					),
				);
			}
		}
	}
	return findings;
}
