import { isMap, isScalar, type Pair } from 'yaml';
import type { Position } from '../findings/finding.ts';
import type { YamlSource } from './yaml-source.ts';

/** Longer values are not repeated in a message: a split that long is not a short value cut at a comma. */
const MAX_QUOTED = 300;

/** A value written in `{ … }` and cut at a comma: the field it belongs to and how to write it whole. */
export interface FlowSplit {
	/** The field whose value was cut: `action`. */
	field: string;
	/** The field written with its whole value quoted: `action: "Thẩm định, trình ký"`. */
	quoted: string;
	/** Where the unknown key starts. */
	position: Position;
}

/**
 * When the unknown key `key` of the map at `path` is the tail of a value cut at a comma — `{ action:
 * Thẩm định, trình ký }` or `{ time: 0,5 ngày }` read as a key with no value after the field before
 * it — the field and its value written whole in quotes; otherwise `undefined`. In `{ … }` a comma
 * always separates fields, and YAML does not say so.
 */
export function findFlowSplit(source: YamlSource, path: readonly PropertyKey[], key: string): FlowSplit | undefined {
	const keys = path.map((part) => (typeof part === 'symbol' ? String(part) : part));
	const map = keys.length === 0 ? source.doc.contents : source.doc.getIn(keys, true);
	if (!isMap(map) || map.flow !== true) return undefined;
	const items = map.items;
	const index = items.findIndex((pair) => isScalar(pair.key) && pair.key.value === key);
	const pair = items[index];
	if (pair === undefined || !isTail(pair)) return undefined;
	let head = index - 1;
	while (head >= 0 && items[head] !== undefined && isTail(items[head] as Pair<unknown, unknown>)) head--;
	const owner = items[head];
	if (
		owner === undefined ||
		!isScalar(owner.key) ||
		!isScalar(owner.value) ||
		owner.value.range === undefined ||
		owner.value.range === null
	)
		return undefined;
	let stop = index;
	while (items[stop + 1] !== undefined && isTail(items[stop + 1] as Pair<unknown, unknown>)) stop++;
	const end = rangeOf(items[stop]?.key)?.[1];
	const keyStart = rangeOf(pair.key)?.[0];
	if (end === undefined || keyStart === undefined) return undefined;
	const whole = source.text.slice(owner.value.range[0], end).replace(/\s+/g, ' ').replaceAll('"', '\\"');
	if (whole.length > MAX_QUOTED) return undefined;
	const { line, col } = source.lineCounter.linePos(keyStart);
	return {
		field: String(owner.key.value),
		quoted: `${String(owner.key.value)}: "${whole}"`,
		position: { line: line + source.lineOffset, column: col },
	};
}

function rangeOf(node: unknown): [number, number, number] | undefined {
	return (node as { range?: [number, number, number] } | null | undefined)?.range;
}

/** A plain key with no value: what a comma inside an unquoted value leaves behind. */
function isTail(pair: Pair<unknown, unknown>): boolean {
	return (
		isScalar(pair.key) &&
		pair.key.type === 'PLAIN' &&
		(pair.value === null || (isScalar(pair.value) && pair.value.value === null && pair.value.source === ''))
	);
}
