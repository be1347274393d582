import { CONTENT_KINDS, kindRow, type ContentKind } from '../kinds/index.ts';
import { isNumberOrText, isTrueOnly, noneWord, objectFields, pathsWhere, pathsWith, type DecapField, type FieldOptions } from './fields.ts';

/** One Decap CMS collection (https://decapcms.org/docs/configuration-options/#collections). */
export interface DecapCollection {
	name: string;
	label: string;
	label_singular?: string;
	folder?: string;
	extension?: string;
	format?: string;
	create?: true;
	slug?: string;
	identifier_field?: string;
	summary?: string;
	files?: Array<{ name: string; label: string; file: string; fields: DecapField[] }>;
	fields?: DecapField[];
}

/** An agency folder as the editor lists it. */
export interface AdminAgency {
	id: string;
	/** The agency's name from its agency.yaml, or its folder name when that file does not read. */
	name: string;
}

/**
 * Names of the kinds that are not controlled documents, for the editor's menu; a controlled
 * document takes the label of its row in the kinds table.
 */
const KIND_LABELS: Partial<Record<ContentKind, string>> = {
	province: 'Thông tin tỉnh',
	agency: 'Thông tin cơ quan',
	statistics: 'Số liệu hồ sơ TTHC',
};

/** The file name of a new document of a kind with many, from one of its fields; by default its title. */
const SLUG_FIELDS: Partial<Record<ContentKind, string>> = { objectives: 'year', statistics: 'year' };

/** Catalogue files hold a YAML list, which Decap cannot edit (an entry is an object): they stay in YAML. */
export const EDITABLE_KINDS: readonly ContentKind[] = CONTENT_KINDS.filter((kind) => kindRow(kind).list !== true);

/** The menu name of a kind. */
export function kindLabel(kind: ContentKind): string {
	return kindRow(kind).document?.label ?? KIND_LABELS[kind] ?? kind;
}

/** The name of the collection of `kind` in `agency`'s folder; the page's save hook reads the kind back from it. */
export function collectionName(kind: ContentKind, agency?: string): string {
	return agency === undefined ? kind : `${kind}--${agency}`;
}

/** The body is edited as Markdown source: Decap's rich-text mode rewrites Markdown it did not change (escapes, list markers, tables, blank lines). */
const BODY_FIELD: DecapField = {
	name: 'body',
	label: 'Nội dung',
	widget: 'markdown',
	required: false,
	modes: ['raw'],
	hint: 'Phần nội dung Markdown sau phần thông tin đầu tệp.',
};

/** The fields of a kind's form: every property of its schema, and the Markdown body for a `.md` kind. */
export function kindFields(kind: ContentKind, options: FieldOptions): DecapField[] {
	const row = kindRow(kind);
	return [...objectFields(row.schema, options), ...(row.file.glob.endsWith('.md') ? [BODY_FIELD] : [])];
}

function formatOf(kind: ContentKind): { extension: string; format: string } {
	return kindRow(kind).file.glob.endsWith('.md') ? { extension: 'md', format: 'yaml-frontmatter' } : { extension: 'yaml', format: 'yaml' };
}

/**
 * Every collection of the editor, from the kinds table: one file collection for each kind with
 * one file per agency (agency.yaml, policy.md) or per content folder (province.yaml), listing the
 * agencies' files; one folder collection for each kind with many documents in each agency folder.
 * `contentPath` is the content folder relative to the repository root, with `/`.
 */
export function adminCollections(contentPath: string, agencies: readonly AdminAgency[], options: FieldOptions): DecapCollection[] {
	const single: DecapCollection[] = [];
	const many: DecapCollection[] = [];
	// One list of fields per kind, shared by its collections: config.yml writes it once and refers to it (YAML anchors).
	const fieldsOf = new Map(EDITABLE_KINDS.map((kind) => [kind, kindFields(kind, options)]));
	for (const kind of EDITABLE_KINDS) {
		const row = kindRow(kind);
		const fields = fieldsOf.get(kind) ?? [];
		if (row.file.scope === 'content') {
			single.push({
				name: collectionName(kind),
				label: kindLabel(kind),
				files: [{ name: kind, label: kindLabel(kind), file: `${contentPath}/${row.file.glob}`, fields }],
			});
		} else if (row.many !== true) {
			single.push({
				name: collectionName(kind),
				label: kindLabel(kind),
				files: agencies.map((agency) => ({
					name: agency.id,
					label: agency.name,
					file: `${contentPath}/agencies/${agency.id}/${row.file.glob}`,
					fields,
				})),
			});
		}
	}
	for (const agency of agencies) {
		for (const kind of EDITABLE_KINDS) {
			const row = kindRow(kind);
			if (row.file.scope !== 'agency' || row.many !== true || row.file.folder === undefined) continue;
			const slugField = SLUG_FIELDS[kind] ?? 'title';
			many.push({
				name: collectionName(kind, agency.id),
				label: `${agency.name}: ${kindLabel(kind)}`,
				label_singular: kindLabel(kind),
				folder: `${contentPath}/agencies/${agency.id}/${row.file.folder}`,
				...formatOf(kind),
				create: true,
				slug: `{{${slugField}}}`,
				identifier_field: slugField,
				fields: fieldsOf.get(kind) ?? [],
			});
		}
	}
	return [...single, ...many];
}

/** What the editor page fixes before a save, for each editable kind (see pathsWhere and page.ts). */
export interface SaveFixes {
	numbers: string[][];
	trueOnly: string[][];
	/** Lists whose union has a word for "none": the path, then the word. */
	none: string[][];
}

export function saveFixesByKind(): Record<string, SaveFixes> {
	const fixes: Record<string, SaveFixes> = {};
	for (const kind of EDITABLE_KINDS) {
		const { schema } = kindRow(kind);
		const none = pathsWith(schema, noneWord).map(([path, word]) => [...path, word]);
		const found = { numbers: pathsWhere(schema, isNumberOrText), trueOnly: pathsWhere(schema, isTrueOnly), none };
		if (found.numbers.length + found.trueOnly.length + found.none.length > 0) fixes[kind] = found;
	}
	return fixes;
}
