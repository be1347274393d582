import { agencyDocuments } from './documents.ts';
import { inPeriod } from './period.ts';
import type { ReportSource } from './source.ts';
import type { DocumentRef, Period } from './types.ts';

/** One issue of a controlled document (lần ban hành) of an agency. */
export interface DocumentIssue extends DocumentRef {
	agency: string;
}

/**
 * The issues the files hold today: one per document, its current issue. A reader of the git
 * history can supply every past issue instead, in the same shape, to `computeReport`.
 */
export function currentIssues(source: ReportSource): DocumentIssue[] {
	return source.agencies.flatMap((folder) => agencyDocuments(folder).map((doc) => ({ agency: folder.id, ...doc })));
}

/** The issues of one agency signed in the period, oldest first, then by code. */
export function changesInPeriod(issues: readonly DocumentIssue[], agency: string, period: Period): DocumentRef[] {
	return issues
		.filter((item) => item.agency === agency && inPeriod(item.issued, period))
		.sort((a, b) => a.issued.localeCompare(b.issued) || a.code.localeCompare(b.code) || a.issue - b.issue)
		.map(({ agency: _agency, ...doc }) => doc);
}
