import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import { locate } from '../../load/yaml-source.ts';
import { isInForce, type RuleContext } from '../context.ts';

/** Each agency in force has a quality policy, objectives for the as-of year and every required internal process. */
export function checkPresence(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	const year = Number(ctx.asOf.slice(0, 4));
	if (ctx.corpus.province === undefined) {
		findings.push(
			finding(
				'province-missing',
				'province.yaml',
				{ line: 1, column: 1 },
				'Chưa có tệp province.yaml (tên tỉnh, mẫu mã hiệu, thang xếp loại). Tạo tệp này ở thư mục gốc của nội dung theo mẫu trong README.',
			),
		);
	}
	for (const folder of ctx.corpus.agencies) {
		const agency = folder.agency;
		if (agency === undefined || !isInForce(folder, ctx.asOf)) continue;
		const where = () => locate(agency.source, ['id']);
		const present = (kind: string): boolean => folder.invalid.some((item) => item.kind === kind);
		if (folder.policy === undefined && !present('policy')) {
			findings.push(
				finding(
					'policy-missing',
					agency.file,
					where(),
					`${agency.data.name} chưa có chính sách chất lượng. Tạo tệp agencies/${folder.id}/policy.md.`,
				),
			);
		}
		const hasObjectives =
			folder.objectives.some((doc) => doc.data.year === year) ||
			folder.invalid.some((item) => item.kind === 'objectives' && item.file.endsWith(`/${year}.md`));
		if (!hasObjectives) {
			findings.push(
				finding(
					'objectives-missing',
					agency.file,
					where(),
					`${agency.data.name} chưa có mục tiêu chất lượng năm ${year}. Tạo tệp agencies/${folder.id}/objectives/${year}.md.`,
				),
			);
		}
		const covered = new Set<string>([
			...folder.internal.map((doc) => doc.data.catalogue),
			...folder.invalid.flatMap((item) =>
				item.kind === 'internal-process' && typeof (item.raw as { catalogue?: unknown } | undefined)?.catalogue === 'string'
					? [(item.raw as { catalogue: string }).catalogue]
					: [],
			),
		]);
		const missing = ctx.corpus.internalCatalogue.filter((entry) => entry.data.required && !covered.has(entry.data.id));
		if (missing.length > 0) {
			const names = missing.map((entry) => `${entry.data.id} "${entry.data.name}"`).join('; ');
			findings.push(
				finding(
					'internal-process-missing',
					agency.file,
					where(),
					`${agency.data.name} còn thiếu ${missing.length} quy trình nội bộ bắt buộc: ${names}. Tạo mỗi quy trình trong agencies/${folder.id}/internal/ với trường "catalogue" trỏ tới mã mục.`,
				),
			);
		}
	}
	return findings;
}
