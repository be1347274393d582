import type { InternalProcess, Objectives } from '../../../schemas/index.ts';
import { added, changed, listDelta, removed, type FieldChange } from './change.ts';
import { diffForms } from './forms.ts';
import { diffSteps } from './steps.ts';

/** Changes to the goals and the plan of a year's quality objectives. */
export function diffObjectivesFields(before: Objectives, after: Objectives): FieldChange[] {
	const changes: FieldChange[] = [];
	const goals = listDelta(before.objectives, after.objectives, (goal) => goal.indicator);
	for (const goal of goals.added)
		changes.push(added('objectives', `Mục tiêu: thêm «${goal.indicator}» ${goal.target} ${goal.unit}`, goal.indicator));
	for (const goal of goals.removed) changes.push(removed('objectives', `Mục tiêu: bỏ «${goal.indicator}»`, goal.indicator));
	for (const [old, now] of goals.kept) {
		if (old.target !== now.target || old.unit !== now.unit)
			changes.push(changed('objectives', `Mục tiêu «${now.indicator}»`, `${old.target} ${old.unit}`, `${now.target} ${now.unit}`));
	}
	const plan = listDelta(before.plan, after.plan, (item) => item.action);
	for (const item of plan.added) changes.push(added('plan', `Kế hoạch: thêm «${item.action}» (${item.owner})`, item.action));
	for (const item of plan.removed) changes.push(removed('plan', `Kế hoạch: bỏ «${item.action}»`, item.action));
	return changes;
}

/** Changes to an internal process's catalogue entry, steps and forms. */
export function diffInternalFields(before: InternalProcess, after: InternalProcess): FieldChange[] {
	const changes: FieldChange[] = [];
	if (before.catalogue !== after.catalogue) changes.push(changed('catalogue', 'Mục danh mục', before.catalogue, after.catalogue));
	changes.push(...diffSteps(before.steps, after.steps));
	changes.push(...diffForms(before.forms, after.forms));
	return changes;
}
