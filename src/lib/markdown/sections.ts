import { foldVietnamese } from '../text/slug.ts';

/**
 * The 7 standard sections of a procedure, in order, with the folded prefixes that recognise each
 * heading in the wordings agencies use ("ĐỊNH NGHĨA/VIẾT TẮT", "Thuật ngữ và chữ viết tắt",
 * "Tài liệu tham chiếu", "Lưu hồ sơ").
 */
export const STANDARD_SECTIONS = [
	{ title: 'Mục đích', keys: ['muc dich'] },
	{ title: 'Phạm vi', keys: ['pham vi'] },
	{ title: 'Tài liệu viện dẫn', keys: ['tai lieu vien dan', 'tai lieu tham chieu', 'tai lieu lien quan'] },
	{
		title: 'Định nghĩa và từ viết tắt',
		keys: ['dinh nghia', 'thuat ngu', 'giai thich tu ngu', 'viet tat', 'tu viet tat', 'chu viet tat', 'ky hieu viet tat'],
	},
	{ title: 'Nội dung quy trình', keys: ['noi dung'] },
	{ title: 'Biểu mẫu', keys: ['bieu mau', 'mau bieu'] },
	{ title: 'Hồ sơ cần lưu', keys: ['ho so', 'luu ho so', 'luu tru ho so'] },
] as const;

/**
 * The numbering before a heading's words: "1.", "5)", "IV -", "Mục 3:", "Phần II.". A Roman
 * numeral counts only when punctuation or a space follows it, so "VIẾT TẮT" keeps its "vi".
 */
const NUMBERING = /^(?:(?:muc|phan)\s+)?(?:\d+|[ivx]+)(?:\s*[.):/-]\s*|\s+)/;

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
	const key = foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim().replace(NUMBERING, '').replace(/^cac /, '');
	return { text, section: STANDARD_SECTIONS.findIndex((standard) => standard.keys.some((prefix) => key.startsWith(prefix))), line, column };
}
