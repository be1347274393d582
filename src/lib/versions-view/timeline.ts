import type { DocumentControl } from '../../../schemas/document-control.ts';
import { issueInForce } from '../history/versions.ts';
import { formatDateVi } from '../text/dates.ts';
import { comparePath, issuePath } from './paths.ts';
import type { DocumentHistoryData, HistoryVersion } from './types.ts';

/** Where an issue stands on the build's date. */
export type IssueStatus = 'in-force' | 'expired' | 'upcoming';

/** One issue of a document as the pages list and link it. */
export interface IssueEntry {
	issue: number;
	version: HistoryVersion;
	status: IssueStatus;
	/** "Đang có hiệu lực", "Đã hết hiệu lực", "Sắp có hiệu lực từ 01/09/2026". */
	statusText: string;
	/** `dd/mm/yyyy`. */
	issued: string;
	effective: string;
	/** The issue's permanent page: `…/lan-<n>/`. */
	href: string;
	/** The change note of this issue from its own revision log; '' when it has none. */
	note: string;
	/** The page comparing this issue with the one before it in the list. */
	compare?: { from: number; href: string };
}

/** Every issue of a document, and the one its main page shows. */
export interface Timeline {
	/** False when git history was not read: only the current issue is known. */
	available: boolean;
	/** The document's main page. */
	home: string;
	/** The issue the main page shows: the one in force, or the first upcoming when none is in force yet. */
	shown: IssueEntry;
	/** Issues taking effect later, other than the shown one, oldest first. */
	upcoming: IssueEntry[];
	/** Every issue, oldest first. */
	issues: IssueEntry[];
	/** Every pair of issues (older first), for the comparison pages. */
	pairs: Array<{ from: IssueEntry; to: IssueEntry; href: string }>;
}

function statusText(status: IssueStatus, effective: string): string {
	if (status === 'in-force') return 'Đang có hiệu lực';
	if (status === 'expired') return 'Đã hết hiệu lực';
	return `Sắp có hiệu lực từ ${formatDateVi(effective)}`;
}

/**
 * The issues of one document on `today` (`YYYY-MM-DD`). `current` stands in for a document the
 * history collection does not know (history then counts as unavailable).
 */
export function documentTimeline(
	history: DocumentHistoryData | undefined,
	current: { data: DocumentControl; body?: string },
	today: string,
	home: string,
): Timeline {
	const versions: HistoryVersion[] = history?.versions.length
		? history.versions
		: [{ issue: current.data.issue, data: current.data, body: current.body ?? '', current: true, html: '' }];
	const { inForce, upcoming } = issueInForce(versions, today);
	const upcomingIssues = new Set(upcoming.map((version) => version.issue));
	const issues = versions.map((version, index): IssueEntry => {
		const status: IssueStatus = version === inForce ? 'in-force' : upcomingIssues.has(version.issue) ? 'upcoming' : 'expired';
		const previous = versions[index - 1];
		return {
			issue: version.issue,
			version,
			status,
			statusText: statusText(status, version.data.effective),
			issued: formatDateVi(version.data.issued),
			effective: formatDateVi(version.data.effective),
			href: issuePath(home, version.issue),
			note: version.data.revisions.find((row) => row.issue === version.issue)?.description ?? '',
			...(previous === undefined ? {} : { compare: { from: previous.issue, href: comparePath(home, previous.issue, version.issue) } }),
		};
	});
	// `versions` always holds at least the current issue, so there is a last issue.
	const shown: IssueEntry =
		issues.find((entry) => entry.status === 'in-force') ?? issues.find((entry) => entry.status === 'upcoming') ?? issues.at(-1)!;
	const pairs = issues.flatMap((from, index) =>
		issues.slice(index + 1).map((to) => ({ from, to, href: comparePath(home, from.issue, to.issue) })),
	);
	return {
		available: history?.available ?? false,
		home,
		shown,
		upcoming: issues.filter((entry) => entry.status === 'upcoming' && entry !== shown),
		issues,
		pairs,
	};
}

/** The issue with number `issue`, or undefined. */
export function findIssue(timeline: Timeline, issue: number): IssueEntry | undefined {
	return timeline.issues.find((entry) => entry.issue === issue);
}
