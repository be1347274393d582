import type { Step } from '../../../schemas/step.ts';
import { formatDays, stepDays } from '../procedure/time.ts';
import { added, changed, listDelta, removed, type FieldChange } from './change.ts';

function timeText(step: Step): string {
	const days = stepDays(step.time);
	return days === null ? 'không tính thời gian' : `${formatDays(days)} ngày`;
}

/** Steps added, removed, reassigned to another role, or given another time; steps are matched by their action. */
export function diffSteps(before: readonly Step[], after: readonly Step[], where = ''): FieldChange[] {
	const changes: FieldChange[] = [];
	const delta = listDelta(before, after, (step) => step.action);
	for (const step of delta.removed) changes.push(removed('steps', `Bỏ bước${where} «${step.action}» (${step.role})`, step.action));
	for (const step of delta.added) changes.push(added('steps', `Thêm bước${where} «${step.action}» do ${step.role} thực hiện, ${timeText(step)}`, step.action));
	for (const [old, now] of delta.kept) {
		if (old.role !== now.role) changes.push({ ...changed('steps', `Bước${where} «${now.action}» chuyển từ`, old.role, now.role), text: `Bước${where} «${now.action}» chuyển từ ${old.role} sang ${now.role}` });
		if (timeText(old) !== timeText(now)) changes.push(changed('steps', `Thời gian bước${where} «${now.action}»`, timeText(old), timeText(now)));
	}
	return changes;
}
