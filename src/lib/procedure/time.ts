import { STEP_TIME_PATTERN } from '../../../schemas/step.ts';
import type { Step, StepTime } from '../../../schemas/step.ts';
import type { TimeLimitFields } from '../../../schemas/time-limit.ts';
import { formatDecimalVi } from '../text/numbers.ts';

/** Working hours in a working day, for steps given in hours. */
export const HOURS_PER_DAY = 8;

/** A step's time as read: counted (in the unit written), not counted, or not stated at all. */
export type StepDuration =
	{ kind: 'counted'; hours: number; unit: 'ngày' | 'giờ'; amount: number } | { kind: 'uncounted' } | { kind: 'unstated' };

/** Reads a step's time: a number is working days; "Giờ hành chính" and "không tính" are not counted. */
export function parseStepTime(time: StepTime | undefined): StepDuration {
	if (time === undefined) return { kind: 'unstated' };
	if (typeof time === 'number') return { kind: 'counted', hours: time * HOURS_PER_DAY, unit: 'ngày', amount: time };
	const match = STEP_TIME_PATTERN.exec(time.trim());
	if (match === null || match[1] === undefined || match[2] === undefined) return { kind: 'uncounted' };
	const amount = Number(match[1].replace(',', '.'));
	const unit = match[2].toLowerCase() === 'giờ' ? 'giờ' : 'ngày';
	return { kind: 'counted', hours: unit === 'giờ' ? amount : amount * HOURS_PER_DAY, unit, amount };
}

/** A step's counted time in working hours; `null` when it is not counted or not stated. */
export function stepHours(time: StepTime | undefined): number | null {
	const duration = parseStepTime(time);
	return duration.kind === 'counted' ? duration.hours : null;
}

/** A step's time in working days; `null` when the step is not counted or not stated. */
export function stepDays(time: StepTime | undefined): number | null {
	const hours = stepHours(time);
	return hours === null ? null : hours / HOURS_PER_DAY;
}

/** True when `days` is a whole number of quarter days (0.25, 0.5, 0.75, 1 …). */
export function isQuarterDays(days: number): boolean {
	return Math.abs(days * 4 - Math.round(days * 4)) < 1e-9;
}

/** True when `hours` is a whole number of half hours (0.5, 1, 1.5 …). */
export function isHalfHours(hours: number): boolean {
	return Math.abs(hours * 2 - Math.round(hours * 2)) < 1e-9;
}

function round(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/** The sum of the counted steps' times, in working hours. */
export function countedHours(steps: readonly Step[]): number {
	let hours = 0;
	for (const step of steps) hours += stepHours(step.time) ?? 0;
	return round(hours);
}

/** Numbers (from 1) of the steps whose time is not stated. */
export function unstatedSteps(steps: readonly Step[]): number[] {
	return steps.flatMap((step, index) => (step.time === undefined ? [index + 1] : []));
}

/** "0,5", "10", "1,25": a number of days written the Vietnamese way. */
export function formatDays(days: number): string {
	return formatDecimalVi(days);
}

/** A time limit as written: working days, hours, or the same day (with the hour after which it is the next day). */
export type TimeLimit =
	{ unit: 'days'; amount: number } | { unit: 'hours'; amount: number; clock?: true } | { unit: 'same-day'; cutoff?: string };

/** The time limit written in `fields`, if any. */
export function timeLimitOf(fields: TimeLimitFields): TimeLimit | undefined {
	if (fields.days !== undefined) return { unit: 'days', amount: fields.days };
	if (fields.hours !== undefined)
		return { unit: 'hours', amount: fields.hours, ...(fields.clock === true ? { clock: true as const } : {}) };
	if (fields.sameDay === true) return { unit: 'same-day' };
	if (fields.sameDay !== undefined) return { unit: 'same-day', cutoff: fields.sameDay.cutoff };
	return undefined;
}

/** The limit in working hours; a same-day limit is one working day at most. */
export function limitHours(limit: TimeLimit): number {
	if (limit.unit === 'days') return round(limit.amount * HOURS_PER_DAY);
	if (limit.unit === 'hours') return limit.amount;
	return HOURS_PER_DAY;
}

/** True when the procedure counts its steps in hours: a limit in hours, or the same day. */
export function countsInHours(limit: TimeLimit | undefined): boolean {
	return limit !== undefined && limit.unit !== 'days';
}

/** `hours` in the unit the limit counts in: "2,5 ngày" for a limit in days, "11,5 giờ" otherwise. */
export function formatHoursFor(hours: number, limit: TimeLimit | undefined): string {
	return countsInHours(limit) ? `${formatDecimalVi(round(hours))} giờ` : `${formatDays(round(hours / HOURS_PER_DAY))} ngày`;
}

/** "15:00" as said: "15 giờ", "15 giờ 30". */
function formatCutoff(cutoff: string): string {
	const [hour = '', minute = ''] = cutoff.split(':');
	return minute === '00' ? `${Number(hour)} giờ` : `${Number(hour)} giờ ${minute}`;
}

/**
 * A time limit as the page says it: "10 ngày làm việc", "96 giờ làm việc", "12 giờ (tính liên tục,
 * kể cả ngày nghỉ)" for clock hours, "Trong ngày", "Trong ngày (hồ sơ nhận sau 15 giờ trả vào ngày
 * làm việc tiếp theo)"; 0 days is "Trong ngày".
 */
export function formatTimeLimitText(limit: TimeLimit): string {
	if (limit.unit === 'days') return limit.amount === 0 ? 'Trong ngày' : `${formatDays(limit.amount)} ngày làm việc`;
	if (limit.unit === 'hours')
		return `${formatDecimalVi(limit.amount)} ${limit.clock === true ? 'giờ (tính liên tục, kể cả ngày nghỉ)' : 'giờ làm việc'}`;
	return limit.cutoff === undefined
		? 'Trong ngày'
		: `Trong ngày (hồ sơ nhận sau ${formatCutoff(limit.cutoff)} trả vào ngày làm việc tiếp theo)`;
}
