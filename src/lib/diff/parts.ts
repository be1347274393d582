import type { Part } from '../../../schemas/procedure.ts';
import type { Step } from '../../../schemas/step.ts';
import type { TimeLimitFields } from '../../../schemas/time-limit.ts';
import { formatDays, formatTimeLimitText, timeLimitOf } from '../procedure/time.ts';
import { added, changed, listDelta, removed, type FieldChange } from './change.ts';
import { diffSteps } from './steps.ts';

/** "3 ngày làm việc", "12 giờ", "trong ngày": a time limit inside a sentence. */
export function limitWords(fields: TimeLimitFields): string {
	const limit = timeLimitOf(fields);
	if (limit === undefined) return 'chưa ghi thời hạn';
	const text = formatTimeLimitText(limit);
	return text.startsWith('Trong') ? `t${text.slice(1)}` : text;
}

/** A changed time limit: "15 → 10 ngày làm việc" between two limits in days, "3 ngày làm việc → 12 giờ" otherwise. */
export function diffTimeLimit(field: string, label: string, before: TimeLimitFields, after: TimeLimitFields): FieldChange[] {
	const [old, now] = [timeLimitOf(before), timeLimitOf(after)];
	if (old === undefined || now === undefined) return [];
	if (old.unit === 'days' && now.unit === 'days')
		return old.amount === now.amount ? [] : [changed(field, label, formatDays(old.amount), formatDays(now.amount), ' ngày làm việc')];
	const [oldText, nowText] = [limitWords(before), limitWords(after)];
	return oldText === nowText ? [] : [changed(field, label, oldText, nowText)];
}

interface Layout {
	steps?: Step[] | undefined;
	parts?: Part[] | undefined;
}

/**
 * Changes to the steps of a procedure or of its case `caseName`: steps, and for a table in parts
 * the parts added or removed (matched by name), their time, agency and steps.
 */
export function diffLayout(before: Layout, after: Layout, caseName?: string): FieldChange[] {
	const inCase = caseName === undefined ? '' : `trường hợp «${caseName}»`;
	const changes = diffSteps(before.steps ?? [], after.steps ?? [], inCase === '' ? '' : ` (${inCase})`);
	const where = inCase === '' ? '' : `, ${inCase}`;
	const parts = listDelta(before.parts ?? [], after.parts ?? [], (part) => part.name);
	for (const part of parts.added)
		changes.push(
			added(
				'parts',
				`Thêm phần «${part.name}»${where}${part.agency === undefined ? '' : ` do ${part.agency} thực hiện`}, ${limitWords(part)}`,
				part.name,
			),
		);
	for (const part of parts.removed) changes.push(removed('parts', `Bỏ phần «${part.name}»${where}`, part.name));
	for (const [old, now] of parts.kept) {
		changes.push(...diffTimeLimit('parts', `Thời gian phần «${now.name}»${where}`, old, now));
		if (old.agency !== now.agency)
			changes.push(changed('parts', `Cơ quan thực hiện phần «${now.name}»${where}`, old.agency ?? 'chưa ghi', now.agency ?? 'chưa ghi'));
		changes.push(...diffSteps(old.steps, now.steps, ` (phần «${now.name}»${where})`));
	}
	return changes;
}
