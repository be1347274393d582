import * as jsYaml from 'js-yaml';
import { FAILSAFE_SCHEMA, load as loadYaml, Type } from 'js-yaml';
import { isScalar, LineCounter, parseDocument, visit, YAMLParseError, type Document } from 'yaml';
import type { Position } from '../findings/finding.ts';

/**
 * A YAML text, its value, and on demand where each value came from. The value is read with
 * js-yaml (fast); the `yaml` package's positional parse runs only when a message needs a line and
 * column, or when js-yaml rejects the text and the errors must be located.
 */
export interface YamlSource {
	/** The YAML text as parsed. */
	text: string;
	/** Lines before the YAML text in its file (0 for a `.yaml` file; frontmatter starts after `---`). */
	lineOffset: number;
	/** The positional parse, made on first use. */
	readonly doc: Document;
	readonly lineCounter: LineCounter;
}

/** A TTHC code written without quotes (`1.001190`) would be read as the number 1.00119: keep its text. */
const TTHC_CODE_SOURCE = /^\d\.\d{6}(?:\.[0-9A-Z.]+)?$/;

const TthcCodeType = new Type('tag:qms,2026:tthc-code', {
	kind: 'scalar',
	resolve: (data: unknown) => typeof data === 'string' && TTHC_CODE_SOURCE.test(data),
	construct: (data: string) => data,
});
// YAML 1.2 core schema, as the `yaml` package reads it (dates stay text), TTHC codes tried first
// so they stay text: js-yaml takes the first implicit type that matches a plain scalar.
// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', Type> };
const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [TthcCodeType, types.null, types.bool, types.int, types.float] });

interface Positional {
	doc: Document;
	lineCounter: LineCounter;
}

function parsePositional(text: string): Positional {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
	visit(doc, {
		Scalar(_key, node) {
			if (typeof node.value === 'number' && typeof node.source === 'string' && TTHC_CODE_SOURCE.test(node.source)) node.value = node.source;
		},
	});
	return { doc, lineCounter };
}

/** Reads a YAML text; positions are computed only if asked for. */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
	let positional: Positional | undefined;
	const get = (): Positional => (positional ??= parsePositional(text));
	return {
		text,
		lineOffset,
		get doc() {
			return get().doc;
		},
		get lineCounter() {
			return get().lineCounter;
		},
	};
}

const values = new WeakMap<YamlSource, { value: unknown }>();

/**
 * The value of the YAML text (`undefined` for an empty one, or one with syntax errors, which
 * `source.doc.errors` then lists with positions).
 */
export function yamlValue(source: YamlSource): unknown {
	const cached = values.get(source);
	if (cached !== undefined) return cached.value;
	let value: unknown;
	try {
		value = loadYaml(source.text, { schema: SCHEMA, json: false }) ?? undefined;
	} catch {
		value = positionalValue(source);
	}
	values.set(source, { value });
	return value;
}

/** True when the text has syntax errors (found by the positional parser). */
export function hasYamlErrors(source: YamlSource): boolean {
	yamlValue(source);
	return values.get(source)?.value === undefined && source.text.trim() !== '' && source.doc.errors.length > 0;
}

/** The value through the `yaml` package, recording an alias it cannot resolve as a syntax error. */
function positionalValue(source: YamlSource): unknown {
	const { doc } = source;
	if (doc.errors.length > 0) return undefined;
	try {
		return doc.toJS({ maxAliasCount: 100 }) ?? undefined;
	} catch {
		// An alias (*name) whose anchor (&name) is missing, or an alias bomb: report it as a syntax error.
		let position = 0;
		visit(doc, {
			Alias(_key, node) {
				position = node.range?.[0] ?? 0;
				return visit.BREAK;
			},
		});
		doc.errors.push(new YAMLParseError([position, position + 1], 'BAD_ALIAS', 'Unresolved alias'));
		return undefined;
	}
}

/**
 * Where the value at `path` starts; for a path that does not exist (a missing field), where the
 * nearest existing parent starts, so the message points at the object that lacks the field.
 */
export function locate(source: YamlSource, path: readonly PropertyKey[]): Position {
	for (let length = path.length; length >= 0; length--) {
		const keys = path.slice(0, length).map((key) => (typeof key === 'symbol' ? String(key) : key));
		const node = length === 0 ? source.doc.contents : source.doc.getIn(keys, true);
		const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
		if (range !== undefined && (isScalar(node) || length === 0 || node !== null)) {
			const keyNode = length > 0 ? findKeyNode(source, keys) : undefined;
			const offset = keyNode?.range?.[0] ?? range[0];
			const { line, col } = source.lineCounter.linePos(offset);
			return { line: line + source.lineOffset, column: col };
		}
	}
	return { line: 1 + source.lineOffset, column: 1 };
}

/** For a map entry, the key's node, so `days: 12` points at `days` rather than `12`. */
function findKeyNode(source: YamlSource, keys: readonly unknown[]): { range?: [number, number, number] } | undefined {
	const last = keys[keys.length - 1];
	if (typeof last !== 'string') return undefined;
	const parent = keys.length === 1 ? source.doc.contents : source.doc.getIn(keys.slice(0, -1), true);
	const items = (parent as { items?: Array<{ key?: unknown }> } | null)?.items;
	const pair = items?.find((item) => isScalar(item.key) && item.key.value === last);
	return pair?.key as { range?: [number, number, number] } | undefined;
}
