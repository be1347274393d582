/** The text of an HTML fragment: tags removed, whitespace collapsed. */
export function text(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Every row of a page's step table, head, parts and foot included, cells joined with " | ". */
export function stepRows(html: string): string[] {
	const table = /<table class="steps">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
	return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
		[...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? '')).join(' | '),
	);
}
