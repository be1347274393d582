/** The longest `<title>` search engines show whole (html-validate's long-title rule counts the same). */
export const TITLE_MAX = 70;

/**
 * A page's `<title>` in at most `TITLE_MAX` characters: "page — site" when it fits, else the page's
 * own title, else that title cut at a word and ended with "…".
 */
export function pageTitle(title: string, siteName: string, max = TITLE_MAX): string {
	const full = siteName === '' ? title : `${title} — ${siteName}`;
	if (full.length <= max) return full;
	if (title.length <= max) return title;
	const cut = title.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
