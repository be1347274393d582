import { CONTENT_KINDS, KINDS, type ContentKind, type FileKind } from '../kinds/index.ts';

export type { FileKind } from '../kinds/index.ts';

export interface ClassifiedPath {
	kind: FileKind;
	/** The agency folder, for files under `agencies/<id>/`. */
	agency?: string;
}

/** Any file under an agency's `forms/` folder: a form attached to its documents. */
const FORM_FILE = /^forms\/.+$/;

/** The kind of table whose pattern `path` (inside `scope`) matches. */
function kindAt(scope: 'content' | 'agency', path: string): ContentKind | undefined {
	return CONTENT_KINDS.find((kind) => KINDS[kind].file.scope === scope && KINDS[kind].file.pattern.test(path));
}

/** Classifies a path relative to the content folder (with `/` separators). */
export function classifyPath(path: string): ClassifiedPath {
	const top = kindAt('content', path);
	if (top !== undefined) return { kind: top };
	const agencyMatch = /^agencies\/([^/]+)\/(.+)$/.exec(path);
	if (agencyMatch !== null) {
		const [, agency = '', rest = ''] = agencyMatch;
		return { kind: kindAt('agency', rest) ?? (FORM_FILE.test(rest) ? 'form' : 'unknown'), agency };
	}
	return { kind: 'unknown' };
}
