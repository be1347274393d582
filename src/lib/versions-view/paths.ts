/**
 * Addresses of a document's issues and comparisons, below the document's own page (`home`, which
 * ends with "/"): `…/lan-2/`, `…/so-sanh/`, `…/so-sanh/1-2/`.
 */
export function issuePath(home: string, issue: number): string {
	return `${home}lan-${issue}/`;
}

export function compareIndexPath(home: string): string {
	return `${home}so-sanh/`;
}

export function comparePath(home: string, from: number, to: number): string {
	return `${home}so-sanh/${from}-${to}/`;
}

/** The route parameter of a comparison: `[1, 2]` → `1-2`. */
export function pairParam(from: number, to: number): string {
	return `${from}-${to}`;
}

/** `1-2` → `[1, 2]`; undefined for anything else. */
export function parsePairParam(param: string): [number, number] | undefined {
	const match = /^(\d+)-(\d+)$/.exec(param);
	if (match === null) return undefined;
	return [Number(match[1]), Number(match[2])];
}
