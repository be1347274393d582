import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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

const parser = unified().use(remarkParse);

/** The level-2 headings of a Markdown body, each matched to a standard section ("## 5. Nội dung quy trình" → 4). */
export function readBodySections(body: string): BodySection[] {
	const tree = parser.parse(body) as Root;
	return tree.children
		.filter((node): node is Heading => node.type === 'heading' && node.depth === 2)
		.map((node) => {
			const text = toString(node);
			const key = foldVietnamese(text).toLowerCase().replace(/^[\divx]+\s*[.)/-]?\s*/, '').trim();
			return {
				text,
				section: STANDARD_SECTIONS.findIndex((section) => key.startsWith(section.key)),
				line: node.position?.start.line ?? 1,
				column: node.position?.start.column ?? 1,
			};
		});
}
