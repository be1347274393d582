import { diffWordsWithSpace } from 'diff';
import { readBodySections } from '../markdown/sections.ts';

/** A run of text in a word diff: kept, inserted or deleted. */
export interface WordPart {
	text: string;
	op: 'same' | 'insert' | 'delete';
}

/** The word-by-word changes of one body section (or of the text before the first heading). */
export interface SectionDiff {
	title: string;
	parts: WordPart[];
	changed: boolean;
}

/** Splits a Markdown body at its `##` headings: [title, text] pairs; text before the first heading has title ''. */
export function splitSections(body: string): Array<[string, string]> {
	const lines = body.split('\n');
	const headings = readBodySections(body);
	const sections: Array<[string, string]> = [];
	let start = 0;
	let title = '';
	for (const heading of headings) {
		const text = lines
			.slice(start, heading.line - 1)
			.join('\n')
			.trim();
		if (title !== '' || text !== '') sections.push([title, text]);
		title = heading.text;
		start = heading.line;
	}
	const rest = lines.slice(start).join('\n').trim();
	if (title !== '' || rest !== '') sections.push([title, rest]);
	return sections;
}

/**
 * Word-by-word differences of two bodies, section by section, matched by heading text; a section
 * only in one issue shows wholly inserted or deleted.
 */
export function diffBodies(before: string, after: string): SectionDiff[] {
	const old = new Map(splitSections(before));
	const now = splitSections(after);
	const result: SectionDiff[] = [];
	for (const [title, text] of now) {
		const previous = old.get(title);
		old.delete(title);
		// Most sections of a new issue are unchanged: no word diff for those (it is most of the time
		// of a comparison page), and the same result as the diff would give, one run of kept text.
		const parts: WordPart[] =
			previous === text
				? text === ''
					? []
					: [{ text, op: 'same' }]
				: diffWordsWithSpace(previous ?? '', text).map((part) => ({
						text: part.value,
						op: part.added ? 'insert' : part.removed ? 'delete' : 'same',
					}));
		result.push({ title, parts, changed: parts.some((part) => part.op !== 'same') });
	}
	for (const [title, text] of old) result.push({ title, parts: [{ text, op: 'delete' }], changed: true });
	return result;
}
