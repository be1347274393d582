import fc from 'fast-check';

/**
 * Generated and mutated content files, for property tests of the loader: a real file of the
 * fixture, placed at a real or a wrong path, then changed by a few mutations of its bytes, keys,
 * value types, Unicode, front-matter delimiters, language tags and YAML aliases.
 */

export interface BaseFile {
	path: string;
	text: string;
}

/** Paths a mutated file may take: every kind of document, and names and places that are wrong. */
const PATHS = [
	'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md',
	'agencies/xa-minh-hoa/procedures/dang-ky-moi.md',
	'agencies/xa-minh-hoa/procedures/Đăng ký khai sinh.md',
	'agencies/xa-minh-hoa/procedures/DANG-KY.MD',
	'agencies/xa-minh-hoa/procedures/cu/dang-ky.md',
	'agencies/xa-minh-hoa/procedures/!!!.md',
	'agencies/xa-minh-hoa/internal/nb-01.md',
	'agencies/xa-minh-hoa/objectives/2026.md',
	'agencies/xa-minh-hoa/objectives/2025.md',
	'agencies/xa-minh-hoa/policy.md',
	'agencies/xa-minh-hoa/agency.yaml',
	'agencies/xa-minh-hoa/statistics/2026.yaml',
	'agencies/xa-minh-hoa/statistics/thang-1.yaml',
	'agencies/xa-minh-hoa/agency.yml',
	'agencies/xa-khac/agency.yaml',
	'catalogue/tthc/cap-xa.yaml',
	'catalogue/legal/all.yaml',
	'catalogue/internal-processes.yaml',
	'province.yaml',
	'ghi-chu.md',
];

const TAGS = ['js', 'javascript', 'coffee', 'json', 'toml', 'yaml', 'yml', ' tiếng Việt', '-', ' ', '\t', 'JS', '{', '---'];
const KEYS = [
	'code',
	'title',
	'issue',
	'issued',
	'effective',
	'revisions',
	'tthc',
	'legalBases',
	'dossier',
	'days',
	'steps',
	'fees',
	'amount',
	'year',
	'months',
	'month',
	'id',
	'conditions',
	'cases',
	'__proto__',
	'constructor',
	'toString',
	'khong-co',
];
const SCALARS = [
	'',
	'~',
	'null',
	'true',
	'yes',
	'0',
	'-1',
	'1e309',
	'.inf',
	'.nan',
	'0x10',
	'2026-02-30',
	'2026-13-01',
	'9007199254740993',
	'"',
	"'",
	'[',
	'{',
	']',
	'}',
	'[1, [2, [3]]]',
	'{a: {b: {c: 1}}}',
	'&neo x',
	'*neo',
	'*khong-co',
	'!!binary aGVsbG8=',
	'!!js/function "function () { globalThis.ran = 1 }"',
	'!!python/object:os.system x',
	'!<tag:yaml.org,2002:str> x',
	'|',
	'>-',
	'? x',
	'- a',
	': b',
	'# chú thích',
	'@x',
	'`x`',
	'%YAML 1.2',
	'Đăng ký',
	'Đăng ký'.normalize('NFD'),
	'\u0000',
	'\u200b',
	'\uFEFF',
	'\uD800',
	'𝔘𝔫𝔦',
	'\u202e',
	'a\r\nb',
	'\t',
];
/** Small alias structures: one anchor repeated by aliases, nested a few levels (never a large expansion here). */
const ALIASES = [
	'a: &a [1, 2]\nb: [*a, *a, *a]',
	'l0: &l0 [x, x]\nl1: &l1 [*l0, *l0]\nl2: [*l1, *l1, *l1]',
	'x: &x {k: *x}',
	'y: *y',
	'z: &z\n  - *z',
	'<<: *a',
	'm: &m {a: 1}\nn: {<<: *m, b: 2}',
];

type Mutation = (text: string) => string;

