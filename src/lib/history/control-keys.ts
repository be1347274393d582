import { parseMarkdown } from '../load/frontmatter.ts';

/** The two fields the history needs from each recorded text: the document code and the issue number. */
export interface ControlKeys {
	code: string;
	issue: number | undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const ISSUE_LINE = /^issue:[ \t]*(\d+)[ \t]*(?:#.*)?$/gm;
const CODE_LINE = /^code:[ \t]*(?:"([^"\\\n]*)"|'([^'\n]*)'|([^\s"'#][^#\n]*?))[ \t]*(?:#.*)?$/gm;

/**
 * `code` and `issue` of one recorded text. Reading every past text in full (frontmatter, YAML)
 * cost 2.6 s for 5,170 issues; both keys are plain top-level lines in every document an officer
 * writes, so they are read by a line scan, and the text is parsed in full only when a key is not
 * written that way (or written twice), with the same result as before.
 */
export function readControlKeys(text: string): ControlKeys {
	const block = FRONTMATTER.exec(text)?.[1];
	if (block !== undefined) {
		const issues = [...block.matchAll(ISSUE_LINE)];
		const codes = [...block.matchAll(CODE_LINE)];
		const keys = block.split('\n').map((line) => /^(code|issue):/.exec(line)?.[1]);
		const mentions = (key: string) => keys.filter((found) => found === key).length;
		const [, doubled, single, plain] = codes[0] ?? [];
		const code = doubled ?? single ?? plainString(plain);
		if (issues.length === 1 && codes.length === 1 && mentions('issue') === 1 && mentions('code') === 1 && code !== undefined)
			return { code, issue: Number(issues[0]?.[1]) };
	}
	const raw = parseMarkdown(text).data as { code?: unknown; issue?: unknown } | undefined;
	return {
		code: typeof raw?.code === 'string' ? raw.code : '',
		issue: typeof raw?.issue === 'number' && Number.isInteger(raw.issue) ? raw.issue : undefined,
	};
}

/** A plain YAML scalar that is certainly a string (starts with a letter, not a keyword, no ": "); else undefined. */
function plainString(value: string | undefined): string | undefined {
	const text = value?.trim();
	if (text === undefined || !/^\p{L}/u.test(text) || /:\s|\s#/.test(text) || /^(?:true|false|null)$/i.test(text)) return undefined;
	return text;
}
