import { STEP_TIME_PATTERN } from '../../../schemas/step.ts';
import type { Step, StepTime } from '../../../schemas/step.ts';
import { formatDecimalVi } from '../text/numbers.ts';

/** Working hours in a working day, for steps given in hours. */
export const HOURS_PER_DAY = 8;

/** A step's time in working days; `null` when the step is not counted ("không tính"). */
export function stepDays(time: StepTime): number | null {
	if (typeof time === 'number') return time;
	const match = STEP_TIME_PATTERN.exec(time.trim());
	if (match === null || match[1] === undefined) return null;
	const amount = Number(match[1].replace(',', '.'));
	return match[2] === 'giờ' ? amount / HOURS_PER_DAY : amount;
}

/** True when `days` is a whole number of quarter days (0.25, 0.5, 0.75, 1 …). */
export function isQuarterDays(days: number): boolean {
	return Math.abs(days * 4 - Math.round(days * 4)) < 1e-9;
}

/** The sum of the counted steps' times, in working days. */
export function countedDays(steps: readonly Step[]): number {
	let quarters = 0;
	for (const step of steps) {
		const days = stepDays(step.time);
		if (days !== null) quarters += days * 4;
	}
	return Math.round(quarters * 1000) / 4000;
}

/** "0,5", "10", "1,25": a number of days written the Vietnamese way. */
export function formatDays(days: number): string {
	return formatDecimalVi(days);
}
