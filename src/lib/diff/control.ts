import type { Person } from '../../../schemas/common.ts';
import type { DocumentControl } from '../../../schemas/document-control.ts';
import { formatDateVi } from '../text/dates.ts';
import { changed, type FieldChange } from './change.ts';

const PEOPLE = [
	['drafted', 'Người soạn thảo'],
	['reviewed', 'Người xem xét'],
	['approved', 'Người phê duyệt'],
] as const;

function person(value: Person | undefined): string {
	return value === undefined ? 'chưa có thông tin' : `${value.name} (${value.title})`;
}

/** Changes to the document-control block: code, title, dates and who drafted, reviewed, approved. */
export function diffControl(before: DocumentControl, after: DocumentControl): FieldChange[] {
	const changes: FieldChange[] = [];
	if (before.code !== after.code) changes.push(changed('code', 'Mã hiệu', before.code, after.code));
	if (before.title !== after.title) changes.push(changed('title', 'Tên tài liệu', before.title, after.title));
	if (before.issue !== after.issue) changes.push(changed('issue', 'Lần ban hành', String(before.issue), String(after.issue)));
	if (before.effective !== after.effective)
		changes.push(changed('effective', 'Ngày hiệu lực', formatDateVi(before.effective), formatDateVi(after.effective)));
	for (const [field, label] of PEOPLE) {
		if (person(before[field]) !== person(after[field])) changes.push(changed(field, label, person(before[field]), person(after[field])));
	}
	return changes;
}
