import type { Step } from '../../../schemas/step.ts';
import { formatDays, HOURS_PER_DAY, parseStepTime } from '../procedure/time.ts';
import { formatDecimalVi } from '../text/numbers.ts';
import { slugify } from '../text/slug.ts';
import { added, changed, listDelta, removed, type FieldChange } from './change.ts';

/** A step's time for a change sentence: days as days, hours as hours, so "4 giờ" and 0.5 read alike only when equal. */
function timeText(step: Step): string {
	const duration = parseStepTime(step.time);
	if (duration.kind === 'unstated') return 'chưa ghi thời gian';
	if (duration.kind === 'uncounted') return 'không tính thời gian';
	return duration.unit === 'giờ' && duration.hours % (HOURS_PER_DAY / 4) !== 0
		? `${formatDecimalVi(duration.hours)} giờ`
		: `${formatDays(duration.hours / HOURS_PER_DAY)} ngày`;
}

/** Share of words two step actions have in common (Dice coefficient over their folded words), 0 to 1. */
export function actionSimilarity(a: string, b: string): number {
	const words = (text: string) =>
		new Set(
			slugify(text)
				.split('-')
				.filter((word) => word !== ''),
		);
	const left = words(a);
	const right = words(b);
	if (left.size === 0 || right.size === 0) return 0;
	let common = 0;
	for (const word of left) if (right.has(word)) common++;
	return (2 * common) / (left.size + right.size);
}

/** Two actions at least this alike are one step reworded, not a step removed and another added. */
const SAME_STEP = 0.5;

/**
 * Pairs removed and added steps that are one step reworded: the most alike pairs first, each step
 * in at most one pair, pairs below SAME_STEP left as removed and added.
 */
function matchReworded(removedSteps: readonly Step[], addedSteps: readonly Step[]): Array<[Step, Step]> {
	const candidates = removedSteps.flatMap((old) =>
		addedSteps.map((now) => ({ old, now, score: actionSimilarity(old.action, now.action) })),
	);
	candidates.sort((a, b) => b.score - a.score);
	const used = new Set<Step>();
	const pairs: Array<[Step, Step]> = [];
	for (const { old, now, score } of candidates) {
		if (score < SAME_STEP || used.has(old) || used.has(now)) continue;
		used.add(old).add(now);
		pairs.push([old, now]);
	}
	return pairs;
}

/** What else changed in a kept or reworded step: "; chuyển từ A sang B; thời gian 0,5 ngày → 0,25 ngày". */
function otherChanges(old: Step, now: Step): string {
	const parts: string[] = [];
	if (old.role !== now.role) parts.push(`chuyển từ ${old.role} sang ${now.role}`);
	if (timeText(old) !== timeText(now)) parts.push(`thời gian ${timeText(old)} → ${timeText(now)}`);
	return parts.map((part) => `; ${part}`).join('');
}

/** A step whose action, written over several lines, reads on one: a change is one line. */
function oneLine(step: Step): Step {
	return { ...step, action: step.action.replace(/\s*\n\s*/g, ' ') };
}

/**
 * Steps added, removed, reworded, reassigned to another role, or given another time. Steps are
 * matched by their action, then a removed and an added step whose actions share most of their
 * words are one reworded step: one change, with its role and time changes.
 */
export function diffSteps(beforeSteps: readonly Step[], afterSteps: readonly Step[], where = ''): FieldChange[] {
	const [before, after] = [beforeSteps.map(oneLine), afterSteps.map(oneLine)];
	const changes: FieldChange[] = [];
	const delta = listDelta(before, after, (step) => step.action);
	const reworded = matchReworded(delta.removed, delta.added).sort(([, a], [, b]) => after.indexOf(a) - after.indexOf(b));
	const paired = new Set(reworded.flat());
	for (const step of delta.removed)
		if (!paired.has(step)) changes.push(removed('steps', `Bỏ bước${where} «${step.action}» (${step.role})`, step.action));
	for (const step of delta.added)
		if (!paired.has(step))
			changes.push(added('steps', `Thêm bước${where} «${step.action}» do ${step.role} thực hiện, ${timeText(step)}`, step.action));
	for (const [old, now] of reworded) {
		const suffix = otherChanges(old, now);
		changes.push({
			...changed('steps', `Bước${where} đổi nội dung`, `«${old.action}»`, `«${now.action}»`),
			before: old.action,
			after: now.action,
			prose: true,
			text: `Bước${where} đổi nội dung: «${old.action}» → «${now.action}»${suffix}`,
			...(suffix === '' ? {} : { suffix }),
		});
	}
	for (const [old, now] of delta.kept) {
		if (old.role !== now.role)
			changes.push({
				...changed('steps', `Bước${where} «${now.action}» chuyển từ`, old.role, now.role),
				text: `Bước${where} «${now.action}» chuyển từ ${old.role} sang ${now.role}`,
			});
		if (timeText(old) !== timeText(now))
			changes.push(changed('steps', `Thời gian bước${where} «${now.action}»`, timeText(old), timeText(now)));
	}
	return changes;
}
