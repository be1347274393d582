import { oneLine } from './one-line.ts';

/** The characters that open inline Markdown or HTML: emphasis, code, links, images, raw HTML, entities, tables, strike-through. */
const INLINE_SYNTAX = /[\\`*_[\]<>!|~&]/g;

/**
 * Text from the documents, made safe to print inside a line of Markdown: on one line, every
 * character that could open a construct escaped with a backslash, so a title can neither forge
 * a heading nor carry HTML into a pull-request comment. It renders as the text itself.
 */
export function escapeMarkdown(text: string): string {
	return oneLine(text).replace(INLINE_SYNTAX, (char) => `\\${char}`);
}

/** Text shown as inline code: on one line, fenced by more backticks than it holds in a row. */
export function markdownCode(text: string): string {
	const flat = oneLine(text);
	const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longest + 1);
	const pad = longest > 0 || flat.startsWith(' ') || flat.endsWith(' ') ? ' ' : '';
	return `${fence}${pad}${flat}${pad}${fence}`;
}
