import type { Agency, InternalCatalogueEntry, InternalProcess, LegalDocument, Objectives, Policy, Procedure, Province, Statistics, TthcEntry } from '../../../schemas/index.ts';
import type { CorpusExport } from '../load/export.ts';

/** A document of an agency folder: its file name without `.md` (the page address) and its data. */
export interface SourceDocument<T> {
	slug: string;
	data: T;
}

export interface AgencySource {
	id: string;
	agency: Agency;
	policy: SourceDocument<Policy> | null;
	objectives: SourceDocument<Objectives>[];
	procedures: SourceDocument<Procedure>[];
	internal: SourceDocument<InternalProcess>[];
	/** Monthly dossier statistics, one document per year. */
	statistics: SourceDocument<Statistics>[];
}

/** What the figures are computed from: the validated documents, grouped by agency. */
export interface ReportSource {
	province: Province | null;
	catalogue: InternalCatalogueEntry[];
	tthc: TthcEntry[];
	legal: LegalDocument[];
	/** Every agency with a valid agency.yaml, in force or not (successions need the old ones). */
	agencies: AgencySource[];
}

/** An entry as both the export and the content layer give it: id `<agency>/<file name>` for agency documents. */
interface Entry<T> {
	id: string;
	data: T;
}

/** The documents, in the shape of the content collections. */
export interface ReportInput {
	province: Province | null;
	catalogue: ReadonlyArray<InternalCatalogueEntry>;
	tthc: ReadonlyArray<TthcEntry>;
	legal: ReadonlyArray<LegalDocument>;
	agencies: ReadonlyArray<Entry<Agency>>;
	policies: ReadonlyArray<Entry<Policy>>;
	objectives: ReadonlyArray<Entry<Objectives>>;
	procedures: ReadonlyArray<Entry<Procedure>>;
	internal: ReadonlyArray<Entry<InternalProcess>>;
	statistics: ReadonlyArray<Entry<Statistics>>;
}

/** Groups the documents by agency; a document whose agency has no valid agency.yaml is left out. */
export function reportSource(input: ReportInput): ReportSource {
	const agencies = new Map<string, AgencySource>(input.agencies.map((entry) => [entry.id, { id: entry.id, agency: entry.data, policy: null, objectives: [], procedures: [], internal: [], statistics: [] }]));
	const place = <T>(entries: ReadonlyArray<Entry<T>>, add: (folder: AgencySource, doc: SourceDocument<T>) => void): void => {
		for (const entry of entries) {
			const slash = entry.id.indexOf('/');
			const folder = agencies.get(entry.id.slice(0, slash));
			if (slash > 0 && folder !== undefined) add(folder, { slug: entry.id.slice(slash + 1), data: entry.data });
		}
	};
	place(input.policies, (folder, doc) => (folder.policy = doc));
	place(input.objectives, (folder, doc) => folder.objectives.push(doc));
	place(input.procedures, (folder, doc) => folder.procedures.push(doc));
	place(input.internal, (folder, doc) => folder.internal.push(doc));
	place(input.statistics, (folder, doc) => folder.statistics.push(doc));
	return {
		province: input.province,
		catalogue: [...input.catalogue],
		tthc: [...input.tthc],
		legal: [...input.legal],
		agencies: [...agencies.values()],
	};
}

/**
 * The documents of `qms export`, which are exactly what the site's content layer holds, so the
 * CLI and the pages compute the figures from the same data. The export was checked by the schemas,
 * so each `data` has its schema's output type.
 */
export function exportReportInput(data: CorpusExport): ReportInput {
	const entries = <T>(name: keyof CorpusExport): Array<Entry<T>> => data[name].map((doc) => ({ id: doc.id, data: doc.data as T }));
	return {
		province: (data.province[0]?.data as Province | undefined) ?? null,
		catalogue: data.catalogue.map((doc) => doc.data as InternalCatalogueEntry),
		tthc: data.tthc.map((doc) => doc.data as TthcEntry),
		legal: data.legal.map((doc) => doc.data as LegalDocument),
		agencies: entries<Agency>('agencies'),
		policies: entries<Policy>('policies'),
		objectives: entries<Objectives>('objectives'),
		procedures: entries<Procedure>('procedures'),
		internal: entries<InternalProcess>('internal'),
		statistics: entries<Statistics>('statistics'),
	};
}
