import { listedForms } from '../../../schemas/procedure.ts';
import type { Finding } from '../findings/finding.ts';
import { classifyPath, type FileKind } from '../load/classify.ts';
import type { Corpus } from '../load/corpus.ts';
import { controlledDocuments } from './context.ts';

/** The findings of a pull-request check: those that count for the change, and the rest, shown as context. */
export interface ChangedScope {
	counted: Finding[];
	context: Finding[];
}

/**
 * Splits `findings` by the files they are in: a finding counts when its file changed (`changed`,
 * paths relative to the content folder) or depends on what changed. Every file depends on
 * province.yaml; an agency's files on its agency.yaml; a procedure on the TTHC catalogue and legal
 * registry files that define (or no longer define) what it cites, an internal process on the
 * internal-process catalogue, and either on the form files it names.
 */
export function scopeToChanges(corpus: Corpus, findings: readonly Finding[], changed: readonly string[]): ChangedScope {
	const scope = affectedFiles(corpus, changed);
	const counted: Finding[] = [];
	const context: Finding[] = [];
	for (const finding of findings) (scope === 'all' || scope.has(finding.file) ? counted : context).push(finding);
	return { counted, context };
}

function affectedFiles(corpus: Corpus, changed: readonly string[]): Set<string> | 'all' {
	const files = new Set(changed);
	const kinds = new Set(changed.map((file) => classifyPath(file).kind));
	if (kinds.has('province')) return 'all';
	const changedKeys = <T>(entries: ReadonlyArray<{ file: string; data: T }>, key: (data: T) => string) =>
		new Set(entries.filter((entry) => files.has(entry.file)).map((entry) => key(entry.data)));
	const known = <T>(entries: ReadonlyArray<{ data: T }>, key: (data: T) => string) => new Set(entries.map((entry) => key(entry.data)));
	// A key no file defines any more may have been removed by the change: its citations count too.
	const touches = (cited: readonly string[], kind: FileKind, keys: Set<string>, all: Set<string>) =>
		kinds.has(kind) && cited.some((key) => keys.has(key) || !all.has(key));
	const tthc = { keys: changedKeys(corpus.tthc, (entry) => entry.code), all: known(corpus.tthc, (entry) => entry.code) };
	const legal = { keys: changedKeys(corpus.legal, (entry) => entry.number), all: known(corpus.legal, (entry) => entry.number) };
	const catalogue = {
		keys: changedKeys(corpus.internalCatalogue, (entry) => entry.id),
		all: known(corpus.internalCatalogue, (entry) => entry.id),
	};
	for (const folder of corpus.agencies) {
		const agencyChanged = changed.some((file) => classifyPath(file).kind === 'agency' && classifyPath(file).agency === folder.id);
		const formChanged = (forms: ReadonlyArray<{ file?: string | undefined }>) =>
			forms.some((form) => form.file !== undefined && files.has(`agencies/${folder.id}/${form.file}`));
		if (folder.agency !== undefined && touches(folder.agency.data.tthc, 'tthc-catalogue', tthc.keys, tthc.all))
			files.add(folder.agency.file);
		for (const doc of controlledDocuments(folder)) if (agencyChanged) files.add(doc.file);
		for (const item of folder.invalid) if (agencyChanged) files.add(item.file);
		for (const doc of folder.procedures) {
			if (
				touches(doc.data.tthc, 'tthc-catalogue', tthc.keys, tthc.all) ||
				touches(doc.data.legalBases ?? [], 'legal-registry', legal.keys, legal.all) ||
				formChanged(listedForms(doc.data.forms))
			)
				files.add(doc.file);
		}
		for (const doc of folder.internal) {
			if (touches([doc.data.catalogue], 'internal-catalogue', catalogue.keys, catalogue.all) || formChanged(doc.data.forms))
				files.add(doc.file);
		}
	}
	return files;
}
