import type { Part, Procedure } from '../../../schemas/procedure.ts';
import type { Step } from '../../../schemas/step.ts';
import type { TimeLimitFields } from '../../../schemas/time-limit.ts';
import { partLabel } from '../procedure/parts.ts';
import {
	countedHours,
	formatDays,
	formatTimeLimitText,
	HOURS_PER_DAY,
	limitHours,
	parseStepTime,
	timeLimitOf,
	unstatedSteps,
	type TimeLimit,
} from '../procedure/time.ts';
import { formatDecimalVi } from '../text/numbers.ts';

/** One row of a step table as shown. */
export interface StepRow {
	number: number;
	action: string;
	role: string;
	/** "0,5 ngày", "4 giờ", "Không tính thời gian", "Chưa ghi thời gian". */
	time: string;
	/** False for a step whose time is not counted (such as returning the result). */
	counted: boolean;
	outputs: string[];
}

/** A run of steps with its time: a whole table, or one part of a table in parts. */
export interface StepSection {
	/** "I. Cấp xã" for a part; absent for a whole table. */
	label?: string;
	/** The agency that carries out a part. */
	agency?: string;
	/** The time limit as written: "10 ngày làm việc", "12 giờ", "Trong ngày". */
	limit: string;
	/** The counted steps' sum in the limit's unit: "10 ngày làm việc", "11,5 giờ". */
	total: string;
	/** Numbers of the steps with no time written. */
	unstated: number[];
	/** True when some step has a counted time, so `total` adds something up. */
	timed: boolean;
	rows: StepRow[];
}

/** A step table: one for a single-case procedure, one per case otherwise; a table in parts has no rows of its own. */
export interface StepTable extends StepSection {
	/** The case's name; absent for a single-case procedure. */
	name?: string;
	parts: StepSection[];
}

/** A step's time as written in the table. */
export function stepTimeText(time: Step['time']): string {
	const duration = parseStepTime(time);
	if (duration.kind === 'unstated') return 'Chưa ghi thời gian';
	if (duration.kind === 'uncounted')
		return typeof time === 'string' && /^giờ/iu.test(time.trim()) ? 'Không tính thời gian (giờ hành chính)' : 'Không tính thời gian';
	return `${formatDecimalVi(duration.amount)} ${duration.unit}`;
}

export function stepRows(steps: readonly Step[]): StepRow[] {
	return steps.map((step, index) => ({
		number: index + 1,
		action: step.action,
		role: step.role,
		time: stepTimeText(step.time),
		counted: parseStepTime(step.time).kind !== 'uncounted',
		outputs: step.outputs,
	}));
}

/** `hours` said in the limit's unit: "10 ngày làm việc" for a limit in days, "11,5 giờ làm việc" for one in hours, "11,5 giờ" in a day. */
function totalText(hours: number, limit: TimeLimit | undefined): string {
	if (limit === undefined || limit.unit === 'days') return `${formatDays(Math.round((hours / HOURS_PER_DAY) * 1e6) / 1e6)} ngày làm việc`;
	if (limit.unit === 'hours') return formatTimeLimitText({ ...limit, amount: hours });
	return `${formatDecimalVi(hours)} giờ`;
}

function limitText(limit: TimeLimit | undefined, hours: number): string {
	return limit === undefined ? totalText(hours, undefined) : formatTimeLimitText(limit);
}

function section(steps: readonly Step[], limit: TimeLimit | undefined): StepSection {
	const hours = countedHours(steps);
	const timed = steps.some((step) => parseStepTime(step.time).kind === 'counted');
	return { limit: limitText(limit, hours), total: totalText(hours, limit), unstated: unstatedSteps(steps), timed, rows: stepRows(steps) };
}

function partSection(part: Part, index: number): StepSection {
	return {
		label: partLabel(index, part.name),
		...(part.agency === undefined ? {} : { agency: part.agency }),
		...section(part.steps, timeLimitOf(part)),
	};
}

function table(layout: TimeLimitFields & { steps?: Step[] | undefined; parts?: Part[] | undefined }): StepTable {
	const limit = timeLimitOf(layout);
	if (layout.parts === undefined) return { ...section(layout.steps ?? [], limit), parts: [] };
	const steps = layout.parts.flatMap((part) => part.steps);
	return { ...section(steps, limit), unstated: [], rows: [], parts: layout.parts.map(partSection) };
}

/** The step tables of a procedure, in the order written. */
export function stepTables(procedure: Pick<Procedure, 'steps' | 'parts' | 'cases' | 'days' | 'hours' | 'clock' | 'sameDay'>): StepTable[] {
	if (procedure.cases !== undefined) return procedure.cases.map((item) => ({ name: item.name, ...table(item) }));
	return [table(procedure)];
}

/** "3 ngày làm việc", "0,5 ngày làm việc"; 0 is "Trong ngày". */
export function formatWorkingDays(days: number): string {
	return formatTimeLimitText({ unit: 'days', amount: days });
}

/**
 * A procedure's time limit as its page and its agency's list show it: "3 ngày làm việc", "12 giờ làm việc",
 * "Trong ngày", or the range of its cases, "1 – 5 ngày làm việc".
 */
export function formatTimeLimit(procedure: TimeLimitFields & { cases?: ReadonlyArray<TimeLimitFields> | undefined }): string {
	const cases = procedure.cases ?? [];
	const limits = (cases.length > 0 ? cases : [procedure]).map((item) => timeLimitOf(item) ?? { unit: 'days' as const, amount: 0 });
	limits.sort((a, b) => limitHours(a) - limitHours(b));
	const low = limits[0] ?? { unit: 'days', amount: 0 };
	const high = limits[limits.length - 1] ?? low;
	const [lowText, highText] = [formatTimeLimitText(low), formatTimeLimitText(high)];
	if (lowText === highText) return lowText;
	return low.unit === 'days' && high.unit === 'days'
		? `${lowText.replace(' ngày làm việc', '')} – ${highText}`
		: `${lowText} – ${highText}`;
}
