import type { z } from 'astro/zod';
import {
	AgencySchema,
	InternalCatalogueEntrySchema,
	InternalProcessSchema,
	LegalDocumentSchema,
	ObjectivesSchema,
	PolicySchema,
	ProcedureSchema,
	ProvinceSchema,
	StatisticsSchema,
	TthcEntrySchema,
	type Agency,
	type InternalCatalogueEntry,
	type InternalProcess,
	type LegalDocument,
	type Objectives,
	type Policy,
	type Procedure,
	type Province,
	type Statistics,
	type TthcEntry,
} from '../../../schemas/index.ts';
import type { Finding } from '../findings/finding.ts';
import { finding } from '../findings/rules.ts';
import { normalizeNfc } from '../text/normalize.ts';
import { classifyPath, type FileKind } from './classify.ts';
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

/** Everything found in one `agencies/<id>/` folder. */
export interface AgencyFolder {
	id: string;
	agency?: LoadedDocument<Agency>;
	policy?: LoadedDocument<Policy>;
	objectives: LoadedDocument<Objectives>[];
	procedures: LoadedDocument<Procedure>[];
	internal: LoadedDocument<InternalProcess>[];
	/** Monthly dossier statistics, one file per year. */
	statistics: LoadedDocument<Statistics>[];
	/** Files that exist but failed to parse or validate; presence rules still count them. */
	invalid: Array<{ kind: FileKind; file: string; raw: unknown }>;
	/** Form files, relative to the agency folder (`forms/bm-01.md`). */
	forms: Set<string>;
}

/** The whole content folder, parsed and schema-checked, with the findings met on the way. */
export interface Corpus {
	province?: LoadedDocument<Province>;
	internalCatalogue: LoadedDocument<InternalCatalogueEntry>[];
	tthc: LoadedDocument<TthcEntry>[];
	legal: LoadedDocument<LegalDocument>[];
	agencies: AgencyFolder[];
	findings: Finding[];
}

const DOCUMENT_SCHEMAS = {
	province: ProvinceSchema,
	agency: AgencySchema,
	policy: PolicySchema,
	objectives: ObjectivesSchema,
	procedure: ProcedureSchema,
	'internal-process': InternalProcessSchema,
	statistics: StatisticsSchema,
} as const;

const LIST_SCHEMAS = {
	'internal-catalogue': InternalCatalogueEntrySchema,
	'tthc-catalogue': TthcEntrySchema,
	'legal-registry': LegalDocumentSchema,
} as const;

/** Parses and schema-checks every file; never throws on bad input, every problem becomes a finding. */
export function parseCorpus(files: readonly SourceFile[]): Corpus {
	const corpus: Corpus = { internalCatalogue: [], tthc: [], legal: [], agencies: [], findings: [] };
	const folders = new Map<string, AgencyFolder>();
	const folderOf = (id: string): AgencyFolder => {
		let folder = folders.get(id);
		if (folder === undefined) {
			folder = { id, objectives: [], procedures: [], internal: [], statistics: [], invalid: [], forms: new Set() };
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
	corpus.findings.push(...addressFindings(files.map((file) => file.path), corpus.agencies));
	return corpus;
}

function loadText(corpus: Corpus, kind: Exclude<FileKind, 'form' | 'unknown'>, file: string, text: string, folder: AgencyFolder | undefined): void {
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
					: finding('frontmatter-missing', file, { line: 1, column: 1 }, 'Tệp Markdown phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (mã hiệu, lần ban hành, ngày ban hành…). Thêm phần này theo mẫu trong README.'),
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
	const limits = syntax.length > 0 ? [] : limitFindings(file, source, value, kind in LIST_SCHEMAS, body, bodyLine);
	if (syntax.length > 0 || limits.length > 0) {
		corpus.findings.push(...syntax, ...limits);
		folder?.invalid.push({ kind, file, raw: undefined });
		return;
	}

	if (kind in LIST_SCHEMAS) {
		const listKind = kind as keyof typeof LIST_SCHEMAS;
		if (!Array.isArray(value)) {
			corpus.findings.push(finding('schema', file, { line: 1, column: 1 }, 'Tệp danh mục phải là một danh sách, mỗi mục bắt đầu bằng "- " ở đầu dòng.'));
			return;
		}
		value.forEach((item, index) => {
			const data = checkSchema(corpus, LIST_SCHEMAS[listKind], item, file, source, [index]);
			if (data === undefined) return;
			const loaded = { file, data, body: '', bodyLine: 1, source, path: [index] };
			if (listKind === 'internal-catalogue') corpus.internalCatalogue.push(loaded as LoadedDocument<InternalCatalogueEntry>);
			else if (listKind === 'tthc-catalogue') corpus.tthc.push(loaded as LoadedDocument<TthcEntry>);
			else corpus.legal.push(loaded as LoadedDocument<LegalDocument>);
		});
		return;
	}

	const documentKind = kind as keyof typeof DOCUMENT_SCHEMAS;
	const data = checkSchema(corpus, DOCUMENT_SCHEMAS[documentKind], value, file, source, []);
	if (data === undefined) {
		folder?.invalid.push({ kind, file, raw: value });
		return;
	}
	const loaded = { file, data, body, bodyLine, source, path: [] };
	if (documentKind === 'province') corpus.province = loaded as LoadedDocument<Province>;
	else if (folder !== undefined) addToFolder(folder, documentKind, loaded);
}

function addToFolder(folder: AgencyFolder, kind: Exclude<keyof typeof DOCUMENT_SCHEMAS, 'province'>, loaded: LoadedDocument<unknown>): void {
	if (kind === 'agency') folder.agency = loaded as LoadedDocument<Agency>;
	else if (kind === 'policy') folder.policy = loaded as LoadedDocument<Policy>;
	else if (kind === 'objectives') folder.objectives.push(loaded as LoadedDocument<Objectives>);
	else if (kind === 'procedure') folder.procedures.push(loaded as LoadedDocument<Procedure>);
	else if (kind === 'statistics') folder.statistics.push(loaded as LoadedDocument<Statistics>);
	else folder.internal.push(loaded as LoadedDocument<InternalProcess>);
}

function checkSchema<S extends z.ZodType>(corpus: Corpus, schema: S, value: unknown, file: string, source: YamlSource, path: readonly number[]): z.output<S> | undefined {
	const findings = schemaFindings(schema, value, file, source, path);
	if ('issues' in findings) {
		corpus.findings.push(...findings.issues);
		return undefined;
	}
	return findings.data;
}
