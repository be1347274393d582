import { COLLECTIONS, CONTENT_KINDS, kindRow, type CollectionName } from '../kinds/index.ts';
import type { Corpus, LoadedDocument } from './corpus.ts';

export { COLLECTIONS, type CollectionName } from '../kinds/index.ts';

/** One document as published in the open-data export: where it came from, its data, its body. */
export interface ExportedDocument {
	id: string;
	file: string;
	data: unknown;
	body: string;
}

/** The collections of the site, by name; each holds exported documents sorted by id. */
export type CorpusExport = Record<CollectionName, ExportedDocument[]>;

/** The sub-folders of an agency folder that are not part of their documents' ids (`procedures/`). */
const ID_FOLDERS = CONTENT_KINDS.flatMap((kind) => kindRow(kind).file.folder ?? []);
const AGENCY_FILE = new RegExp(`^agencies\\/([^/]+)\\/(?:(?:${ID_FOLDERS.join('|')})\\/)?(.+?)\\.(?:md|ya?ml)$`);

/** The id a document has in its collection: `phuong-an-hoa/dang-ky-khai-sinh` for a procedure file. */
export function documentId(file: string, path: readonly number[], key?: string): string {
	if (key !== undefined) return key;
	const agencyFile = AGENCY_FILE.exec(file);
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
	const result = {} as CorpusExport;
	for (const kind of CONTENT_KINDS) {
		const { collection, slot, key, file } = kindRow(kind);
		const documents = (holder: object, folder: string): ExportedDocument[] => {
			const held = (holder as Record<string, LoadedDocument<unknown> | Array<LoadedDocument<unknown>> | undefined>)[slot];
			return (held === undefined ? [] : Array.isArray(held) ? held : [held]).map((doc) => exported(doc, key?.(doc.data, folder)));
		};
		result[collection as CollectionName] =
			file.scope === 'content' ? documents(corpus, '') : corpus.agencies.flatMap((folder) => documents(folder, folder.id));
	}
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
