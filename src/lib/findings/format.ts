import { oneLine } from '../text/one-line.ts';
import { countBySeverity, type Finding } from './finding.ts';

const SEVERITY_LABEL = { error: 'lỗi', warning: 'cảnh báo' } as const;

/** One line per finding, whatever its text quotes: `file:line:column  severity  rule-id  message`, then a Vietnamese summary. */
export function formatFindingsText(findings: readonly Finding[], prefix = ''): string {
	const lines = findings.map(
		(f) => oneLine(`${prefix}${f.file}:${f.line}:${f.column}  ${SEVERITY_LABEL[f.severity]}  ${f.rule}  ${f.message}`),
	);
	const { error, warning } = countBySeverity(findings);
	lines.push(findings.length === 0 ? 'Không có lỗi hay cảnh báo nào.' : `Tổng cộng: ${error} lỗi, ${warning} cảnh báo.`);
	return lines.join('\n');
}

/** Findings as JSON, paths prefixed so they open from the working directory. */
export function formatFindingsJson(findings: readonly Finding[], prefix = ''): string {
	const { error, warning } = countBySeverity(findings);
	return JSON.stringify(
		{ errors: error, warnings: warning, findings: findings.map((f) => ({ ...f, file: `${prefix}${f.file}` })) },
		null,
		2,
	);
}
