import type { Procedure } from '../../../schemas/procedure.ts';
import { STEP_TIME_PATTERN, type Step } from '../../../schemas/step.ts';
import { countedDays, formatDays, stepDays } from '../procedure/time.ts';
import { formatDecimalVi } from '../text/numbers.ts';

/** One row of a step table as shown. */
export interface StepRow {
	number: number;
	action: string;
	role: string;
	/** "0,5 ngày", "4 giờ", "Không tính thời gian". */
	time: string;
	/** False for a step whose time is not counted (such as returning the result). */
	counted: boolean;
	outputs: string[];
}

/** A step table: one for a single-case procedure, one per case otherwise. */
export interface StepTable {
	/** The case's name; absent for a single-case procedure. */
	name?: string;
	/** The procedure's (or case's) time limit in working days. */
	days: number;
	/** Sum of the counted steps, in working days. */
	total: number;
	rows: StepRow[];
}

/** A step's time as written in the table. */
export function stepTimeText(time: Step['time']): string {
	if (typeof time === 'number') return `${formatDays(time)} ngày`;
	const [, amount, unit] = STEP_TIME_PATTERN.exec(time.trim()) ?? [];
	if (amount === undefined || unit === undefined) return 'Không tính thời gian';
	return `${formatDecimalVi(Number(amount.replace(',', '.')))} ${unit}`;
}

export function stepRows(steps: readonly Step[]): StepRow[] {
	return steps.map((step, index) => ({
		number: index + 1,
		action: step.action,
		role: step.role,
		time: stepTimeText(step.time),
		counted: stepDays(step.time) !== null,
		outputs: step.outputs,
	}));
}

/** The step tables of a procedure, in the order written. */
export function stepTables(procedure: Pick<Procedure, 'steps' | 'cases' | 'days'>): StepTable[] {
	if (procedure.cases !== undefined) {
		return procedure.cases.map((item) => ({ name: item.name, days: item.days, total: countedDays(item.steps), rows: stepRows(item.steps) }));
	}
	const steps = procedure.steps ?? [];
	return [{ days: procedure.days ?? countedDays(steps), total: countedDays(steps), rows: stepRows(steps) }];
}

/** "3 ngày làm việc", "0,5 ngày làm việc"; 0 is "Trong ngày". */
export function formatWorkingDays(days: number): string {
	return days === 0 ? 'Trong ngày' : `${formatDays(days)} ngày làm việc`;
}

/** A procedure's time limit as its page and its agency's list show it: "3 ngày làm việc", or the range of its cases, "1 – 5 ngày làm việc". */
export function formatTimeLimit(procedure: Pick<Procedure, 'cases' | 'days'>): string {
	const cases = procedure.cases ?? [];
	const days = cases.length > 0 ? cases.map((item) => item.days) : [procedure.days ?? 0];
	const low = Math.min(...days);
	const high = Math.max(...days);
	return low === high ? formatWorkingDays(low) : `${formatWorkingDays(low).replace(' ngày làm việc', '')} – ${formatWorkingDays(high)}`;
}
