import type { z } from 'astro/zod';
import type { Finding } from '../findings/finding.ts';
import { finding } from '../findings/rules.ts';
import { normalizeNfc } from '../text/normalize.ts';
import { CONTENT_KINDS, kindRow, type ContentKind, type FileKind, type KINDS, type KindData } from '../kinds/index.ts';
import { classifyPath } from './classify.ts';
import { addressFindings, unplacedFileFinding } from './file-names.ts';
import { frontmatterLanguageFinding, parseMarkdown } from './frontmatter.ts';
import { limitFindings } from './limits.ts';
import type { SourceFile } from './read-tree.ts';
import { schemaFindings } from './schema-findings.ts';
import { yamlSyntaxFindings } from './yaml-errors.ts';
import { parseYamlSource, yamlValue, type YamlSource } from './yaml-source.ts';

/** A validated document of the corpus, with what is needed to point back into its file. */
export interface LoadedDocument<T> {
	file: string;
	data: T;
	/** Markdown body in NFC ('' for YAML files). */
	body: string;
	bodyLine: number;
	source: YamlSource;
	/** Path of the value inside its file: `[]` for a whole document, `[3]` for the 4th catalogue entry. */
	path: readonly number[];
}

type Table = typeof KINDS;
type KindsIn<S extends 'content' | 'agency'> = { [K in ContentKind]: Table[K]['file']['scope'] extends S ? K : never }[ContentKind];
type ManyKinds = { [K in ContentKind]: Table[K] extends { list: true } | { many: true } ? K : never }[ContentKind];
/** One property per kind of the scope, named by the kind's `slot`: a list for a kind with many documents. */
type Slots<S extends 'content' | 'agency'> = { [K in Exclude<KindsIn<S>, ManyKinds> as Table[K]['slot']]?: LoadedDocument<KindData<K>> } & {
	[K in Extract<KindsIn<S>, ManyKinds> as Table[K]['slot']]: LoadedDocument<KindData<K>>[];
};

/** Everything found in one `agencies/<id>/` folder: its documents, by kind (`procedures`, `policy`…). */
export type AgencyFolder = Slots<'agency'> & {
	id: string;
	/** Files that exist but failed to parse or validate; presence rules still count them. */
	invalid: Array<{ kind: FileKind; file: string; raw: unknown }>;
	/** Form files, relative to the agency folder (`forms/bm-01.md`). */
	forms: Set<string>;
};

/** The whole content folder, parsed and schema-checked, with the findings met on the way. */
export type Corpus = Slots<'content'> & {
	agencies: AgencyFolder[];
	findings: Finding[];
};

/** The empty lists of the kinds of `scope` that have many documents. */
function emptySlots(scope: 'content' | 'agency'): Record<string, never[]> {
	const slots: Record<string, never[]> = {};
	for (const kind of CONTENT_KINDS) {
		const row = kindRow(kind);
		if (row.file.scope === scope && (row.list === true || row.many === true)) slots[row.slot] = [];
	}
	return slots;
}

/** Parses and schema-checks every file; never throws on bad input, every problem becomes a finding. */
export function parseCorpus(files: readonly SourceFile[]): Corpus {
	const corpus = { ...emptySlots('content'), agencies: [], findings: [] } as unknown as Corpus;
	const folders = new Map<string, AgencyFolder>();
	const folderOf = (id: string): AgencyFolder => {
		let folder = folders.get(id);
		if (folder === undefined) {
			folder = { ...emptySlots('agency'), id, invalid: [], forms: new Set() } as unknown as AgencyFolder;
			folders.set(id, folder);
		}
		return folder;
	};

	for (const file of files) {
		const { kind, agency } = classifyPath(file.path);
		if (agency !== undefined) folderOf(agency);
		if (kind === 'form') {
			if (agency !== undefined) folderOf(agency).forms.add(file.path.slice(`agencies/${agency}/`.length));
			continue;
		}
		if (kind === 'unknown') {
			corpus.findings.push(unplacedFileFinding(file.path));
			continue;
		}
		if (file.text === undefined) continue;
		const { text, firstChange } = normalizeNfc(file.text.replace(/^\uFEFF/, ''));
		if (firstChange !== undefined) {
			corpus.findings.push(
				finding(
					'text-nfc',
					file.path,
					firstChange,
					'Văn bản có ký tự tiếng Việt ở dạng tổ hợp (NFD), thường do sao chép từ phần mềm khác; tìm kiếm và so sánh có thể sai. Lưu lại tệp ở dạng Unicode dựng sẵn (NFC), ví dụ bằng chức năng chuyển mã của bộ gõ.',
				),
			);
		}
		loadText(corpus, kind, file.path, text, agency === undefined ? undefined : folderOf(agency));
	}
	corpus.agencies = [...folders.values()].sort((a, b) => a.id.localeCompare(b.id));
	corpus.findings.push(
		...addressFindings(
			files.map((file) => file.path),
			corpus.agencies,
		),
	);
	return corpus;
}

