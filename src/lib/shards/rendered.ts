/**
 * Whether a build shows the document at `file` (path relative to the content folder) on a page of
 * its own. A single-agency build (`--agency`) shows only that agency's documents, and keeps no
 * other agency's in its content layer (`keepsAgencyDocuments`). A sharded portal (`--shards`)
 * shows none: its documents stay in the content layer for the reports and the open-data export,
 * but are not rendered to HTML, which is most of the work of a build.
 */
export function rendersDocument(file: string, only: string | undefined, sharded: boolean): boolean {
	if (sharded) return false;
	return only === undefined || only === '' || file.startsWith(`agencies/${only}/`);
}

/**
 * Whether a build keeps the policy, objectives, procedures and internal processes of agency
 * `folder` in its content layer. A single-agency build keeps its own only: no page of it shows
 * another agency's documents, and its /data/corpus.json is that agency's open data (with what the
 * whole province shares: catalogues, legal registry, the list of agencies). At N = 5,000 this
 * took an agency's build from 17.5 s to 12.4 s and under 2 GiB. Every other build keeps them all.
 */
export function keepsAgencyDocuments(folder: string, only: string | undefined): boolean {
	return only === undefined || only === '' || folder === only;
}
