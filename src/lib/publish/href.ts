import { documentKind } from '../kinds/index.ts';
import type { HeldBack } from './select.ts';

/** The page that shows a past issue in place of a held-back document; undefined when none is published. */
export function heldBackHref(base: string, item: HeldBack): string | undefined {
	if (item.shown === null) return undefined;
	const name = item.file.replace(/^.*\//, '').replace(/\.md$/, '');
	return documentKind(item.kind)?.document.path(base, item.agency, name);
}
