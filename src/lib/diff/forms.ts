import { formName, type Form } from '../../../schemas/procedure.ts';
import { added, listDelta, removed, type FieldChange } from './change.ts';

/** A form as a change names it: "BM-01 «Tờ khai»", or "«Tờ khai»" for a form known only by its title. */
function formWords(form: Form): string {
	return form.code === undefined ? `«${form.title}»` : `${form.code} «${form.title}»`;
}

/** Forms added and removed, told apart by code, or by title for a form without one. */
export function diffForms(before: readonly Form[], after: readonly Form[]): FieldChange[] {
	const forms = listDelta(before, after, formName);
	return [
		...forms.added.map((form) => added('forms', `Biểu mẫu: thêm ${formWords(form)}`, formName(form))),
		...forms.removed.map((form) => removed('forms', `Biểu mẫu: bỏ ${formWords(form)}`, formName(form))),
	];
}
