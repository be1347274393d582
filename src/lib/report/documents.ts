import type { DocumentControl } from '../../../schemas/document-control.ts';
import { DOCUMENT_KINDS, KINDS } from '../kinds/index.ts';
import type { AgencySource, SourceDocument } from './source.ts';
import type { DocumentKind, DocumentRef } from './types.ts';

/** A controlled document as the figures name it. */
export function documentRef(kind: DocumentKind, doc: SourceDocument<DocumentControl>): DocumentRef {
	const { code, title, issue, issued, effective } = doc.data;
	return { kind, slug: doc.slug, code, title, issue, issued, effective };
}

/** True when the document has taken effect by the as-of date; a document not yet in effect does not count. */
export function isIssued(doc: SourceDocument<DocumentControl>, asOf: string): boolean {
	return doc.data.effective <= asOf;
}

/** Every controlled document of an agency, kind by kind in the table's order (policy, objectives, procedures, internal processes). */
export function agencyDocuments(folder: AgencySource): DocumentRef[] {
	const slots = folder as unknown as Record<string, SourceDocument<DocumentControl> | Array<SourceDocument<DocumentControl>> | null>;
	return DOCUMENT_KINDS.flatMap((kind) => {
		const { slot, document } = KINDS[kind];
		return [slots[slot] ?? []].flat().map((doc) => documentRef(document.search, doc));
	});
}
