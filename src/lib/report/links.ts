import { agencyPath, internalPath, objectivesPath, policyPath, procedurePath, sitePath } from '../site/routes.ts';
import type { DocumentRef } from './types.ts';

/** The page of a controlled document, under the site's base. */
export function documentHref(base: string, agency: string, doc: Pick<DocumentRef, 'kind' | 'slug'>): string {
	if (doc.kind === 'procedure') return procedurePath(base, agency, doc.slug);
	if (doc.kind === 'internal') return internalPath(base, agency, doc.slug);
	if (doc.kind === 'policy') return policyPath(base, agency);
	return Number.isInteger(Number(doc.slug)) ? objectivesPath(base, agency, Number(doc.slug)) : agencyPath(base, agency);
}

/** The agency's dashboard, optionally at one of its sections (`tthc`, `noi-bo`, `can-cu-phap-ly`…). */
export function agencyReportHref(base: string, agency: string, section?: string): string {
	return `${sitePath(base, agency, 'bao-cao')}${section === undefined ? '' : `#${section}`}`;
}

export const provinceReportHref = (base: string) => sitePath(base, 'bao-cao');
export const noticeHref = (base: string) => sitePath(base, 'bao-cao', 'thong-bao');
