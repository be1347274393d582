/**
 * Moves every heading of rendered HTML down by `levels` (h2 → h3 when the body sits under a page
 * section heading), capped at h6, so a page keeps one h1 and its headings in order.
 */
export function demoteHeadings(html: string, levels: number): string {
	return html.replace(
		/<(\/?)h([1-6])(?=[\s>])/g,
		(_match, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + levels)}`,
	);
}
