import { diffWordsWithSpace } from 'diff';
import type { FieldChange } from '../diff/change.ts';
import { diffDocumentFields } from '../kinds/field-diff.ts';
import { diffBodies, type SectionDiff, type WordPart } from '../diff/words.ts';
import type { FileKind } from '../load/classify.ts';
import type { HistoryVersion } from './types.ts';

/** One field change as a page shows it: its sentence, or for long running text its label and the words that changed. */
export interface ChangeItem {
	text: string;
	words?: { label: string; parts: WordPart[]; suffix: string };
}

/** Field changes under one plain heading. */
export interface ChangeGroup {
	id: string;
	title: string;
	changes: ChangeItem[];
}

/** Running text longer than this (either side) reads better word by word than as "before → after". */
const LONG_TEXT = 60;

function changeItem(change: FieldChange): ChangeItem {
	const { before, after, label } = change;
	if (
		change.prose !== true ||
		before === undefined ||
		after === undefined ||
		label === undefined ||
		Math.max(before.length, after.length) <= LONG_TEXT
	)
		return { text: change.text };
	const parts = joinRuns(
		diffWordsWithSpace(before, after).map((part): WordPart => ({
			text: part.value,
			op: part.added ? 'insert' : part.removed ? 'delete' : 'same',
		})),
	);
	return { text: change.text, words: { label, parts, suffix: change.suffix ?? '' } };
}

/** Headings of the field changes, in the order a citizen reads a procedure; fields not named here go to "Thay đổi khác". */
const GROUPS: ReadonlyArray<{ id: string; title: string; fields: readonly string[] }> = [
	{ id: 'thoi-han', title: 'Thời hạn giải quyết', fields: ['days', 'cases'] },
	{ id: 'ho-so', title: 'Thành phần hồ sơ', fields: ['dossier', 'dossierSets'] },
	{ id: 'phi', title: 'Phí, lệ phí', fields: ['fees'] },
	{ id: 'cac-buoc', title: 'Các bước xử lý', fields: ['steps', 'parts'] },
	{ id: 'can-cu', title: 'Căn cứ pháp lý', fields: ['legalBases'] },
	{
		id: 'thuc-hien',
		title: 'Cách thức, nơi nộp, đối tượng, điều kiện, kết quả',
		fields: ['methods', 'reception', 'applicants', 'conditions', 'result', 'tthc'],
	},
	{ id: 'bieu-mau', title: 'Biểu mẫu, hồ sơ cần lưu', fields: ['forms', 'records'] },
	{ id: 'muc-tieu', title: 'Mục tiêu và kế hoạch', fields: ['objectives', 'plan'] },
	{ id: 'kiem-soat', title: 'Mã hiệu, tên, ngày hiệu lực', fields: ['code', 'title', 'effective', 'catalogue'] },
	{ id: 'nguoi-ky', title: 'Người soạn thảo, xem xét, phê duyệt', fields: ['drafted', 'reviewed', 'approved'] },
];

/** Field changes grouped under their headings, groups without changes left out, changes in the order given. */
export function groupChanges(changes: readonly FieldChange[]): ChangeGroup[] {
	const groups = GROUPS.map((group) => ({
		id: group.id,
		title: group.title,
		changes: changes.filter((change) => group.fields.includes(change.field)).map(changeItem),
	}));
	const known = new Set(GROUPS.flatMap((group) => group.fields));
	groups.push({ id: 'khac', title: 'Thay đổi khác', changes: changes.filter((change) => !known.has(change.field)).map(changeItem) });
	return groups.filter((group) => group.changes.length > 0);
}

/** One body section of the word diff, with the heading shown for it. */
export interface SectionView extends SectionDiff {
	heading: string;
}

/** What changed between two issues: fields in words, then the body word by word. */
export interface Comparison {
	groups: ChangeGroup[];
	sections: SectionView[];
	/** Number of body sections with a change. */
	changedSections: number;
}

/**
 * Joins insertions (or deletions) separated only by a space into one run: "<ins>,</ins> <ins>thời
 * hạn</ins>" reads, and is announced, as one insertion ", thời hạn".
 */
export function joinRuns(parts: readonly WordPart[]): WordPart[] {
	const joined: WordPart[] = [];
	for (let index = 0; index < parts.length; index++) {
		const part = parts[index] as WordPart;
		const last = joined.at(-1);
		const next = parts[index + 1];
		if (part.op === 'same' && /^\s+$/.test(part.text) && last !== undefined && last.op !== 'same' && next?.op === last.op) {
			joined[joined.length - 1] = { op: last.op, text: last.text + part.text + next.text };
			index++;
		} else if (last !== undefined && last.op === part.op) {
			joined[joined.length - 1] = { op: last.op, text: last.text + part.text };
		} else {
			joined.push({ ...part });
		}
	}
	return joined;
}

export function compareVersions(kind: FileKind, before: HistoryVersion, after: HistoryVersion): Comparison {
	const sections = diffBodies(before.body, after.body).map((section) => ({
		...section,
		parts: joinRuns(section.parts),
		heading: section.title === '' ? 'Phần mở đầu' : section.title,
	}));
	return {
		groups: groupChanges(diffDocumentFields(kind, before.data, after.data)),
		sections,
		changedSections: sections.filter((section) => section.changed).length,
	};
}

/** The change notes of the issues after `from` up to `to`, as written in their revision logs. */
export function notesBetween(
	issues: ReadonlyArray<{ issue: number; note: string }>,
	from: number,
	to: number,
): Array<{ issue: number; note: string }> {
	return issues
		.filter((entry) => entry.issue > from && entry.issue <= to && entry.note !== '')
		.map((entry) => ({ issue: entry.issue, note: entry.note }));
}
