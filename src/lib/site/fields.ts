import type { TthcEntry } from '../../../schemas/tthc.ts';

/** Name of the group for procedures whose TTHC are not in the catalogue. */
export const OTHER_FIELD = 'Lĩnh vực khác';

const collator = new Intl.Collator('vi');

/** Vietnamese alphabetical order (Đ after D, tones after the bare letter). */
export function compareVi(a: string, b: string): number {
	return collator.compare(a, b);
}

/** The field (lĩnh vực) of a procedure: that of its first TTHC found in the catalogue. */
export function fieldOf(codes: readonly string[], catalogue: ReadonlyMap<string, TthcEntry>): string {
	for (const code of codes) {
		const entry = catalogue.get(code);
		if (entry !== undefined) return entry.field;
	}
	return OTHER_FIELD;
}

export interface FieldGroup<P> {
	field: string;
	items: P[];
}

/**
 * Procedures grouped by field, fields in Vietnamese alphabetical order with "Lĩnh vực khác" last,
 * procedures by title inside each field.
 */
export function groupByField<P extends { data: { tthc: readonly string[]; title: string } }>(
	procedures: readonly P[],
	catalogue: ReadonlyMap<string, TthcEntry>,
): Array<FieldGroup<P>> {
	const groups = new Map<string, P[]>();
	for (const procedure of procedures) {
		const field = fieldOf(procedure.data.tthc, catalogue);
		groups.set(field, [...(groups.get(field) ?? []), procedure]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => (a === OTHER_FIELD ? 1 : b === OTHER_FIELD ? -1 : compareVi(a, b)))
		.map(([field, items]) => ({ field, items: [...items].sort((a, b) => compareVi(a.data.title, b.data.title)) }));
}