function loadText(corpus: Corpus, kind: ContentKind, file: string, text: string, folder: AgencyFolder | undefined): void {
	let source: YamlSource;
	let value: unknown;
	let body = '';
	let bodyLine = 1;
	if (file.endsWith('.md')) {
		const markdown = parseMarkdown(text);
		if (markdown.yaml === undefined) {
			corpus.findings.push(
				markdown.language !== undefined
					? frontmatterLanguageFinding(file, markdown.language)
					: finding(
							'frontmatter-missing',
							file,
							{ line: 1, column: 1 },
							'Tệp Markdown phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (mã hiệu, lần ban hành, ngày ban hành…). Thêm phần này theo mẫu trong README.',
						),
			);
			folder?.invalid.push({ kind, file, raw: undefined });
			return;
		}
		source = markdown.yaml;
		({ data: value, body, bodyLine } = markdown);
	} else {
		source = parseYamlSource(text);
		value = yamlValue(source);
	}
	const syntax = yamlSyntaxFindings(file, source);
	const limits = syntax.length > 0 ? [] : limitFindings(file, source, value, kindRow(kind).list === true, body, bodyLine);
	if (syntax.length > 0 || limits.length > 0) {
		corpus.findings.push(...syntax, ...limits);
		folder?.invalid.push({ kind, file, raw: undefined });
		return;
	}

	const row = kindRow(kind);
	if (row.list === true) {
		if (!Array.isArray(value)) {
			corpus.findings.push(
				finding('schema', file, { line: 1, column: 1 }, 'Tệp danh mục phải là một danh sách, mỗi mục bắt đầu bằng "- " ở đầu dòng.'),
			);
			return;
		}
		value.forEach((item, index) => {
			const data = checkSchema(corpus, row.schema, item, file, source, [index]);
			if (data !== undefined) place(corpus, row.slot, { file, data, body: '', bodyLine: 1, source, path: [index] });
		});
		return;
	}

	const data = checkSchema(corpus, row.schema, value, file, source, []);
	if (data === undefined) {
		folder?.invalid.push({ kind, file, raw: value });
		return;
	}
	const holder = row.file.scope === 'content' ? corpus : folder;
	if (holder !== undefined) place(holder, row.slot, { file, data, body, bodyLine, source, path: [] });
}

/** Puts a loaded document into its kind's slot: appended to a list, else set. */
function place(holder: Corpus | AgencyFolder, slot: string, loaded: LoadedDocument<unknown>): void {
	const slots = holder as unknown as Record<string, unknown>;
	const current = slots[slot];
	if (Array.isArray(current)) current.push(loaded);
	else slots[slot] = loaded;
}

function checkSchema<S extends z.ZodType>(
	corpus: Corpus,
	schema: S,
	value: unknown,
	file: string,
	source: YamlSource,
	path: readonly number[],
): z.output<S> | undefined {
	const findings = schemaFindings(schema, value, file, source, path);
	if ('issues' in findings) {
		corpus.findings.push(...findings.issues);
		return undefined;
	}
	return findings.data;
}
