import type { Finding } from '../../findings/finding.ts';
import { finding } from '../../findings/rules.ts';
import type { LoadedDocument } from '../../load/corpus.ts';
import { readBodySections, STANDARD_SECTIONS } from '../../markdown/sections.ts';
import type { RuleContext } from '../context.ts';

/** Procedures and internal processes have the 7 standard sections as `##` headings, in order. */
export function checkBodySections(ctx: RuleContext): Finding[] {
	const findings: Finding[] = [];
	for (const folder of ctx.corpus.agencies) {
		for (const doc of [...folder.procedures, ...folder.internal]) findings.push(...sectionFindings(doc));
	}
	return findings;
}

function sectionFindings(doc: LoadedDocument<unknown>): Finding[] {
	const findings: Finding[] = [];
	const sections = readBodySections(doc.body);
	const at = (line: number, column: number) => ({ line: doc.bodyLine + line - 1, column });
	let highest = -1;
	const seen = new Set<number>();
	for (const heading of sections) {
		if (heading.section < 0) continue;
		if (heading.section < highest) {
			const after = STANDARD_SECTIONS[highest]?.title ?? '';
			findings.push(finding('body-sections', doc.file, at(heading.line, heading.column), `Mục "${heading.text}" đứng sau mục "${after}". Các mục của quy trình theo thứ tự: ${numbered()}. Chuyển mục về đúng chỗ.`));
		}
		highest = Math.max(highest, heading.section);
		seen.add(heading.section);
	}
	const missing = STANDARD_SECTIONS.flatMap((section, index) => (seen.has(index) ? [] : [`${index + 1}. ${section.title}`]));
	if (missing.length > 0) {
		findings.push(finding('body-sections', doc.file, at(1, 1), `Nội dung tài liệu thiếu ${missing.length === 1 ? 'mục' : 'các mục'}: ${missing.join('; ')}. Thêm mỗi mục thành một tiêu đề "## " theo thứ tự: ${numbered()}.`));
	}
	return findings;
}

function numbered(): string {
	return STANDARD_SECTIONS.map((section, index) => `${index + 1}. ${section.title}`).join(', ');
}
