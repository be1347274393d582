import type { Agency, InternalCatalogueEntry, InternalProcess, LegalDocument, Objectives, Policy, Procedure, Province, Statistics, TthcEntry } from '../../../schemas/index.ts';

/**
 * The content layer stores `data` as `Record<string, unknown>`; every entry was parsed by the
 * schemas in `schemas/` before it reached the store, so its data has the schema's output type.
 * This is the one place the site asserts that.
 */
export type Typed<E extends { data: unknown }, T> = Omit<E, 'data'> & { data: T };

/** Entries of one collection, typed with their schema's output; the entry objects are kept as they are. */
export function typed<T>() {
	return <E extends { data: unknown }>(entries: readonly E[]): Array<Typed<E, T>> => entries as unknown as Array<Typed<E, T>>;
}

export const asAgencies = typed<Agency>();
export const asProcedures = typed<Procedure>();
export const asInternal = typed<InternalProcess>();
export const asPolicies = typed<Policy>();
export const asObjectives = typed<Objectives>();
export const asTthc = typed<TthcEntry>();
export const asLegal = typed<LegalDocument>();
export const asCatalogue = typed<InternalCatalogueEntry>();
export const asProvince = typed<Province>();
export const asStatistics = typed<Statistics>();

/** The agency part of a document id: `xa-minh-hoa/dang-ky-khai-sinh` → `xa-minh-hoa`. */
export function agencyOf(id: string): string {
	const slash = id.indexOf('/');
	return slash < 0 ? id : id.slice(0, slash);
}

/** The file-name part of a document id: `xa-minh-hoa/dang-ky-khai-sinh` → `dang-ky-khai-sinh`. */
export function nameOf(id: string): string {
	const slash = id.indexOf('/');
	return slash < 0 ? id : id.slice(slash + 1);
}
