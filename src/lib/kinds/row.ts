import type { z } from 'astro/zod';
import type { FieldChange } from '../diff/change.ts';

/** Where the files of a kind sit: `scope` is the content folder itself or each `agencies/<id>/` folder. */
export interface KindFile {
	scope: 'content' | 'agency';
	/** The file's path inside its scope, with `/` separators. */
	pattern: RegExp;
	/** The same as a glob, for editors' JSON Schema mapping. */
	glob: string;
	/** The sub-folder holding the files, which is not part of a document's id (`procedures`). */
	folder?: string;
}

/** What a kind with pages of its own (a controlled document) adds. */
export interface KindDocument<T> {
	/** The address of a document's main page after the agency: `['thu-tuc', slug]`. */
	segments: (name: string, data: T) => string[];
	/**
	 * The same page under `base` from the file name alone, for links made without the document's
	 * data (the reports, the held-back list): `name` is the file name without its extension.
	 */
	path: (base: string, agency: string, name: string) => string;
	/** The kind's page component, `src/components/kinds/<page>.astro`: it draws one issue of a document. */
	page: string;
	/** The kind's Vietnamese name: search filter, page kicker. */
	label: string;
	/** The page kicker when it says more than `label` ("Mục tiêu chất lượng năm 2026"). */
	kicker?: (data: T) => string;
	/** The kind's name in the search index and in the figures of the reports. */
	search: string;
	/** Field-by-field changes between two issues, besides the document-control block. */
	diff?: (before: T, after: T) => FieldChange[];
}

/** One row of the table of kinds (src/lib/kinds/table.ts); `T` is the output of the kind's schema. */
export interface KindRow<T> {
	/** The schema of one document, or of one entry of a list file. */
	schema: z.ZodType<T>;
	file: KindFile;
	/** A YAML file holding a list of entries (a catalogue), each checked by `schema`. */
	list?: true;
	/** An agency folder holds any number of documents of the kind. */
	many?: true;
	/** The content collection of the site and the key of the open-data export. */
	collection: string;
	/** The property of the loaded corpus (or of an agency folder) holding the kind's documents. */
	slot: string;
	/** The editors' JSON Schema: its file name and the schema of a whole file. */
	jsonSchema: { name: string; schema: z.ZodType };
	/** A kind of the agency folder that a single-agency build keeps for every agency (names of successors and parents). */
	everyAgency?: true;
	/** The id of an entry in its collection when it is not derived from the file's path. */
	key?: (data: T, folder: string) => string;
	/** Present for the controlled documents: the ones with pages, issues, history and comparisons. */
	document?: KindDocument<T>;
}

/** A row of the table, its callbacks typed by its schema. */
export function defineKind<S extends z.ZodType, const R extends Omit<KindRow<z.output<S>>, 'schema'>>(
	schema: S,
	row: R,
): R & { schema: S } {
	return { ...row, schema };
}
