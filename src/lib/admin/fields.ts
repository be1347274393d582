import type { z } from 'astro/zod';
import { ISO_DATE_PATTERN, SINGLE_LINE_PATTERN, TTHC_CODE_PATTERN } from '../../../schemas/common.ts';

/** One field of a Decap CMS collection (https://decapcms.org/docs/widgets/), as config.yml spells it. */
export interface DecapField {
	name: string;
	label: string;
	widget: string;
	required?: false;
	hint?: string;
	default?: unknown;
	pattern?: [string, string];
	options?: Array<string | { label: string; value: string }>;
	multiple?: true;
	value_type?: 'int' | 'float';
	min?: number;
	date_format?: string;
	time_format?: false;
	format?: string;
	picker_utc?: true;
	modes?: Array<'raw' | 'rich_text'>;
	collapsed?: boolean;
	summary?: string;
	fields?: DecapField[];
	field?: DecapField;
}

/** A choice of a select widget: the value written to the file and the text the officer sees. */
export interface Choice {
	value: string;
	label: string;
}

/** The catalogues a field may pick from: TTHC codes, legal documents, agencies. */
export type CatalogueName = 'tthc' | 'legal' | 'agency';

/**
 * Fields that name an entry of a catalogue, by property name. A TTHC code is known by its pattern
 * wherever it stands; legal documents and agencies are plain text to the schemas.
 */
const REFERENCE_FIELDS: Readonly<Record<string, CatalogueName>> = {
	legalBases: 'legal',
	parent: 'agency',
	successor: 'agency',
	agencies: 'agency',
};

/** The date format of the schemas (`YYYY-MM-DD`) in the notation of Decap's date widget (moment). */
export const DATE_FORMAT = 'YYYY-MM-DD';

/** What the walker needs besides the schema: the choices of each catalogue (empty: free text with the schema's pattern). */
export interface FieldOptions {
	choices: Readonly<Record<CatalogueName, readonly Choice[]>>;
}

const NO_CHOICES: FieldOptions = { choices: { tthc: [], legal: [], agency: [] } };

/** A zod schema seen through its definition; zod 4 keeps the type, the wrapped schemas and the checks there. */
interface ZodDef {
	type: string;
	innerType?: z.ZodType;
	defaultValue?: unknown;
	in?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	options?: z.ZodType[];
	entries?: Record<string, string>;
	values?: unknown[];
	format?: string;
	checks?: Array<{ _zod: { def: { check: string; pattern?: RegExp; format?: string; minimum?: number; value?: number } } }>;
}

function def(schema: z.ZodType): ZodDef {
	return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

/** A schema with its wrappers (optional, default, pipe) taken off, and what they said. */
interface Unwrapped {
	schema: z.ZodType;
	optional: boolean;
	default?: unknown;
	description?: string;
}

function unwrap(schema: z.ZodType): Unwrapped {
	let current = schema;
	let optional = false;
	let defaultValue: unknown;
	let description = schema.description;
	for (;;) {
		const d = def(current);
		if (d.type === 'optional' || d.type === 'nullable') optional = true;
		else if (d.type === 'default' || d.type === 'prefault') {
			optional = true;
			defaultValue = d.defaultValue;
		} else if (d.type !== 'pipe' && d.type !== 'readonly') break;
		current = (d.type === 'pipe' ? d.in : d.innerType) as z.ZodType;
		description ??= current.description;
	}
	return {
		schema: current,
		optional,
		...(defaultValue === undefined ? {} : { default: defaultValue }),
		...(description === undefined ? {} : { description }),
	};
}

/**
 * The Vietnamese label and hint of a field from its schema description, "Label: hint (name)":
 * the label is the text before the first colon, semicolon or ", ví dụ", the hint the rest, and the
 * hint ends with the field's name in the file, which the validator's messages use.
 */
export function labelOf(name: string, description: string | undefined): { label: string; hint: string } {
	const text = (description ?? '').replace(/\s*\([^()]*\)\s*$/, '').trim();
	if (text === '') return { label: name, hint: `Trường \`${name}\`.` };
	const cut = /[;:]\s|,\s(?=ví dụ)/.exec(text);
	const label = cut === null ? text : text.slice(0, cut.index);
	const rest = cut === null ? '' : text.slice(cut.index + cut[0].length).trim();
	const sentence = rest === '' ? '' : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}${/[.…!?]$/.test(rest) ? '' : '.'} `;
	return { label, hint: `${sentence}Trường \`${name}\`.` };
}

