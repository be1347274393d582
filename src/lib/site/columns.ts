/** A table's column heading: its text, or its text and whether the column holds numbers (right-aligned). */
export type Column = string | { label: string; num: boolean };

/** The heading text of a column and the class of its header cell (`num` for numbers, none otherwise). */
export function columnView(column: Column): { label: string; className: string | undefined } {
	if (typeof column === 'string') return { label: column, className: undefined };
	return { label: column.label, className: column.num ? 'num' : undefined };
}

/** Number columns from their headings, for a table's figures. */
export function numberColumns(labels: readonly string[]): Column[] {
	return labels.map((label) => ({ label, num: true }));
}
