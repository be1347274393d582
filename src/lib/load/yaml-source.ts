import { isScalar, LineCounter, parseDocument, visit, YAMLParseError, type Document } from 'yaml';
import type { Position } from '../findings/finding.ts';

/** A parsed YAML text that can still tell where each value came from. */
export interface YamlSource {
	/** The YAML text as parsed. */
	text: string;
	doc: Document;
	lineCounter: LineCounter;
	/** Lines before the YAML text in its file (0 for a `.yaml` file; frontmatter starts after `---`). */
	lineOffset: number;
}

/** A TTHC code written without quotes (`1.001190`) would be read as the number 1.00119: keep its text. */
const TTHC_CODE_SOURCE = /^\d\.\d{6}(?:\.[0-9A-Z.]+)?$/;

/** Parses YAML keeping positions; values keep the text the officer wrote where a number would lose it. */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, keepSourceTokens: true, uniqueKeys: true, prettyErrors: false });
	visit(doc, {
		Scalar(_key, node) {
			if (typeof node.value === 'number' && typeof node.source === 'string' && TTHC_CODE_SOURCE.test(node.source)) {
				node.value = node.source;
			}
		},
	});
	return { text, doc, lineCounter, lineOffset };
}

/** The value of the YAML document, `undefined` for an empty one. */
export function yamlValue(source: YamlSource): unknown {
	if (source.doc.errors.length > 0) return undefined;
	try {
		return source.doc.toJS({ maxAliasCount: 100 }) ?? undefined;
	} catch {
		// An alias (*name) whose anchor (&name) is missing, or an alias bomb: report it as a syntax error.
		let position = 0;
		visit(source.doc, {
			Alias(_key, node) {
				position = node.range?.[0] ?? 0;
				return visit.BREAK;
			},
		});
		source.doc.errors.push(new YAMLParseError([position, position + 1], 'BAD_ALIAS', 'Unresolved alias'));
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
