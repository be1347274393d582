import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import { locate } from '../../load/yaml-source.ts';
import { formatDateVi } from '../../text/dates.ts';
import { controlledDocuments, type RuleContext } from '../context.ts';

/**
 * Issue numbers, dates and the revision log agree: increasing, effective ≥ issued, the last row is the
 * current issue; only a first issue may have an empty log.
 */
export function checkRevisions(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	for (const folder of ctx.corpus.agencies) {
		for (const doc of controlledDocuments(folder)) {
			const { data, file, source } = doc;
			if (data.effective < data.issued) {
				findings.push(
					finding(
						'issue-dates',
						file,
						locate(source, ['effective']),
						`Ngày hiệu lực ${formatDateVi(data.effective)} trước ngày ban hành ${formatDateVi(data.issued)}. Tài liệu chỉ có hiệu lực từ ngày ban hành trở đi: sửa một trong hai ngày.`,
					),
				);
			}
			data.revisions.forEach((row, index) => {
				const previous = data.revisions[index - 1];
				if (previous === undefined) return;
				if (row.issue <= previous.issue) {
					findings.push(
						finding(
							'revision-log',
							file,
							locate(source, ['revisions', index, 'issue']),
							`Dòng ${index + 1} của bảng theo dõi sửa đổi ghi lần ban hành ${row.issue}, không lớn hơn dòng trước (${previous.issue}). Xếp các dòng từ lần ban hành cũ nhất đến mới nhất, mỗi lần một dòng.`,
						),
					);
				}
				if (row.date < previous.date) {
					findings.push(
						finding(
							'revision-log',
							file,
							locate(source, ['revisions', index, 'date']),
							`Dòng ${index + 1} của bảng theo dõi sửa đổi ghi ngày ${formatDateVi(row.date)}, trước ngày của dòng trước (${formatDateVi(previous.date)}). Kiểm tra lại ngày.`,
						),
					);
				}
			});
			const lastIndex = data.revisions.length - 1;
			const last = data.revisions[lastIndex];
			if (last === undefined) {
				if (data.issue > 1)
					findings.push(
						finding(
							'revision-log',
							file,
							locate(source, source.doc.has('revisions') ? ['revisions'] : ['issue']),
							`Tài liệu đang ở lần ban hành ${data.issue} nhưng bảng theo dõi sửa đổi ("revisions") chưa có dòng nào. Chỉ lần ban hành đầu tiên mới được để trống bảng: thêm dòng cho lần ban hành ${data.issue} (issue, date, part, description), và các lần trước nếu còn hồ sơ.`,
						),
					);
				continue;
			}
			if (last.issue !== data.issue) {
				findings.push(
					finding(
						'revision-log',
						file,
						locate(source, ['revisions', lastIndex, 'issue']),
						`Tài liệu đang ở lần ban hành ${data.issue} nhưng dòng cuối của bảng theo dõi sửa đổi ghi lần ${last.issue}. Thêm dòng cho lần ban hành ${data.issue} (phần sửa đổi, nội dung, ngày) hoặc sửa "issue".`,
					),
				);
			} else if (last.date !== data.issued) {
				findings.push(
					finding(
						'revision-log',
						file,
						locate(source, ['revisions', lastIndex, 'date']),
						`Dòng cuối của bảng theo dõi sửa đổi ghi ngày ${formatDateVi(last.date)}, khác ngày ban hành ${formatDateVi(data.issued)} của lần ${data.issue}. Ghi cùng một ngày.`,
					),
				);
			}
		}
	}
	return findings;
}
