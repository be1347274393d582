/** The schemes a page may link to: web pages, e-mail and telephone. */
const LINKABLE = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * `address` when it may become a link, else undefined and the page shows it as text. The schemas
 * already refuse other schemes; this keeps a page from rendering `javascript:`, `data:`,
 * `vbscript:` or `file:` links whatever reaches it. Judged as a browser would read the address.
 */
export function safeHref(address: string): string | undefined {
	const trimmed = address.trim();
	if (!URL.canParse(trimmed)) return undefined;
	return LINKABLE.has(new URL(trimmed).protocol) ? trimmed : undefined;
}
