/**
 * How serious a finding is. A document error (`error`) keeps the document it is found in from being
 * published as written; a compliance finding (`compliance`) says the quality system is late or
 * incomplete and never stops a build; a warning is printed and the build goes on.
 */
export type Severity = 'error' | 'compliance' | 'warning';

/** A position in a source file, 1-based like editors show it. */
export interface Position {
	line: number;
	column: number;
}

/** One problem found in the corpus, tied to a file and a position. */
export interface Finding extends Position {
	/** Path of the file relative to the content folder, with `/` separators. */
	file: string;
	severity: Severity;
	/** Stable English rule id, e.g. `step-time-sum`. */
	rule: string;
	/** Vietnamese text: what is wrong, then what to do. */
	message: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, compliance: 1, warning: 2 };

/** Orders findings by file, then line, then column, then severity, so output is stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
	return [...findings].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
			a.rule.localeCompare(b.rule),
	);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
	const counts: Record<Severity, number> = { error: 0, compliance: 0, warning: 0 };
	for (const finding of findings) counts[finding.severity]++;
	return counts;
}