/** The regular expressions a string schema checks, in order. */
function patternsOf(schema: z.ZodType): RegExp[] {
	return (def(schema).checks ?? []).flatMap((check) =>
		check._zod.def.check === 'string_format' && check._zod.def.pattern instanceof RegExp ? [check._zod.def.pattern] : [],
	);
}

function minimumOf(schema: z.ZodType): number | undefined {
	for (const check of def(schema).checks ?? []) {
		const { check: kind, value, minimum } = check._zod.def;
		if (kind === 'greater_than' && value !== undefined) return value;
		if (kind === 'min_length' && minimum !== undefined) return minimum;
	}
	return undefined;
}

/**
 * The source of `regex` for Decap, which builds `new RegExp(source)` without flags: a
 * case-insensitive pattern has each letter outside a class or an escape spelled in both cases
 * (`giờ` → `[gG][iI][ờỜ]`).
 */
export function flaglessSource(regex: RegExp): string {
	if (!regex.flags.includes('i')) return regex.source;
	let out = '';
	let inClass = false;
	for (let index = 0; index < regex.source.length; index += 1) {
		const char = regex.source.charAt(index);
		if (char === '\\') {
			out += char + regex.source.charAt(index + 1);
			index += 1;
		} else {
			if (char === '[') inClass = true;
			else if (char === ']') inClass = false;
			const lower = char.toLowerCase();
			const upper = char.toUpperCase();
			out += !inClass && lower !== upper ? `[${lower}${upper}]` : char;
		}
	}
	return out;
}

/** The schema's own message for a wrong value, for the form to show next to the field. */
function messageOf(schema: z.ZodType): string {
	const result = schema.safeParse('\u0000');
	return result.success ? 'giá trị không đúng dạng' : (result.error.issues[0]?.message ?? 'giá trị không đúng dạng');
}

function isInteger(schema: z.ZodType): boolean {
	const d = def(schema);
	return /int/.test(d.format ?? '') || (d.checks ?? []).some((check) => /int/.test(check._zod.def.format ?? ''));
}

function selectOf(base: Omit<DecapField, 'widget'>, choices: readonly Choice[], multiple: boolean): DecapField {
	return {
		...base,
		widget: 'select',
		options: choices.map((choice) => ({ label: choice.label, value: choice.value })),
		...(multiple ? { multiple: true as const } : {}),
	};
}

/** The catalogue a field picks from, when it picks from one that has entries. */
function catalogueOf(name: string, schema: z.ZodType, options: FieldOptions): CatalogueName | undefined {
	const catalogue =
		REFERENCE_FIELDS[name] ?? (patternsOf(schema).some((pattern) => pattern.source === TTHC_CODE_PATTERN.source) ? 'tthc' : undefined);
	return catalogue !== undefined && options.choices[catalogue].length > 0 ? catalogue : undefined;
}

/**
 * The Decap field for property `name` of a zod schema: widget from the zod type, `required`,
 * `default`, `pattern` and the Vietnamese label and hint from the schema. Walks every wrapper,
 * object, array, enum and union, so a property added to a schema gets a field without a change here.
 */