const position = fc.nat({ max: 10_000 });
const line = fc.nat({ max: 80 });
const anyText = fc.oneof(
	fc.string({ maxLength: 20 }),
	fc.string({ unit: 'grapheme', maxLength: 10 }),
	fc.string({ unit: 'binary', maxLength: 10 }),
	fc.constantFrom(...SCALARS),
);

function atLine(text: string, index: number, change: (lines: string[], at: number) => void): string {
	const lines = text.split('\n');
	change(lines, index % Math.max(lines.length, 1));
	return lines.join('\n');
}

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
	// bytes
	fc.tuple(position, fc.nat({ max: 40 })).map(
		([at, count]): Mutation =>
			(text) =>
				text.slice(0, at % (text.length + 1)) + text.slice((at % (text.length + 1)) + count),
	),
	fc.tuple(position, anyText).map(
		([at, inserted]): Mutation =>
			(text) =>
				text.slice(0, at % (text.length + 1)) + inserted + text.slice(at % (text.length + 1)),
	),
	position.map(
		(at): Mutation =>
			(text) =>
				text.slice(0, at % (text.length + 1)),
	),
	fc.constantFrom<Mutation>(
		(text) => text.normalize('NFD'),
		(text) => text.replace(/\n/g, '\r\n'),
		(text) => text.replace(/\n/g, '\r'),
		(text) => `\uFEFF${text}`,
		(text) => text.replace(/ {2}/g, '\t'),
	),
	// lines, keys and value types
	fc.tuple(line, line).map(
		([a, b]): Mutation =>
			(text) =>
				atLine(text, a, (lines, at) => lines.splice(b % (lines.length + 1), 0, lines[at] ?? '')),
	),
	line.map(
		(a): Mutation =>
			(text) =>
				atLine(text, a, (lines, at) => lines.splice(at, 1)),
	),
	fc.tuple(line, fc.constantFrom(...KEYS)).map(
		([a, key]): Mutation =>
			(text) =>
				atLine(text, a, (lines, at) => (lines[at] = (lines[at] ?? '').replace(/^(\s*-?\s*)[^:\s]+:/, `$1${key}:`))),
	),
	fc.tuple(line, anyText).map(
		([a, value]): Mutation =>
			(text) =>
				atLine(text, a, (lines, at) => (lines[at] = (lines[at] ?? '').replace(/:\s.*$/, `: ${value}`))),
	),
	fc.tuple(line, fc.constantFrom(...KEYS), anyText).map(
		([a, key, value]): Mutation =>
			(text) =>
				atLine(text, a, (lines, at) => lines.splice(at, 0, `${key}: ${value}`)),
	),
	// front-matter delimiters and language tags
	fc.constantFrom(...TAGS).map(
		(tag): Mutation =>
			(text) =>
				text.replace(/^---/, `---${tag}`),
	),
	fc.constantFrom<Mutation>(
		(text) => text.replace(/\n---\n/, '\n'),
		(text) => text.replace(/\n---\n/, '\n---\n---\n'),
		(text) => text.replace(/\n---\n/, '\n...\n'),
		(text) => text.replace(/\n---\n/, '\n--- x\n'),
		(text) => text.replace(/^---\n/, ''),
		(text) => `---\n${text}`,
		(text) => ` ${text}`,
		(text) => text.replace(/^---/, '----'),
	),
	// aliases
	fc.tuple(line, fc.constantFrom(...ALIASES)).map(
		([a, alias]): Mutation =>
			(text) =>
				atLine(text, a, (lines, at) => lines.splice(at, 0, alias)),
	),
);

/** A content file: a base file's text, mutated 1 to 4 times, at one of the paths. */
export function mutatedFile(bases: readonly BaseFile[]): fc.Arbitrary<BaseFile> {
	return fc
		.tuple(fc.constantFrom(...bases), fc.constantFrom(...PATHS), fc.array(mutations, { minLength: 1, maxLength: 4 }))
		.map(([base, path, changes]) => ({
			path,
			text: changes.reduce((text, change) => change(text), base.text),
		}));
}
