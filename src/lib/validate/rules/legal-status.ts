import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import { locate } from '../../load/yaml-source.ts';
import { addMonths, daysBetween, formatDateVi } from '../../text/dates.ts';
import type { RuleContext } from '../context.ts';
import { legalChange } from '../../legal/change.ts';

/** Months an agency has to bring a change in the law into its procedures (QĐ 19/2014/QĐ-TTg). */
export const LEGAL_UPDATE_MONTHS = 3;

/**
 * A procedure citing a replaced, amended or expired document: a warning while the 3 months to
 * update run, a compliance finding once they have passed (the published text stays in force until
 * the agency issues the updated one).
 */
export function checkLegalStatus(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	for (const folder of ctx.corpus.agencies) {
		for (const doc of folder.procedures) {
			(doc.data.legalBases ?? []).forEach((number, index) => {
				const change = legalChange(number, doc.data.legalBases ?? [], ctx.legal);
				if (change === undefined) return;
				if (change.since === undefined) {
					findings.push(
						finding(
							'legal-outdated',
							doc.file,
							locate(doc.source, ['legalBases', index]),
							`Căn cứ "${number}" ${change.description}; danh mục văn bản chưa ghi ngày có hiệu lực ("effective") của ${change.by.join(', ')} nên chưa tính được hạn cập nhật 3 tháng. ${change.action} và ban hành lại quy trình (tăng lần ban hành, ghi bảng theo dõi sửa đổi); ghi ngày có hiệu lực vào danh mục khi có thông tin.`,
						),
					);
					return;
				}
				if (change.since > ctx.asOf) return;
				const deadline = addMonths(change.since, LEGAL_UPDATE_MONTHS);
				const late = ctx.asOf > deadline;
				const timing = late
					? `Đã quá hạn cập nhật ${daysBetween(deadline, ctx.asOf)} ngày (hạn ${formatDateVi(deadline)}).`
					: `Hạn cập nhật là ${formatDateVi(deadline)}, còn ${daysBetween(ctx.asOf, deadline)} ngày.`;
				findings.push(
					finding(
						'legal-outdated',
						doc.file,
						locate(doc.source, ['legalBases', index]),
						`Căn cứ "${number}" ${change.description} từ ${formatDateVi(change.since)}. ${timing} ${change.action} và ban hành lại quy trình (tăng lần ban hành, ghi bảng theo dõi sửa đổi).`,
						late ? 'compliance' : 'warning',
					),
				);
			});
		}
	}
	return findings;
}
