import type { Revision } from '../../../schemas/document-control.ts';
import type { DocumentVersion } from './versions.ts';

/** One row of the published revision log: the officer's change note joined with the issue git recorded. */
export interface RevisionRow extends Revision {
	/** The commit that published this issue, when git recorded it. */
	commit?: string;
	/** What does not match between the note and the recorded issue, in Vietnamese; empty when all agree. */
	mismatch: string[];
}

/**
 * The revision log (bảng theo dõi sửa đổi) built from the issues and the change notes of the
 * current issue's frontmatter: one row per note, checked against the recorded issue of that number,
 * and a row for every recorded issue the notes forget, except a first issue issued with an empty log.
 */
export function buildRevisionLog(notes: readonly Revision[], versions: readonly DocumentVersion[]): RevisionRow[] {
	const byIssue = new Map(versions.map((version) => [version.issue, version]));
	const rows: RevisionRow[] = notes.map((note) => {
		const version = byIssue.get(note.issue);
		const mismatch: string[] = [];
		if (version !== undefined && version.data.issued !== note.date)
			mismatch.push(`ngày ghi trong bảng khác ngày ban hành của lần ${note.issue}`);
		return { ...note, ...(version?.commit === undefined ? {} : { commit: version.commit }), mismatch };
	});
	for (const version of versions) {
		if (notes.some((note) => note.issue === version.issue)) continue;
		// A first issue's log is empty until something changes: that issue is then no forgotten row.
		if (version.issue === 1 && version.data.revisions.length === 0) continue;
		rows.push({
			issue: version.issue,
			date: version.data.issued,
			part: '—',
			description: '—',
			...(version.commit === undefined ? {} : { commit: version.commit }),
			mismatch: [`lần ban hành ${version.issue} có trong lịch sử nhưng chưa có dòng trong bảng theo dõi sửa đổi`],
		});
	}
	return rows.sort((a, b) => a.issue - b.issue);
}
