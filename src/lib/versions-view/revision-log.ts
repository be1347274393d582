import { buildRevisionLog } from '../history/revision-log.ts';
import type { ControlView } from '../site/procedure-view.ts';
import { formatDateVi } from '../text/dates.ts';
import type { IssueEntry, Timeline } from './timeline.ts';

/** One row of the bảng theo dõi sửa đổi as a page shows it. */
export interface RevisionRowView {
	issue: number;
	/** `dd/mm/yyyy`. */
	date: string;
	part: string;
	description: string;
	/** The issue's page, when this build publishes it. */
	href?: string;
	/** What does not match git's record, as one sentence; absent when all agree. */
	warning?: string;
}

/**
 * The revision log printed on `entry`'s page: its own change notes, checked against the issues
 * recorded up to it (a later issue is not part of that document yet).
 */
export function revisionLogView(timeline: Timeline, entry: IssueEntry): RevisionRowView[] {
	const upTo = timeline.issues.filter((item) => item.issue <= entry.issue);
	const rows = buildRevisionLog(
		entry.version.data.revisions,
		upTo.map((item) => item.version),
	);
	return rows.map((row) => {
		const href = upTo.find((item) => item.issue === row.issue)?.href;
		const warning = row.mismatch.length === 0 ? undefined : `Chưa khớp với lịch sử lưu trữ: ${row.mismatch.join('; ')}.`;
		return {
			issue: row.issue,
			date: formatDateVi(row.date),
			part: row.part,
			description: row.description,
			...(href === undefined ? {} : { href }),
			...(warning === undefined ? {} : { warning }),
		};
	});
}

/**
 * `control` with the revision log of `entry`'s page, checked against git's record, and the issue it
 * starts at when earlier issues are kept outside this system: not for a log that starts at issue 2
 * after an issue 1 git records with an empty log, as a first issue may have.
 */
export function withRevisionLog<C extends ControlView>(control: C, timeline: Timeline, entry: IssueEntry): C {
	const revisions = revisionLogView(timeline, entry);
	const first = revisions[0]?.issue ?? 1;
	const one = timeline.issues.find((item) => item.issue === 1);
	const emptyFirst = first === 2 && one !== undefined && one.version.data.revisions.length === 0;
	return { ...control, revisions, logStartsAt: first > 1 && !emptyFirst ? first : undefined };
}
