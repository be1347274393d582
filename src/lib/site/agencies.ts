import type { Agency, AgencyLevel } from '../../../schemas/agency.ts';
import { formatDateVi } from '../text/dates.ts';
import { compareVi } from './fields.ts';
import { LEVEL_GROUPS } from './labels.ts';

/** An agency that no longer operates: a district committee, or one with an end date. */
export function isDefunct(agency: Agency): boolean {
	return agency.level === 'cap-huyen' || agency.validTo !== undefined;
}

export interface LevelGroup<A> {
	level: AgencyLevel;
	heading: string;
	agencies: A[];
}

/** The portal's agency list: operating agencies by level (empty levels left out), and the defunct ones apart. */
export function groupAgencies<A extends { data: Agency }>(agencies: readonly A[]): { groups: Array<LevelGroup<A>>; defunct: A[] } {
	const byName = (a: A, b: A) => compareVi(a.data.name, b.data.name);
	const active = agencies.filter((agency) => !isDefunct(agency.data));
	const groups = LEVEL_GROUPS.map(({ level, heading }) => ({
		level,
		heading,
		agencies: active.filter((agency) => agency.data.level === level).sort(byName),
	})).filter((group) => group.agencies.length > 0);
	return { groups, defunct: agencies.filter((agency) => isDefunct(agency.data)).sort(byName) };
}

/** The last declaration of conformity in words, or a sentence saying there is none. */
export interface DeclarationStatus {
	declared: boolean;
	/** "Công bố lại theo Quyết định số 45/QĐ-STP ngày 05/03/2026". */
	text: string;
	scope?: string;
}

export function declarationStatus(agency: Agency): DeclarationStatus {
	const last = agency.declarations.at(-1);
	if (last === undefined) return { declared: false, text: 'Chưa công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.' };
	const verb = last.kind === 'cong-bo-lai' ? 'Công bố lại' : 'Công bố';
	return {
		declared: true,
		text: `${verb} hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 theo Quyết định số ${last.decision} ngày ${formatDateVi(last.date)}.`,
		scope: last.scope,
	};
}

/** The latest `issued` date among documents, as `YYYY-MM-DD`; undefined when there are none. */
export function lastChange(documents: ReadonlyArray<{ data: { issued: string } }>): string | undefined {
	let latest: string | undefined;
	for (const doc of documents) if (latest === undefined || doc.data.issued > latest) latest = doc.data.issued;
	return latest;
}

/** The objectives of the latest year, if any. */
export function latestObjectives<O extends { data: { year: number } }>(objectives: readonly O[]): O | undefined {
	return objectives.reduce<O | undefined>((best, item) => (best === undefined || item.data.year > best.data.year ? item : best), undefined);
}
