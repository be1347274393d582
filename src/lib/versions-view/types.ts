import type { DocumentVersion } from '../history/versions.ts';
import type { FileKind } from '../load/classify.ts';

/** One issue as the `history` collection stores it: `html` is the rendered body of a past issue, '' for the current one. */
export interface HistoryVersion extends DocumentVersion {
	html: string;
}

/** The data of one `history` collection entry (see src/content/history-loader.ts). */
export interface DocumentHistoryData {
	kind: FileKind;
	file: string;
	/** False when git history could not be read: `versions` then holds the current issue only. */
	available: boolean;
	versions: HistoryVersion[];
}

/**
 * One issue as the `history` collection stores it. The current issue leaves out `data` and `body`:
 * they are the working-tree document, already in its own collection, and storing them twice made
 * the content store (serialised whole by Astro) a third larger. `withCurrent` puts them back.
 */
export type StoredVersion = Omit<HistoryVersion, 'data' | 'body'> & Partial<Pick<HistoryVersion, 'data' | 'body'>>;

/** A `history` collection entry as stored. */
export interface StoredHistoryData extends Omit<DocumentHistoryData, 'versions'> {
	versions: StoredVersion[];
}

/**
 * A stored history entry with the current issue's data and body taken from the working-tree
 * document (`current`, looked up by file); undefined when the file is not among them.
 */
export function withCurrent(stored: StoredHistoryData, current: (file: string) => { data: DocumentVersion['data']; body: string } | undefined): DocumentHistoryData | undefined {
	const versions: HistoryVersion[] = [];
	for (const version of stored.versions) {
		if (version.data !== undefined && version.body !== undefined) {
			versions.push({ ...version, data: version.data, body: version.body });
			continue;
		}
		const doc = current(stored.file);
		if (doc === undefined) return undefined;
		versions.push({ ...version, data: doc.data, body: doc.body });
	}
	return { ...stored, versions };
}
