import type { DocumentVersion } from '../history/versions.ts';
import { getHandoff, setHandoff, type PastText } from '../build/context.ts';
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
 * One issue as the `history` collection stores it: no body and no HTML. Astro serialises the whole
 * content store into one JavaScript module that the build then compiles; with every past issue's
 * body and HTML in it that took 9 s of a 74 s build at N = 1,000, R = 5 (and 3 GiB). The current
 * issue's data and body are the working-tree document, in its own collection; a past issue's body
 * and HTML stay in this process (`pastTexts`) for the pages. `withTexts` puts them back.
 */
export type StoredVersion = Omit<HistoryVersion, 'data' | 'body' | 'html'> & Partial<Pick<HistoryVersion, 'data'>>;

/** A `history` collection entry as stored. */
export interface StoredHistoryData extends Omit<DocumentHistoryData, 'versions'> {
	versions: StoredVersion[];
}

export type { PastText } from '../build/context.ts';

/**
 * Past issues' texts, filled by the history loader and read by the pages. Both run in the one
 * process of `astro build` or `astro dev`; the map lives on globalThis because the loader and the
 * pages are loaded as separate module graphs.
 */
export function pastTexts(): Map<string, PastText> {
	return textsOf('pastTexts');
}

/**
 * The body and rendered HTML of every working-tree document, by file (`agencies/x/procedures/y.md`),
 * filled by the content loader and kept out of the content store for the reason `StoredVersion`
 * gives: the store would serialise every body into the data module (46 million characters at
 * N = 5,000), where this map only points at the strings the loaded corpus already holds.
 */
export function currentTexts(): Map<string, PastText> {
	return textsOf('currentTexts');
}

function textsOf(name: 'pastTexts' | 'currentTexts'): Map<string, PastText> {
	let texts = getHandoff(name);
	if (texts === undefined) {
		texts = new Map();
		setHandoff(name, texts);
	}
	return texts;
}

/** The working-tree text of a collection entry (its `filePath` is `content/<file>`). */
export function currentText(entry: { filePath?: string | undefined }): PastText {
	return currentTexts().get(entry.filePath?.replace(/^content\//, '') ?? '') ?? { body: '', html: '' };
}

/** Empties `currentTexts` and `pastTexts` once the pages are written, so their memory can be freed. */
export function releaseTexts(): void {
	currentTexts().clear();
	pastTexts().clear();
}

/** The key of one past issue in `pastTexts`. */
export function pastKey(file: string, issue: number): string {
	return `${file}#${issue}`;
}

/**
 * A stored history entry made whole: the current issue's data and body from the working-tree
 * document (`current`, looked up by file), past issues' body and HTML from `past`. Undefined when
 * a text is missing (the document is not part of this build).
 */
export function withTexts(
	stored: StoredHistoryData,
	current: (file: string) => { data: DocumentVersion['data']; body: string } | undefined,
	past: ReadonlyMap<string, PastText>,
): DocumentHistoryData | undefined {
	const versions: HistoryVersion[] = [];
	for (const { data, ...version } of stored.versions) {
		if (version.current) {
			const doc = current(stored.file);
			if (doc === undefined) return undefined;
			versions.push({ ...version, data: doc.data, body: doc.body, html: '' });
			continue;
		}
		const text = past.get(pastKey(stored.file, version.issue));
		if (data === undefined || text === undefined) return undefined;
		versions.push({ ...version, data, ...text });
	}
	return { ...stored, versions };
}
