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
			findings.push(
				finding(
					'body-sections',
					doc.file,
					at(heading.line, heading.column),
					`Mục "${heading.text}" đứng sau mục "${after}". Các mục của quy trình theo thứ tự: ${numbered()}. Chuyển mục về đúng chỗ.`,
				),
			);
		}
		highest = Math.max(highest, heading.section);
		seen.add(heading.section);
	}
	const missingIndexes = STANDARD_SECTIONS.flatMap((_, index) => (seen.has(index) ? [] : [index]));
	const missing = missingIndexes.map((index) => `${index + 1}. ${STANDARD_SECTIONS[index]?.title ?? ''}`);
	const first = missingIndexes[0];
	if (first !== undefined) {
		// The finding stands at the heading the first missing section belongs before, where the officer adds it.
		const next = sections.find((heading) => heading.section > first);
		const where = next === undefined ? at(1, 1) : at(next.line, next.column);
		const place = next === undefined ? '' : ` (mục ${first + 1} đặt trước tiêu đề "${next.text}")`;
		findings.push(
			finding(
				'body-sections',
				doc.file,
				where,
				`Nội dung tài liệu thiếu ${missing.length === 1 ? 'mục' : 'các mục'}: ${missing.join('; ')}${place}. Thêm mỗi mục thành một tiêu đề "## " theo thứ tự: ${numbered()}.`,
			),
		);
	}
	return findings;
}

function numbered(): string {
	return STANDARD_SECTIONS.map((section, index) => `${index + 1}. ${section.title}`).join(', ');
}
