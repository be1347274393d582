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
