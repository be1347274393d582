import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { agencyOf, asAgencies, asCatalogue, asInternal, asLegal, asObjectives, asPolicies, asProcedures, asTthc, type Typed } from '../lib/site/entries.ts';
import { isSingleAgency, selectAgencies } from '../lib/site/select.ts';
import type { Agency, InternalCatalogueEntry, InternalProcess, LegalDocument, Objectives, Policy, Procedure, Province, TthcEntry } from '../../schemas/index.ts';

/**
 * The site's data, read once per build from the content layer. This module is the only place the
 * pages read `astro:content` collections and the `QMS_AGENCY` setting of a single-agency build.
 */
export interface Site {
	province: Province | undefined;
	/** The agency of a single-agency build (`qms build --agency`), else undefined. */
	only: string | undefined;
	/** Agencies published by this build. */
	agencies: Array<Typed<CollectionEntry<'agencies'>, Agency>>;
	/** Every agency of the corpus, for names of successors and parents. */
	allAgencies: ReadonlyMap<string, Agency>;
	procedures: Array<Typed<CollectionEntry<'procedures'>, Procedure>>;
	internal: Array<Typed<CollectionEntry<'internal'>, InternalProcess>>;
	policies: Array<Typed<CollectionEntry<'policies'>, Policy>>;
	objectives: Array<Typed<CollectionEntry<'objectives'>, Objectives>>;
	tthc: ReadonlyMap<string, TthcEntry>;
	legal: ReadonlyMap<string, LegalDocument>;
	catalogue: ReadonlyMap<string, InternalCatalogueEntry>;
}

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
	cached ??= readSite();
	return cached;
}

async function readSite(): Promise<Site> {
	const only = process.env['QMS_AGENCY'];
	const all = asAgencies(await getCollection('agencies'));
	const agencies = selectAgencies(all, only);
	const published = new Set(agencies.map((agency) => agency.id));
	const mine = <E extends { id: string }>(entries: E[]) => entries.filter((entry) => published.has(agencyOf(entry.id)));
	const province = await getEntry('province', 'province');
	return {
		province: province?.data as Province | undefined,
		only: isSingleAgency(only) ? only : undefined,
		agencies,
		allAgencies: new Map(all.map((agency) => [agency.id, agency.data])),
		procedures: mine(asProcedures(await getCollection('procedures'))),
		internal: mine(asInternal(await getCollection('internal'))),
		policies: mine(asPolicies(await getCollection('policies'))),
		objectives: mine(asObjectives(await getCollection('objectives'))),
		tthc: new Map(asTthc(await getCollection('tthc')).map((entry) => [entry.data.code, entry.data])),
		legal: new Map(asLegal(await getCollection('legal')).map((entry) => [entry.data.number, entry.data])),
		catalogue: new Map(asCatalogue(await getCollection('catalogue')).map((entry) => [entry.data.id, entry.data])),
	};
}

/** Everything published for one agency. */
export function agencyDocuments(site: Site, agency: string) {
	const own = <E extends { id: string }>(entries: E[]) => entries.filter((entry) => agencyOf(entry.id) === agency);
	return {
		procedures: own(site.procedures),
		internal: own(site.internal),
		policy: own(site.policies)[0],
		objectives: own(site.objectives),
	};
}
