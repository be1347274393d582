/**
 * Whether a build shows the document at `file` (path relative to the content folder) on a page of
 * its own. A single-agency build (`--agency`) shows only that agency's documents and a sharded
 * portal (`--shards`) none: the other bodies stay in the content layer for the open-data export
 * but are not rendered to HTML, which is most of the work of a build.
 */
export function rendersDocument(file: string, only: string | undefined, sharded: boolean): boolean {
	if (sharded) return false;
	return only === undefined || only === '' || file.startsWith(`agencies/${only}/`);
}
