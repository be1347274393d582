import type { Corpus, LoadedDocument } from './corpus.ts';

/** One document as published in the open-data export: where it came from, its data, its body. */
export interface ExportedDocument {
	id: string;
	file: string;
	data: unknown;
	body: string;
}

/** The collections of the site, by name; each holds exported documents sorted by id. */
export type CorpusExport = Record<(typeof COLLECTIONS)[number], ExportedDocument[]>;

/** Names of the content collections, shared by the CLI export and the Astro content layer. */
export const COLLECTIONS = ['province', 'catalogue', 'tthc', 'legal', 'agencies', 'policies', 'objectives', 'procedures', 'internal', 'statistics'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The id a document has in its collection: `phuong-an-hoa/dang-ky-khai-sinh` for a procedure file. */
export function documentId(file: string, path: readonly number[], key?: string): string {
	if (key !== undefined) return key;
	const agencyFile = /^agencies\/([^/]+)\/(?:procedures\/|internal\/|objectives\/|statistics\/)?(.+?)\.(?:md|ya?ml)$/.exec(file);
	if (agencyFile !== null) return `${agencyFile[1]}/${agencyFile[2]}`;
	return path.length === 0 ? file.replace(/\.(?:md|ya?ml)$/, '') : `${file}#${path.join('.')}`;
}

/** The id of a document's entry in the site's `history` collection: ids are unique within a collection only. */
export function historyId(kind: string, id: string): string {
	return `${kind}:${id}`;
}

function exported<T>(doc: LoadedDocument<T>, key?: string): ExportedDocument {
	return { id: documentId(doc.file, doc.path, key), file: doc.file, data: doc.data, body: doc.body };
}

/** Every valid document of the corpus grouped by collection; the site's content layer holds exactly these. */
export function exportCorpus(corpus: Corpus): CorpusExport {
	const result: CorpusExport = {
		province: corpus.province === undefined ? [] : [exported(corpus.province, 'province')],
		catalogue: corpus.internalCatalogue.map((doc) => exported(doc, doc.data.id)),
		tthc: corpus.tthc.map((doc) => exported(doc, doc.data.code)),
		legal: corpus.legal.map((doc) => exported(doc, doc.data.number)),
		agencies: corpus.agencies.flatMap((folder) => (folder.agency === undefined ? [] : [exported(folder.agency, folder.id)])),
		policies: corpus.agencies.flatMap((folder) => (folder.policy === undefined ? [] : [exported(folder.policy)])),
		objectives: corpus.agencies.flatMap((folder) => folder.objectives.map((doc) => exported(doc))),
		procedures: corpus.agencies.flatMap((folder) => folder.procedures.map((doc) => exported(doc))),
		internal: corpus.agencies.flatMap((folder) => folder.internal.map((doc) => exported(doc))),
		statistics: corpus.agencies.flatMap((folder) => folder.statistics.map((doc) => exported(doc))),
	};
	return sortExport(result);
}

/** Sorts every collection by id so two exports of the same data compare equal. */
export function sortExport(value: CorpusExport): CorpusExport {
	const sorted = {} as CorpusExport;
	for (const name of COLLECTIONS) sorted[name] = [...value[name]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return sorted;
}

/** The distinct non-empty bodies of `exported` whose file a build renders: what its render workers get. */
export function renderedBodies(exported: CorpusExport, renders: (file: string) => boolean): string[] {
	const bodies = new Set<string>();
	for (const name of COLLECTIONS) for (const doc of exported[name]) if (doc.body.trim() !== '' && renders(doc.file)) bodies.add(doc.body);
	return [...bodies];
}
