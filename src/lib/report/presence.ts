import type { InternalCatalogueEntry } from '../../../schemas/index.ts';
import { documentRef, isIssued } from './documents.ts';
import type { AgencySource } from './source.ts';
import type { AgencyFigures, InternalFigures } from './types.ts';

/** The quality policy in effect at the as-of date. */
export function policyFigures(folder: AgencySource, asOf: string): AgencyFigures['policy'] {
	const policy = folder.policy !== null && isIssued(folder.policy, asOf) ? documentRef('policy', folder.policy) : null;
	return { present: policy !== null, document: policy };
}

/** The quality objectives for the as-of year, in effect at the as-of date. */
export function objectivesFigures(folder: AgencySource, asOf: string): AgencyFigures['objectives'] {
	const year = Number(asOf.slice(0, 4));
	const doc = folder.objectives.find((item) => item.data.year === year && isIssued(item, asOf));
	return { year, present: doc !== undefined, document: doc === undefined ? null : documentRef('objectives', doc) };
}

/** Required entries of the internal-process catalogue the agency has, and those it lacks, in catalogue order. */
export function internalFigures(folder: AgencySource, catalogue: readonly InternalCatalogueEntry[], asOf: string): InternalFigures {
	const required = catalogue.filter((entry) => entry.required);
	const present: InternalFigures['present'] = [];
	const missing: InternalFigures['missing'] = [];
	for (const entry of required) {
		const doc = folder.internal.find((item) => item.data.catalogue === entry.id && isIssued(item, asOf));
		if (doc === undefined) missing.push({ id: entry.id, name: entry.name });
		else present.push({ id: entry.id, name: entry.name, slug: doc.slug, code: doc.data.code });
	}
	return { required: required.length, present, missing };
}
