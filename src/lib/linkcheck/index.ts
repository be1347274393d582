import { scanPage, type PageScan } from './extract.ts';
import { fileFor, resolveReference, urlOfFile } from './resolve.ts';

export { scanPage } from './extract.ts';
export { fileFor, resolveReference, urlOfFile } from './resolve.ts';

/** A broken address: the page it is on, the element and attribute, the address and why. */
export interface LinkProblem {
	page: string;
	element: string;
	attribute: string;
	url: string;
	reason: string;
}

export interface SiteFiles {
	/** Every file of the output folder, relative, with "/" separators. */
	files: ReadonlySet<string>;
	/** The HTML pages among them, with their text. */
	pages: ReadonlyMap<string, string>;
	/** The base path the site is built for: `/` or `/so-x/`. */
	base: string;
}

/**
 * Every internal address in every page that does not lead to a file of the site, leaves the base
 * path, or names an id the target page lacks. External addresses are not fetched.
 */
export function checkLinks(site: SiteFiles): LinkProblem[] {
	const scans = new Map<string, PageScan>();
	const scan = (file: string): PageScan | undefined => {
		const html = site.pages.get(file);
		if (html === undefined) return undefined;
		let found = scans.get(file);
		if (found === undefined) {
			found = scanPage(html);
			scans.set(file, found);
		}
		return found;
	};
	const problems: LinkProblem[] = [];
	for (const page of [...site.pages.keys()].sort()) {
		const pageUrl = urlOfFile(page, site.base);
		for (const reference of scan(page)?.references ?? []) {
			const report = (reason: string) => problems.push({ page, ...reference, reason });
			const target = resolveReference(reference.url, pageUrl, site.base);
			if (target.kind === 'external') continue;
			if (target.kind === 'outside-base') {
				report(`ra ngoài đường dẫn gốc ${site.base}`);
				continue;
			}
			const file = fileFor(target.path, site.files);
			if (file === undefined) {
				report('không có tệp tương ứng trong thư mục đầu ra');
				continue;
			}
			if (target.fragment !== undefined && target.fragment !== '' && reference.element === 'a') {
				const ids = scan(file)?.ids;
				if (ids !== undefined && !ids.has(target.fragment)) report(`trang đích không có id "${target.fragment}"`);
			}
		}
	}
	return problems;
}

/** One line per problem, for a readable test failure. */
export function formatProblems(problems: readonly LinkProblem[]): string {
	return problems.map((p) => `${p.page}: <${p.element} ${p.attribute}="${p.url}"> ${p.reason}`).join('\n');
}
