import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type Node } from 'yaml';
import type { Revision } from '../../../schemas/document-control.ts';
import { parseMarkdown } from '../load/frontmatter.ts';

/** What a new issue changes in the document-control block. */
export interface IssueChange {
	issue: number;
	issued: string;
	effective: string;
	/** The revision-log row of the new issue, appended after the last one. */
	revision: Revision;
}

/** A replacement of `from`–`to` of the frontmatter text by `text`. */
interface Edit {
	from: number;
	to: number;
	text: string;
}

/**
 * The file's text with `issue`, `issued` and `effective` replaced and the revision row appended,
 * every other byte as it was: comments, key order, quoting, blank lines and the Markdown body. The
 * new row follows the style of the log's last row (a block map, or a one-line flow map); the dates
 * keep their quotes. Returns undefined when the frontmatter has none of the places to edit (the
 * caller checks the document against its schema first, so this means an unusual YAML layout).
 */
export function editNewIssue(text: string, change: IssueChange): string | undefined {
	const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
	const file = text.slice(bom.length);
	const frontmatter = parseMarkdown(file).yaml?.text;
	// The frontmatter starts at the newline that ends the opening `---` line (see parseMarkdown).
	const start = file.indexOf('\n');
	if (frontmatter === undefined || start < 0 || !file.startsWith(frontmatter, start)) return undefined;
	const edits = frontmatterEdits(frontmatter, change);
	if (edits === undefined) return undefined;
	let edited = frontmatter;
	for (const edit of edits.sort((a, b) => b.from - a.from)) edited = edited.slice(0, edit.from) + edit.text + edited.slice(edit.to);
	return bom + file.slice(0, start) + edited + file.slice(start + frontmatter.length);
}

function frontmatterEdits(frontmatter: string, change: IssueChange): Edit[] | undefined {
	const doc = parseDocument(frontmatter);
	if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
	const issue = doc.get('issue', true);
	const issued = doc.get('issued', true);
	const effective = doc.get('effective', true);
	const revisions = doc.get('revisions', true);
	if (!isScalar(issue) || !isScalar(issued)) return undefined;
	const dates = effectiveEdit(frontmatter, issued, effective, change);
	const row = revisionEdit(frontmatter, revisions, change.revision);
	if (dates === undefined || row === undefined) return undefined;
	return [replaceScalar(issue, String(change.issue)), replaceScalar(issued, change.issued), ...dates, row];
}

/**
 * The edit of `effective`: its value replaced; or, for a document that left it out (it takes effect
 * on its issue date), nothing when the new issue does too, else a line after `issued`.
 */
function effectiveEdit(frontmatter: string, issued: Scalar, effective: unknown, change: IssueChange): Edit[] | undefined {
	if (isScalar(effective)) return [replaceScalar(effective, change.effective)];
	if (effective !== undefined) return undefined;
	if (change.effective === change.issued) return [];
	const at = lineEnd(frontmatter, issued.range?.[1] ?? 0);
	return [{ from: at, to: at, text: `${eolOf(frontmatter)}effective: ${replaceScalar(issued, change.effective).text}` }];
}

/** Replaces a scalar's value, keeping its quotes and whatever follows it on the line (a comment). */
function replaceScalar(node: Scalar, value: string): Edit {
	const [from = 0, to = 0] = node.range ?? [];
	const quote = node.type === Scalar.QUOTE_SINGLE ? "'" : node.type === Scalar.QUOTE_DOUBLE ? '"' : '';
	return { from, to, text: `${quote}${value}${quote}` };
}

/**
 * The edit that puts the new row in the log: after its last row; in place of an empty `[]`; or, when
 * a first issue left the log out, as a new `revisions:` block at the end of the frontmatter.
 */
function revisionEdit(frontmatter: string, revisions: unknown, revision: Revision): Edit | undefined {
	if (revisions === undefined) {
		const at = lineEnd(frontmatter, frontmatter.length);
		return { from: at, to: at, text: `${eolOf(frontmatter)}revisions:${blockItem(renderRow(revision, false), '  ', eolOf(frontmatter))}` };
	}
	if (!isSeq(revisions)) return undefined;
	if (revisions.items.length === 0) {
		const [from = 0, to = 0] = revisions.range ?? [];
		return revisions.flow === true ? { from, to, text: `[${renderRow(revision, true)}]` } : undefined;
	}
	return appendRow(frontmatter, revisions.items.at(-1), revisions.flow === true, revision);
}

/**
 * The new row after `last`: inside a flow sequence, `, { … }` right after it; in a block sequence, a
 * new item on the line after it, at the same indentation, in the same style (block or flow map).
 */
function appendRow(frontmatter: string, last: unknown, flowSequence: boolean, revision: Revision): Edit | undefined {
	const range = (last as Node | undefined)?.range;
	if (range === undefined || range === null) return undefined;
	const flowRow = flowSequence || (isMap(last) && last.flow === true);
	const rendered = renderRow(revision, flowRow);
	if (flowSequence) return { from: range[1], to: range[1], text: `, ${rendered}` };
	const lineStart = frontmatter.lastIndexOf('\n', range[0]) + 1;
	const indent = /^[ \t]*-[ \t]+/.exec(frontmatter.slice(lineStart, range[0]));
	if (indent === null) return undefined;
	const at = lineEnd(frontmatter, range[1]);
	return { from: at, to: at, text: blockItem(rendered, indent[0].slice(0, indent[0].indexOf('-')), eolOf(frontmatter)) };
}

/** `rendered` as a block sequence item indented by `dash`, each line after a line break: `- issue: 4`, `  date: …`. */
function blockItem(rendered: string, dash: string, eol: string): string {
	const lines = `- ${rendered}`.split('\n').map((line, index) => (index === 0 || line === '' ? line : `  ${line}`));
	return lines.map((line) => `${eol}${line === '' ? '' : dash}${line}`).join('');
}

/** The line break the frontmatter is written with. */
function eolOf(frontmatter: string): string {
	return frontmatter.includes('\r\n') ? '\r\n' : '\n';
}

/** The end of the last line holding text before `offset` (before its line break). */
function lineEnd(text: string, offset: number): number {
	let end = offset;
	while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
	const newline = text.indexOf('\n', end);
	const at = newline < 0 ? text.length : newline;
	return text.charAt(at - 1) === '\r' ? at - 1 : at;
}

/**
 * A revision row as YAML: a block map (`issue: 4` then one key a line) or a one-line flow map,
 * where a text with line breaks is double-quoted so the map stays on its line. No line is folded.
 */
function renderRow(revision: Revision, flow: boolean): string {
	const doc = new Document(revision);
	if (flow && isMap(doc.contents)) {
		doc.contents.flow = true;
		for (const pair of doc.contents.items) {
			if (isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.value.includes('\n'))
				pair.value.type = Scalar.QUOTE_DOUBLE;
		}
	}
	return doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
}
