import { internalPath, objectivesPath, policyPath, procedurePath } from '../site/routes.ts';
import type { HeldBack } from './select.ts';

/** The page that shows a past issue in place of a held-back document; undefined when none is published. */
export function heldBackHref(base: string, item: HeldBack): string | undefined {
	if (item.shown === null) return undefined;
	const name = item.file.replace(/^.*\//, '').replace(/\.md$/, '');
	if (item.kind === 'procedure') return procedurePath(base, item.agency, name);
	if (item.kind === 'internal-process') return internalPath(base, item.agency, name);
	if (item.kind === 'policy') return policyPath(base, item.agency);
	if (item.kind === 'objectives') return objectivesPath(base, item.agency, Number(name));
	return undefined;
}
