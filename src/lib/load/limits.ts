import { visit } from 'yaml';
import type { Finding } from '../findings/finding.ts';
import { finding } from '../findings/rules.ts';
import { locate, type YamlSource } from './yaml-source.ts';

/**
 * Size limits of one document. The largest of the demo content are a procedure with 9.6 KB of
 * data (as JSON) and 3.5 KB of body (agencies/so-tu-phap/procedures/cap-phieu-ly-lich-tu-phap.md):
 * the limits leave a real document 25 times that room, and stop a file before it can exhaust the
 * build's memory (one 100 KB string repeated 20,000 times by YAML aliases is 2 GB once written out).
 * A catalogue file holds many entries: each entry has the data limit, the whole file its own.
 */
export const LIMITS = {
	/** Frontmatter of a Markdown file, a single-document YAML file or one catalogue entry, as JSON. */
	data: 256 * 1024,
	/** A whole catalogue file (list of TTHC, legal documents, internal processes), as JSON. */
	list: 16 * 1024 * 1024,
	/** The Markdown body, in UTF-16 code units (characters). */
	body: 1024 * 1024,
} as const;

/** `256 KB`, `1 MB`: the limits are whole numbers of either. */
const KB = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`);

/**
 * The length of `value` written as JSON (strings without escapes), counted up to `limit`: past it the count stops and
 * `Infinity` is returned, so a value whose aliases repeat one node millions of times (or a cycle)
 * costs no more than `limit` steps.
 */
export function dataSize(value: unknown, limit: number): number {
	let size = 0;
	const stack: unknown[] = [value];
	while (stack.length > 0) {
		const item = stack.pop();
		if (typeof item === 'string') size += item.length + 2;
		else if (Array.isArray(item)) {
			size += 1 + Math.max(item.length, 1);
			for (const element of item) stack.push(element);
		} else if (item !== null && typeof item === 'object') {
			const entries = Object.entries(item);
			size += 1 + Math.max(entries.length, 1);
			for (const [key, element] of entries) {
				size += key.length + 3;
				stack.push(element);
			}
		} else size += String(item).length;
		if (size > limit) return Infinity;
	}
	return size;
}

/** True when a document's data and body are within `LIMITS`: for texts read without findings (old issues in git). */
export function withinLimits(data: unknown, body: string): boolean {
	return body.length <= LIMITS.body && dataSize(data, LIMITS.data) <= LIMITS.data;
}

/**
 * Findings for data or a body over the limits. Data that only grows past the limit through
 * aliases (`*tên` repeating an `&tên` anchor) is reported at the first alias; other oversized data
 * at its largest top-level field; a long body at its first line.
 */
export function limitFindings(file: string, source: YamlSource, value: unknown, list: boolean, body: string, bodyLine: number): Finding[] {
	const findings: Finding[] = [];
	const limit = list ? LIMITS.list : LIMITS.data;
	const entries = list && Array.isArray(value) ? value : [value];
	const oversized = dataSize(value, limit) > limit || entries.some((entry) => dataSize(entry, LIMITS.data) > LIMITS.data);
	if (oversized) findings.push(dataFinding(file, source, value, list));
	if (body.length > LIMITS.body) {
		findings.push(
			finding(
				'body-too-large',
				file,
				{ line: bodyLine, column: 1 },
				`Nội dung tệp dài hơn ${KB(LIMITS.body)} (giới hạn cho một tài liệu). Tách phần phụ lục dài thành biểu mẫu trong thư mục forms/ hoặc rút gọn nội dung.`,
			),
		);
	}
	return findings;
}

function dataFinding(file: string, source: YamlSource, value: unknown, list: boolean): Finding {
	const alias = firstAlias(source);
	if (alias !== undefined) {
		const { line, col } = source.lineCounter.linePos(alias);
		return finding(
			'alias-expansion',
			file,
			{ line: line + source.lineOffset, column: col },
			`Các tham chiếu "*tên" lặp lại nội dung của neo "&tên" làm dữ liệu lớn hơn ${KB(list ? LIMITS.list : LIMITS.data)} (giới hạn cho ${list ? 'một tệp danh mục' : 'một tài liệu'}). Viết trực tiếp giá trị thay cho tham chiếu, và chỉ dùng tham chiếu cho đoạn ngắn.`,
		);
	}
	return finding(
		'data-too-large',
		file,
		locate(source, largestField(value)),
		`Phần thông tin ${list ? 'của tệp danh mục (hoặc một mục của nó)' : 'đầu tệp'} lớn hơn ${list ? `${KB(LIMITS.list)} (cả tệp) hoặc ${KB(LIMITS.data)} (một mục)` : KB(LIMITS.data)}. Rút gọn trường này; văn bản dài nên đặt ở phần nội dung hoặc thành biểu mẫu đính kèm.`,
	);
}

/** Offset of the first alias node of the YAML text, if any. */
function firstAlias(source: YamlSource): number | undefined {
	let offset: number | undefined;
	visit(source.doc, {
		Alias(_key, node) {
			offset = node.range?.[0];
			return visit.BREAK;
		},
	});
	return offset;
}

/** Path of the largest field: the largest top-level key of an object, the largest entry of a list. */
function largestField(value: unknown): PropertyKey[] {
	if (value === null || typeof value !== 'object') return [];
	let best: PropertyKey[] = [];
	let bestSize = -1;
	for (const [key, element] of Object.entries(value)) {
		const size = dataSize(element, LIMITS.list);
		if (size > bestSize) {
			best = [Array.isArray(value) ? Number(key) : key];
			bestSize = size;
		}
	}
	return best;
}
