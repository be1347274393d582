import type { DossierItem } from '../../../schemas/procedure.ts';
import { copyWords } from './labels.ts';

/** One paper of the checklist: "Tờ khai đăng ký khai sinh", "bản chính", and when it is needed. */
export interface ChecklistItem {
	name: string;
	/** "bản chính", "bản sao, 02 bản"; absent when the source states neither kind nor count. */
	copy?: string;
	note?: string;
}

/** What a citizen brings, in three groups; a group may be empty. */
export interface DossierChecklist {
	/** Papers every applicant submits (`need: bat-buoc`). */
	required: ChecklistItem[];
	/** Papers submitted only in the case their note names (`need: theo-truong-hop`). */
	conditional: ChecklistItem[];
	/** Papers shown at the counter and handed back (`need: xuat-trinh`). */
	shown: ChecklistItem[];
}

const GROUP = { 'bat-buoc': 'required', 'theo-truong-hop': 'conditional', 'xuat-trinh': 'shown' } as const;

/** Sorts the dossier into required, conditional and shown-only papers by each paper's `need`. */
export function dossierChecklist(dossier: readonly DossierItem[]): DossierChecklist {
	const checklist: DossierChecklist = { required: [], conditional: [], shown: [] };
	for (const item of dossier) {
		const copy = copyWords(item);
		const entry: ChecklistItem = {
			name: item.name,
			...(copy === '' ? {} : { copy }),
			...(item.note === undefined ? {} : { note: item.note }),
		};
		checklist[GROUP[item.need]].push(entry);
	}
	return checklist;
}
