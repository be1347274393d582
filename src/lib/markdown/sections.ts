import { foldVietnamese } from '../text/slug.ts';

/** The 7 standard sections of a procedure, in order, with the folded prefix that recognises each heading. */
export const STANDARD_SECTIONS = [
	{ title: 'Mục đích', key: 'muc dich' },
	{ title: 'Phạm vi', key: 'pham vi' },
	{ title: 'Tài liệu viện dẫn', key: 'tai lieu vien dan' },
	{ title: 'Định nghĩa và từ viết tắt', key: 'dinh nghia' },
	{ title: 'Nội dung quy trình', key: 'noi dung' },
	{ title: 'Biểu mẫu', key: 'bieu mau' },
	{ title: 'Hồ sơ cần lưu', key: 'ho so' },
] as const;

/** A level-2 heading of a body, with the standard section it is, if any. */
export interface BodySection {
	text: string;
	/** Index into STANDARD_SECTIONS, or -1 for an extra heading. */
	section: number;
	/** 1-based line inside the body. */
	line: number;
	column: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_H2 = /^( {0,3})##(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H2 = /^ {0,3}-+[ \t]*$/;

/** Inline Markdown reduced to its text: `**Mục đích**` → `Mục đích`, `[a](b)` → `a`. */
function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`~]+/g, '')
		.replace(/\\(.)/g, '$1')
		.trim();
}

/**
 * The level-2 headings of a Markdown body (ATX `## …` and setext `…\n---`), outside fenced code,
 * each matched to a standard section ("## 5. Nội dung quy trình" → 4). A line scan rather than a
 * full parse: the validator runs it on every body, and the headings are all it needs.
 */
export function readBodySections(body: string): BodySection[] {
	const sections: BodySection[] = [];
	const lines = body.split('\n');
	let fence: string | undefined;
	let previous = '';
	lines.forEach((raw, index) => {
		const line = raw.replace(/\r$/, '');
		const opening = FENCE.exec(line)?.[1];
		if (fence !== undefined) {
			if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
			previous = '';
			return;
		}
		if (opening !== undefined) {
			fence = opening;
			previous = '';
			return;
		}
		const atx = ATX_H2.exec(line);
		if (atx !== null) {
			sections.push(section(plainText(atx[2] ?? ''), index + 1, (atx[1] ?? '').length + 1));
			previous = '';
			return;
		}
		if (SETEXT_H2.test(line) && previous.trim() !== '' && !/^ {0,3}(#|[-*+] |\d+[.)] |>|\|)/.test(previous)) {
			sections.push(section(plainText(previous), index, 1));
			previous = '';
			return;
		}
		previous = line;
	});
	return sections;
}

function section(text: string, line: number, column: number): BodySection {
	const key = foldVietnamese(text).toLowerCase().replace(/^[\divx]+\s*[.)/-]?\s*/, '').trim();
	return { text, section: STANDARD_SECTIONS.findIndex((standard) => key.startsWith(standard.key)), line, column };
}
