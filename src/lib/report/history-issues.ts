import { documentKind, type SearchKind } from '../kinds/index.ts';
import { classifyPath } from '../load/classify.ts';
import type { Corpus } from '../load/corpus.ts';
import type { DocumentHistory } from '../history/read-history.ts';
import { documentVersions } from '../history/versions.ts';
import { controlledDocuments } from '../validate/context.ts';
import type { DocumentIssue } from './changes.ts';
import type { DocumentControl } from '../../../schemas/document-control.ts';

/**
 * Every issue of every controlled document, past ones from git included, in the shape the
 * "documents changed in the period" figure counts.
 */
export function historyIssues(corpus: Corpus, history: ReadonlyMap<string, DocumentHistory>): DocumentIssue[] {
	return corpus.agencies.flatMap((folder) =>
		controlledDocuments(folder).flatMap((doc) => {
			const { kind } = classifyPath(doc.file);
			if (documentKind(kind) === undefined) return [];
			const slug = doc.file.replace(/^.*\//, '').replace(/\.md$/, '');
			return versionIssues(folder.id, kind, slug, documentVersions(kind, doc, history.get(doc.file)));
		}),
	);
}

/** The issues of one document, as the figure counts them; none for a kind the figures do not count. */
export function versionIssues(
	agency: string,
	kind: string,
	slug: string,
	versions: ReadonlyArray<{ issue: number; data: DocumentControl }>,
): DocumentIssue[] {
	const reportKind = documentKind(kind)?.document.search as SearchKind | undefined;
	if (reportKind === undefined) return [];
	return versions.map((version) => ({
		agency,
		kind: reportKind,
		slug,
		code: version.data.code,
		title: version.data.title,
		issue: version.issue,
		issued: version.data.issued,
		effective: version.data.effective,
	}));
}
