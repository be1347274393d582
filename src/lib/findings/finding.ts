/** How serious a finding is: an error stops the build, a warning is printed and the build goes on. */
export type Severity = 'error' | 'warning';

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

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1 };

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
	let error = 0;
	for (const finding of findings) if (finding.severity === 'error') error++;
	return { error, warning: findings.length - error };
}
