import type { DocumentControl } from '../../../schemas/document-control.ts';
import { documentKind } from '../kinds/index.ts';
import type { FileKind } from '../load/classify.ts';
import { parseMarkdown } from '../load/frontmatter.ts';
import { withinLimits } from '../load/limits.ts';
import { hasYamlErrors } from '../load/yaml-source.ts';
import type { DocumentHistory } from './read-history.ts';

/** One issue of a document ready to show: its validated data and body, and where git recorded it. */
export interface DocumentVersion {
	issue: number;
	data: DocumentControl;
	body: string;
	/** The commit that published the issue; absent for an issue not yet committed. */
	commit?: string;
	/** The date of that commit. */
	date?: string;
	/** True for the version in the working tree (the files being built). */
	current: boolean;
}

/** Parses one historical text with the kind's schema; undefined when that issue does not meet today's schema. */
export function parseVersionText(kind: FileKind, text: string): { data: DocumentControl; body: string } | undefined {
	const schema = documentKind(kind)?.schema;
	const markdown = parseMarkdown(text);
	if (schema === undefined || markdown.yaml === undefined || hasYamlErrors(markdown.yaml) || !withinLimits(markdown.data, markdown.body))
		return undefined;
	const result = schema.safeParse(markdown.data);
	return result.success ? { data: result.data as DocumentControl, body: markdown.body } : undefined;
}

/**
 * Every issue of a document, oldest first: the issues git recorded and the working-tree version,
 * which stands for its issue number (it may carry edits not yet committed).
 */
export function documentVersions(
	kind: FileKind,
	current: { data: DocumentControl; body: string },
	history: DocumentHistory | undefined,
): DocumentVersion[] {
	const versions: DocumentVersion[] = [];
	for (const recorded of history?.issues ?? []) {
		if (recorded.issue === current.data.issue) {
			versions.push({
				issue: recorded.issue,
				data: current.data,
				body: current.body,
				commit: recorded.commit,
				date: recorded.date,
				current: true,
			});
			continue;
		}
		const parsed = parseVersionText(kind, recorded.text);
		if (parsed !== undefined && recorded.issue < current.data.issue)
			versions.push({ issue: recorded.issue, ...parsed, commit: recorded.commit, date: recorded.date, current: false });
	}
	if (!versions.some((version) => version.current))
		versions.push({ issue: current.data.issue, data: current.data, body: current.body, current: true });
	return versions.sort((a, b) => a.issue - b.issue);
}

/** The issue in force on `today` (the newest already effective) and the issues that take effect later. */
export function issueInForce(
	versions: readonly DocumentVersion[],
	today: string,
): { inForce: DocumentVersion | undefined; upcoming: DocumentVersion[] } {
	const effective = versions.filter((version) => version.data.effective <= today);
	return { inForce: effective.at(-1), upcoming: versions.filter((version) => version.data.effective > today) };
}
