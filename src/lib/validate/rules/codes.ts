import type { Finding } from '../../findings/finding.ts';
import { findingAt } from '../finding-at.ts';
import { controlledDocuments, type RuleContext } from '../context.ts';

/** Document codes are unique within an agency and follow the agency's (or the province's) pattern. */
export function checkCodes(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	for (const folder of ctx.corpus.agencies) {
		const agency = folder.agency;
		const patternText = agency?.data.codePattern ?? ctx.corpus.province?.data.codePattern;
		let pattern: RegExp | undefined;
		if (patternText !== undefined) {
			try {
				pattern = new RegExp(patternText, 'u');
			} catch {
				const owner = agency?.data.codePattern !== undefined ? agency : ctx.corpus.province;
				if (owner !== undefined) {
					findings.push(
						findingAt(
							'schema',
							owner,
							['codePattern'],
							`Trường "codePattern": "${patternText}" không phải biểu thức chính quy hợp lệ. Sửa lại, ví dụ ^QT-\\d{2}$.`,
						),
					);
				}
			}
		}
		const seen = new Map<string, string>();
		for (const doc of controlledDocuments(folder)) {
			const { code } = doc.data;
			const first = seen.get(code);
			if (first !== undefined) {
				findings.push(
					findingAt(
						'code-duplicate',
						doc,
						['code'],
						`Mã hiệu "${code}" đã dùng cho ${first}. Mỗi tài liệu của cơ quan cần một mã hiệu riêng: đặt mã khác cho một trong hai tài liệu.`,
					),
				);
			} else {
				seen.set(code, doc.file);
			}
			if (pattern !== undefined && !pattern.test(code)) {
				findings.push(
					findingAt(
						'code-pattern',
						doc,
						['code'],
						`Mã hiệu "${code}" không theo mẫu mã hiệu của cơ quan (${patternText}). Đặt lại mã theo mẫu, hoặc sửa "codePattern" trong agency.yaml nếu mẫu đã thay đổi.`,
					),
				);
			}
		}
	}
	return findings;
}
