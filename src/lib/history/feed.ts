/** One new issue announced in an agency's feed. */
export interface FeedEntry {
	/** Permanent address of the page, absolute. */
	url: string;
	title: string;
	/** Issue date, `YYYY-MM-DD`. */
	date: string;
	summary: string;
}

export interface Feed {
	/** Absolute address of the feed itself. */
	url: string;
	/** Absolute address of the agency's home page. */
	home: string;
	title: string;
	entries: FeedEntry[];
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Midday in Vietnam on `date`, as RFC 3339: Atom needs a time; documents only have a day. */
function atomTime(date: string): string {
	return `${date}T12:00:00+07:00`;
}

/** An Atom 1.0 feed, newest entries first (RFC 4287). */
export function renderAtomFeed(feed: Feed): string {
	const entries = [...feed.entries].sort((a, b) => (a.date === b.date ? a.url.localeCompare(b.url) : b.date.localeCompare(a.date)));
	const updated = entries[0]?.date ?? '1970-01-01';
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
		`  <id>${escapeXml(feed.url)}</id>`,
		`  <title>${escapeXml(feed.title)}</title>`,
		`  <updated>${atomTime(updated)}</updated>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.url)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
	];
	for (const entry of entries) {
		lines.push(
			'  <entry>',
			`    <id>${escapeXml(entry.url)}</id>`,
			`    <title>${escapeXml(entry.title)}</title>`,
			`    <updated>${atomTime(entry.date)}</updated>`,
			`    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
			`    <summary>${escapeXml(entry.summary)}</summary>`,
			'  </entry>',
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}
