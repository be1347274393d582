import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import { locate } from '../../load/yaml-source.ts';
import { bandProblems } from '../../statistics/grades.ts';
import type { RuleContext } from '../context.ts';

/** The province's grade bands cover 0–100 without overlap, and exist when an agency has been inspected. */
export function checkGrades(ctx: RuleContext): Finding[] {
	const province = ctx.corpus.province;
	if (province === undefined) return [];
	const { grades } = province.data;
	const findings = bandProblems(grades).map((problem) =>
		finding('grade-bands', province.file, locate(province.source, ['grades', problem.index, 'min']), problem.message),
	);
	const inspected = ctx.corpus.agencies.some((folder) => (folder.agency?.data.inspections.length ?? 0) > 0);
	if (grades.length === 0 && inspected) {
		findings.push(
			finding(
				'grade-bands',
				province.file,
				locate(province.source, []),
				'Có cơ quan đã được kiểm tra nhưng tỉnh chưa khai báo thang xếp loại, nên điểm kiểm tra không được xếp loại. Thêm "grades" vào province.yaml, ví dụ Tốt từ 90, Khá từ 75, Trung bình từ 50, Yếu từ 0.',
			),
		);
	}
	return findings;
}
