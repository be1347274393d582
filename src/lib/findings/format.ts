import { oneLine } from '../text/one-line.ts';
import { countBySeverity, type Finding } from './finding.ts';

/** The Vietnamese name of each level, as printed in each finding's line. */
export const SEVERITY_LABEL = { error: 'lỗi', compliance: 'chưa tuân thủ', warning: 'cảnh báo' } as const;

/** One line per finding, whatever its text quotes: `file:line:column  severity  rule-id  message`, then a Vietnamese summary. */
export function formatFindingsText(findings: readonly Finding[], prefix = ''): string {
	const lines = findings.map((f) =>
		oneLine(`${prefix}${f.file}:${f.line}:${f.column}  ${SEVERITY_LABEL[f.severity]}  ${f.rule}  ${f.message}`),
	);
	lines.push(findings.length === 0 ? 'Không có lỗi hay cảnh báo nào.' : `Tổng cộng: ${summarizeFindings(findings)}.`);
	return lines.join('\n');
}

/** `2 lỗi, 3 điểm chưa tuân thủ, 1 cảnh báo`. */
export function summarizeFindings(findings: readonly Finding[]): string {
	const { error, compliance, warning } = countBySeverity(findings);
	return `${error} lỗi, ${compliance} điểm chưa tuân thủ, ${warning} cảnh báo`;
}

/** Findings as JSON, paths prefixed so they open from the working directory. */
export function formatFindingsJson(findings: readonly Finding[], prefix = ''): string {
	const { error, compliance, warning } = countBySeverity(findings);
	return JSON.stringify(
		{ errors: error, compliance, warnings: warning, findings: findings.map((f) => ({ ...f, file: `${prefix}${f.file}` })) },
		null,
		2,
	);
}
