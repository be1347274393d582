/**
 * A number written the Vietnamese way, with a decimal comma: `0,5`, `99,77`, `10`. With `digits`,
 * exactly that many decimals: `formatDecimalVi(80, 1)` is `80,0`. The one place the site and the
 * reports write a decimal number for a reader.
 */
export function formatDecimalVi(value: number, digits?: number): string {
	return (digits === undefined ? String(value) : value.toFixed(digits)).replace('.', ',');
}

/** A number and its unit as the quality documents write a target: `95 %`, `1,5 ngày`. */
export function formatQuantityVi(value: number, unit: string): string {
	return `${formatDecimalVi(value)} ${unit}`;
}
