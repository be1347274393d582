import type { DossierItem } from '../../../schemas/procedure.ts';
import { COPY_LABELS, twoDigits } from './labels.ts';

/** One paper of the checklist: "Tờ khai đăng ký khai sinh", "bản chính", and when it is needed. */
export interface ChecklistItem {
	name: string;
	/** "bản chính", "bản sao, 02 bản". */
	copy: string;
	note?: string;
}

/** What a citizen brings, in three groups; a group may be empty. */
export interface DossierChecklist {
	/** Papers every applicant submits. */
	required: ChecklistItem[];
	/** Papers submitted only in a case the note names ("Trường hợp ủy quyền…"). */
	conditional: ChecklistItem[];
	/** Papers shown at the counter and handed back ("Xuất trình để đối chiếu, không phải nộp"). */
	shown: ChecklistItem[];
}

/**
 * A case the paper depends on, as officers word it. "Trường hợp không có X thì nộp Y" names an
 * alternative to a required paper, not a case: the paper stays required.
 */
const CONDITION = /^(?:trường hợp|chỉ nộp|chỉ áp dụng|đối với|nếu|khi)\s/iu;
const ALTERNATIVE = /^trường hợp không có\s/iu;
const SHOWN_ONLY = /^xuất trình/iu;

/**
 * Sorts the dossier into required, conditional and shown-only papers. The schema has no field for
 * this, so it is read from each paper's note (see CONDITION and SHOWN_ONLY); a paper without a
 * note is required.
 */
export function dossierChecklist(dossier: readonly DossierItem[]): DossierChecklist {
	const checklist: DossierChecklist = { required: [], conditional: [], shown: [] };
	for (const item of dossier) {
		const entry: ChecklistItem = { name: item.name, copy: `${COPY_LABELS[item.copy].toLowerCase()}${item.count > 1 ? `, ${twoDigits(item.count)} bản` : ''}`, ...(item.note === undefined ? {} : { note: item.note }) };
		const note = item.note?.trim() ?? '';
		if (CONDITION.test(note) && !ALTERNATIVE.test(note)) checklist.conditional.push(entry);
		else if (SHOWN_ONLY.test(note)) checklist.shown.push(entry);
		else checklist.required.push(entry);
	}
	return checklist;
}
