/** The kinds of file in a content folder; the folder a file sits in decides its kind. */
export type FileKind =
	| 'province'
	| 'internal-catalogue'
	| 'tthc-catalogue'
	| 'legal-registry'
	| 'agency'
	| 'policy'
	| 'objectives'
	| 'procedure'
	| 'internal-process'
	| 'statistics'
	| 'form'
	| 'unknown';

export interface ClassifiedPath {
	kind: FileKind;
	/** The agency folder, for files under `agencies/<id>/`. */
	agency?: string;
}

const AGENCY_FILE: ReadonlyArray<[RegExp, FileKind]> = [
	[/^agency\.ya?ml$/, 'agency'],
	[/^policy\.md$/, 'policy'],
	[/^objectives\/\d{4}\.md$/, 'objectives'],
	[/^procedures\/[^/]+\.md$/, 'procedure'],
	[/^internal\/[^/]+\.md$/, 'internal-process'],
	[/^statistics\/\d{4}\.ya?ml$/, 'statistics'],
	[/^forms\/.+$/, 'form'],
];

/** Classifies a path relative to the content folder (with `/` separators). */
export function classifyPath(path: string): ClassifiedPath {
	if (/^province\.ya?ml$/.test(path)) return { kind: 'province' };
	if (/^catalogue\/internal-processes\.ya?ml$/.test(path)) return { kind: 'internal-catalogue' };
	if (/^catalogue\/tthc\/[^/]+\.ya?ml$/.test(path)) return { kind: 'tthc-catalogue' };
	if (/^catalogue\/legal\/[^/]+\.ya?ml$/.test(path)) return { kind: 'legal-registry' };
	const agencyMatch = /^agencies\/([^/]+)\/(.+)$/.exec(path);
	if (agencyMatch !== null) {
		const [, agency = '', rest = ''] = agencyMatch;
		for (const [pattern, kind] of AGENCY_FILE) if (pattern.test(rest)) return { kind, agency };
		return { kind: 'unknown', agency };
	}
	return { kind: 'unknown' };
}
