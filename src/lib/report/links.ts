import { KINDS, kindOfSearch } from '../kinds/index.ts';
import { sitePath } from '../site/routes.ts';
import type { DocumentRef } from './types.ts';

/** The page of a controlled document, under the site's base. */
export function documentHref(base: string, agency: string, doc: Pick<DocumentRef, 'kind' | 'slug'>): string {
	return KINDS[kindOfSearch(doc.kind)].document.path(base, agency, doc.slug);
}

/** The agency's dashboard, optionally at one of its sections (`tthc`, `noi-bo`, `can-cu-phap-ly`…). */
export function agencyReportHref(base: string, agency: string, section?: string): string {
	return `${sitePath(base, agency, 'bao-cao')}${section === undefined ? '' : `#${section}`}`;
}

export const provinceReportHref = (base: string) => sitePath(base, 'bao-cao');
export const noticeHref = (base: string) => sitePath(base, 'bao-cao', 'thong-bao');
