import { slugify } from '../text/slug.ts';

/** The site's base path with exactly one trailing slash: `/`, `/xa/`. */
export function normalizeBase(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}

/** A page address under the base, ending with `/`: `sitePath('/xa/', 'a', 'b')` → `/xa/a/b/`. */
export function sitePath(base: string, ...segments: string[]): string {
	const rest = segments.filter((segment) => segment !== '').join('/');
	return rest === '' ? normalizeBase(base) : `${normalizeBase(base)}${rest}/`;
}

/** The address segment of a procedure or internal process: its file name as an ASCII slug. */
export function documentSlug(name: string): string {
	return slugify(name);
}

export const agencyPath = (base: string, agency: string) => sitePath(base, agency);
export const procedurePath = (base: string, agency: string, name: string) => sitePath(base, agency, 'thu-tuc', documentSlug(name));
export const internalPath = (base: string, agency: string, name: string) => sitePath(base, agency, 'noi-bo', documentSlug(name));
export const policyPath = (base: string, agency: string) => sitePath(base, agency, 'chinh-sach');
export const objectivesPath = (base: string, agency: string, year: number) => sitePath(base, agency, 'muc-tieu', String(year));
/** The agency's Atom feed of new issues; a file, so no trailing slash. */
export const feedPath = (base: string, agency: string) => `${agencyPath(base, agency)}feed.xml`;

/**
 * The part of a form's address after `bieu-mau/`: the file path inside the agency's `forms/`
 * folder (`forms/bm-01.docx` → `bm-01.docx`).
 */
export function formRoute(file: string): string {
	return file.replace(/^forms\//, '');
}

/** The download address of a form file; a file, so no trailing slash. */
export function formPath(base: string, agency: string, file: string): string {
	return `${normalizeBase(base)}${agency}/bieu-mau/${formRoute(file).split('/').map(encodeURIComponent).join('/')}`;
}

/** File types a browser would run as a page or script; never published as forms. */
const ACTIVE_FILE = /\.(?:html?|xhtml|svgz?|js|mjs|xml)$/i;

/** True when a form file may be copied into the site as a download. */
export function isPublishableForm(file: string): boolean {
	return !ACTIVE_FILE.test(file);
}