export function decapField(name: string, schema: z.ZodType, options: FieldOptions): DecapField {
	const { schema: inner, optional, default: defaultValue, description } = unwrap(schema);
	const base: Omit<DecapField, 'widget'> = {
		name,
		...labelOf(name, description),
		...(optional ? { required: false as const } : {}),
		...(defaultValue === undefined || (Array.isArray(defaultValue) && defaultValue.length === 0) ? {} : { default: defaultValue }),
	};
	const d = def(inner);
	switch (d.type) {
		case 'object':
			return { ...base, widget: 'object', fields: objectFields(inner, options) };
		case 'array':
			return arrayField(base, d.element as z.ZodType, options);
		case 'enum':
			return { ...base, widget: 'select', options: Object.values(d.entries ?? {}) };
		case 'literal':
			return isTrueOnly(inner) ? { ...base, widget: 'boolean' } : { ...base, widget: 'select', options: (d.values ?? []).map(String) };
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'number':
			return numberField(base, inner);
		case 'union':
			return unionField(base, inner, d.options ?? []);
		default:
			return stringField(base, inner, catalogueOf(name, inner, options), options);
	}
}

/** The fields of an object schema, one per property, in the schema's order. */
export function objectFields(schema: z.ZodType, options: FieldOptions): DecapField[] {
	return Object.entries(def(unwrap(schema).schema).shape ?? {}).map(([name, property]) => decapField(name, property, options));
}

function numberField(base: Omit<DecapField, 'widget'>, schema: z.ZodType): DecapField {
	const min = minimumOf(schema);
	return { ...base, widget: 'number', value_type: isInteger(schema) ? 'int' : 'float', ...(min === undefined ? {} : { min }) };
}

function stringField(
	base: Omit<DecapField, 'widget'>,
	schema: z.ZodType,
	catalogue: CatalogueName | undefined,
	options: FieldOptions,
): DecapField {
	if (catalogue !== undefined) return selectOf(base, options.choices[catalogue], false);
	const patterns = patternsOf(schema);
	if (patterns.some((pattern) => pattern.source === ISO_DATE_PATTERN.source)) {
		return { ...base, widget: 'datetime', format: DATE_FORMAT, date_format: DATE_FORMAT, time_format: false, picker_utc: true };
	}
	// A text without the one-line rule may run over several lines (ParagraphSchema).
	const singleLine = patterns.some((pattern) => pattern.source === SINGLE_LINE_PATTERN.source);
	const checked = patterns.filter((pattern) => pattern.source !== SINGLE_LINE_PATTERN.source);
	// Every pattern must match, as in the schema: one is itself, several are lookaheads.
	const source =
		checked.length === 1 && checked[0] !== undefined
			? flaglessSource(checked[0])
			: `${checked.map((regex) => `(?=${flaglessSource(regex)})`).join('')}[\\s\\S]*`;
	const pattern = checked.length === 0 ? {} : { pattern: [source, messageOf(schema)] as [string, string] };
	return { ...base, widget: singleLine || checked.length > 0 ? 'string' : 'text', ...pattern };
}

/**
 * A list: of objects (a sub-form per row), of enum values or catalogue entries (a multiple
 * select), or of single values (one input per row).
 */
function arrayField(base: Omit<DecapField, 'widget'>, element: z.ZodType, options: FieldOptions): DecapField {
	const item = unwrap(element).schema;
	const d = def(item);
	if (d.type === 'enum') return { ...base, widget: 'select', multiple: true, options: Object.values(d.entries ?? {}) };
	const catalogue = catalogueOf(base.name, item, options);
	if (catalogue !== undefined) return selectOf(base, options.choices[catalogue], true);
	if (d.type === 'object') {
		const fields = objectFields(item, options);
		// A row is summed up by its first field every row has: a form's title, not its optional code.
		const summary = (fields.find((field) => field.required !== false) ?? fields[0])?.name ?? 'name';
		return { ...base, widget: 'list', collapsed: false, summary: `{{fields.${summary}}}`, fields };
	}
	const field = decapField(base.name, element, options);
	return { ...base, widget: 'list', field: { ...field, label: base.label, hint: '' } };
}

/**
 * A union: a number or a text (a step's time: `0.5`, `"4 giờ"`, `"không tính"`) is one text input
 * that takes either, checked by both patterns; the number is written back as a number by the
 * editor page (see SAVE_HOOK in page.ts). A list or a word for "none" (`fees: khong`) is the list.
 * Other unions take the first member's field.
 */
