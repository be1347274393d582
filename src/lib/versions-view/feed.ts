import type { FeedEntry } from '../history/feed.ts';
import type { Timeline } from './timeline.ts';

/**
 * The feed entries of an agency: every issue of every document, each at its permanent page.
 * `absolute` turns a site path (with the base) into an absolute address.
 */
export function feedEntries(timelines: readonly Timeline[], absolute: (path: string) => string): FeedEntry[] {
	return timelines.flatMap((timeline) =>
		timeline.issues.map((entry) => ({
			url: absolute(entry.href),
			title: `${entry.version.data.code} ${entry.version.data.title} — lần ${entry.issue}`,
			date: entry.version.data.issued,
			summary: entry.note,
		})),
	);
}
