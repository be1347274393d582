import type { Procedure } from '../../../schemas/procedure.ts';
import type { Step } from '../../../schemas/step.ts';

const ROMAN: ReadonlyArray<[number, string]> = [
	[10, 'X'],
	[9, 'IX'],
	[5, 'V'],
	[4, 'IV'],
	[1, 'I'],
];

/** 1 → "I", 4 → "IV", 12 → "XII": part numbers as step tables write them. */
export function romanNumeral(value: number): string {
	let rest = value;
	let text = '';
	for (const [amount, letters] of ROMAN) {
		while (rest >= amount) {
			text += letters;
			rest -= amount;
		}
	}
	return text;
}

/** "I. Cấp xã": a part's name with its number (`index` from 0). */
export function partLabel(index: number, name: string): string {
	return `${romanNumeral(index + 1)}. ${name}`;
}

/** Every list of steps of a procedure with its path in the frontmatter: its steps, its parts', its cases' (and their parts'). */
export function stepLists(procedure: Pick<Procedure, 'steps' | 'parts' | 'cases'>): Array<{ steps: Step[]; path: PropertyKey[] }> {
	const layouts = (layout: Pick<Procedure, 'steps' | 'parts'>, path: PropertyKey[]) => [
		...(layout.steps === undefined ? [] : [{ steps: layout.steps, path: [...path, 'steps'] }]),
		...(layout.parts ?? []).map((part, index) => ({ steps: part.steps, path: [...path, 'parts', index, 'steps'] })),
	];
	return [...layouts(procedure, []), ...(procedure.cases ?? []).flatMap((item, index) => layouts(item, ['cases', index]))];
}
