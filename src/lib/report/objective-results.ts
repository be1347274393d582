import type { Objective } from '../../../schemas/objectives.ts';
import type { AgencyFigures, ObjectiveFigures, ObjectiveStatus } from './types.ts';

/** The last month a measuring period covers: 2026 → 2026-12, 2026-H1 → 2026-06, 2026-Q3 → 2026-09, 2026-07 → 2026-07. */
export function periodEnd(period: string): string {
	const year = period.slice(0, 4);
	const rest = period.slice(5);
	if (rest === '') return `${year}-12`;
	if (rest.startsWith('H')) return `${year}-${rest === 'H1' ? '06' : '12'}`;
	if (rest.startsWith('Q')) return `${year}-${String(Number(rest.slice(1)) * 3).padStart(2, '0')}`;
	return `${year}-${rest}`;
}

/** True when `value` reaches the target: at least it (toi-thieu), or at most it (toi-da). */
export function meetsTarget(value: number, objective: Pick<Objective, 'target' | 'bound'>): boolean {
	return objective.bound === 'toi-da' ? value <= objective.target : value >= objective.target;
}

/** An objective judged by its latest result (the period that ends last; the later entry on a tie). */
export function objectiveStatus(objective: Objective): ObjectiveStatus {
	let latest: Objective['results'][number] | undefined;
	for (const result of objective.results) if (latest === undefined || periodEnd(result.period) >= periodEnd(latest.period)) latest = result;
	return {
		indicator: objective.indicator,
		target: objective.target,
		unit: objective.unit,
		bound: objective.bound,
		latest: latest ?? null,
		met: latest === undefined ? null : meetsTarget(latest.value, objective),
	};
}

/** The objectives of the report year's document, each with its latest result, and how many are met, not met, not yet measured. */
export function objectiveFigures(objectives: readonly Objective[]): ObjectiveFigures {
	const items = objectives.map(objectiveStatus);
	return {
		met: items.filter((item) => item.met === true).length,
		notMet: items.filter((item) => item.met === false).length,
		notMeasured: items.filter((item) => item.met === null).length,
		items,
	};
}

/** Objectives counted over several agencies. */
export function sumObjectives(agencies: readonly AgencyFigures[]): Omit<ObjectiveFigures, 'items'> {
	return {
		met: agencies.reduce((total, agency) => total + agency.objectiveResults.met, 0),
		notMet: agencies.reduce((total, agency) => total + agency.objectiveResults.notMet, 0),
		notMeasured: agencies.reduce((total, agency) => total + agency.objectiveResults.notMeasured, 0),
	};
}
