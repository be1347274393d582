import type { IssueEntry, Timeline } from './timeline.ts';
import { currentText } from './types.ts';

/** Which issue a document page shows and where: the main page, or the issue's own page. */
export interface IssuePage {
	timeline: Timeline;
	entry: IssueEntry;
	/** True on the document's main page, false on `…/lan-<n>/`. */
	main: boolean;
}

/** The main page of a document: it shows the issue in force (or the first upcoming). */
export function mainPage(timeline: Timeline): IssuePage {
	return { timeline, entry: timeline.shown, main: true };
}

/** The page of issue `issue`; throws when the document has no such issue (a route that should not exist). */
export function issuePage(timeline: Timeline, issue: number): IssuePage {
	const entry = timeline.issues.find((item) => item.issue === issue);
	if (entry === undefined) throw new Error(`Tài liệu ${timeline.home} không có lần ban hành ${issue}`);
	return { timeline, entry, main: false };
}

/** The rendered body of a working-tree document entry (`filePath` is `content/<file>`); '' when it has none. */
export function bodyHtml(entry: { filePath?: string | undefined }): string {
	return currentText(entry).html;
}

/** The rendered body of the shown issue: the content layer's rendering for the current file, the history's for a past one. */
export function issueBodyHtml(page: IssuePage, currentHtml: string): string {
	return page.entry.version.current ? currentHtml : page.entry.version.html;
}

/** The page's title: the document's, with the issue on an issue's own page. */
export function issueTitle(page: IssuePage): string {
	const title = page.entry.version.data.title;
	return page.main ? title : `${title} (lần ban hành ${page.entry.issue})`;
}
