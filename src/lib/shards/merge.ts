/**
 * Pagefind multisite for sharded builds. Each agency is built on its own (`qms build --agency X
 * --out shards/X`), then the portal build copies every shard into place and tells the search form
 * of every page where the shards' indexes are, so one search covers them all without re-indexing.
 */

/** Attribute of the search form that lists the extra Pagefind indexes, relative to the site base, space-separated. */
export const MERGE_ATTRIBUTE = 'data-search-merge';

/** Where the portal puts the index of the shard of `agency`: next to that agency's pages. */
export function shardIndexPath(agency: string): string {
	return `${agency}/pagefind/`;
}

/**
 * Adds the merge attribute to every search form of a page (forms carry `data-search-base`);
 * a form that already has one is left alone, so running the step twice changes nothing.
 */
export function addMergeAttribute(html: string, indexes: readonly string[]): string {
	if (indexes.length === 0) return html;
	const value = indexes.join(' ');
	return html.replace(/<form\b[^>]*\bdata-search-base="[^"]*"[^>]*>/g, (tag) =>
		tag.includes(`${MERGE_ATTRIBUTE}=`)
			? tag
			: tag.replace(/\bdata-search-base="[^"]*"/, (attribute) => `${attribute} ${MERGE_ATTRIBUTE}="${value}"`),
	);
}

/** The indexes a search form merges, read from the attribute's value; empty when there is none. */
export function readMergeAttribute(value: string | undefined): string[] {
	return (value ?? '').split(/\s+/).filter((path) => /^[\w\-./]+\/$/.test(path) && !path.includes('..'));
}
