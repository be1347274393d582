import type { DocumentControl } from '../../../schemas/document-control.ts';
import type { FieldChange } from '../diff/change.ts';
import { diffControl } from '../diff/control.ts';
import { documentKind, type FileKind } from './index.ts';

/** Field-by-field changes between two issues of a document of `kind`, control block first. */
export function diffDocumentFields(kind: FileKind, before: DocumentControl, after: DocumentControl): FieldChange[] {
	const control = diffControl(before, after).filter((change) => change.field !== 'issue');
	// Both issues were parsed by the kind's schema (src/lib/history/versions.ts).
	const fields = documentKind(kind)?.document.diff as ((before: DocumentControl, after: DocumentControl) => FieldChange[]) | undefined;
	return [...(fields?.(before, after) ?? []), ...control];
}