function unionField(base: Omit<DecapField, 'widget'>, schema: z.ZodType, members: z.ZodType[]): DecapField {
	const types = members.map((member) => def(unwrap(member).schema).type);
	const text = members.find((member) => def(unwrap(member).schema).type === 'string');
	if (types.includes('number') && text !== undefined) {
		const patterns = patternsOf(unwrap(text).schema).map((pattern) => flaglessSource(pattern).replace(/^\^|\$$/g, ''));
		return { ...base, widget: 'string', pattern: [`^(?:\\d+(?:[.,]\\d+)?|${patterns.join('|')})$`, messageOf(schema)] };
	}
	const list = members.find((member) => def(unwrap(member).schema).type === 'array');
	const none = noneWord(schema);
	if (list !== undefined && none !== undefined) {
		const field = decapField(base.name, list, NO_CHOICES);
		return { ...field, ...base, hint: `${base.hint ?? ''} Xóa hết các dòng để ghi "${none}".`.trim() };
	}
	const first = members[0];
	return first === undefined ? { ...base, widget: 'string' } : { ...decapField(base.name, first, NO_CHOICES), ...base };
}

/**
 * The word a union takes besides a list to say "none" (`fees: khong`), if it is such a union: its
 * form is the list, and the editor page writes the word for a list emptied in the form.
 */
export function noneWord(schema: z.ZodType): string | undefined {
	const d = def(unwrap(schema).schema);
	if (d.type !== 'union' || !(d.options ?? []).some((member) => def(unwrap(member).schema).type === 'array')) return undefined;
	for (const member of d.options ?? []) {
		const values = def(unwrap(member).schema).type === 'literal' ? (def(unwrap(member).schema).values ?? []) : [];
		if (values.length === 1 && typeof values[0] === 'string') return values[0];
	}
	return undefined;
}

/**
 * A schema that takes `true` only (`z.literal(true)`), or a union whose first member does (a
 * same-day limit: `true` or `{ cutoff: "15:00" }`): a switch, whose `false` the editor page drops.
 */
export function isTrueOnly(schema: z.ZodType): boolean {
	const inner = unwrap(schema).schema;
	const d = def(inner);
	if (d.type === 'literal') return (d.values ?? []).length > 0 && (d.values ?? []).every((value) => value === true);
	const first = d.type === 'union' ? d.options?.[0] : undefined;
	return first !== undefined && isTrueOnly(first);
}

/** Whether a zod schema, with its wrappers off, is a union of a number and a text (see unionField). */
export function isNumberOrText(schema: z.ZodType): boolean {
	const inner = unwrap(schema).schema;
	const d = def(inner);
	return (
		d.type === 'union' &&
		(d.options ?? []).some((member) => def(unwrap(member).schema).type === 'number') &&
		(d.options ?? []).some((member) => def(unwrap(member).schema).type === 'string')
	);
}

/**
 * The properties under a schema that `pick` gives a value for, with their paths
 * (`[['steps', '*', 'time'], value]`): where the editor page fixes a value before a save.
 */
export function pathsWith<T>(schema: z.ZodType, pick: (schema: z.ZodType) => T | undefined, prefix: string[] = []): Array<[string[], T]> {
	const picked = prefix.length > 0 ? pick(schema) : undefined;
	if (picked !== undefined) return [[prefix, picked]];
	const inner = unwrap(schema).schema;
	const d = def(inner);
	if (d.type === 'object') return Object.entries(d.shape ?? {}).flatMap(([name, property]) => pathsWith(property, pick, [...prefix, name]));
	if (d.type === 'array' && d.element !== undefined) return pathsWith(d.element, pick, [...prefix, '*']);
	return [];
}

/** The paths of the properties under a schema that `test` picks (see pathsWith). */
export function pathsWhere(schema: z.ZodType, test: (schema: z.ZodType) => boolean): string[][] {
	return pathsWith(schema, (property) => (test(property) ? true : undefined)).map(([path]) => path);
}
