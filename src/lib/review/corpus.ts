import type { DocumentControl } from '../../../schemas/document-control.ts';
import { sortFindings, type Finding } from '../findings/finding.ts';
import { finding } from '../findings/rules.ts';
import { classifyPath, type FileKind } from '../load/classify.ts';
import type { Corpus, LoadedDocument } from '../load/corpus.ts';
import { locate } from '../load/yaml-source.ts';
import { controlledDocuments } from '../validate/context.ts';
import type { FieldChange } from '../diff/change.ts';
import { diffBodies } from '../diff/words.ts';
import { diffDocumentFields } from '../kinds/field-diff.ts';

/** How one document differs between two states of the corpus. */
export interface DocumentDelta {
	status: 'added' | 'removed' | 'changed';
	agency: string;
	kind: FileKind;
	code: string;
	title: string;
	/** Path relative to the content folder (the newer one when it moved). */
	file: string;
	fromIssue?: number;
	toIssue?: number;
	fields: FieldChange[];
	/** Titles of the body sections whose text changed. */
	sections: string[];
}

export interface CorpusDiff {
	documents: DocumentDelta[];
	/** Document-control errors: content changed without a new issue, a new issue without a revision row. */
	findings: Finding[];
}

function documentsOf(corpus: Corpus): Map<string, LoadedDocument<DocumentControl>> {
	return new Map(
		corpus.agencies.flatMap((folder) =>
			controlledDocuments(folder).map((doc): [string, LoadedDocument<DocumentControl>] => [doc.file, doc]),
		),
	);
}

/**
 * What an issue of a document consists of: its data without the objectives' measured `results`,
 * which are records kept beside the objectives and updated every period without a new issue.
 */
function documentContent(data: DocumentControl): string {
	return JSON.stringify(data, (key, value: unknown) => (key === 'results' ? undefined : value));
}

/** Compares every controlled document of two corpora; documents are matched by path, then by agency and code. */
export function diffCorpora(before: Corpus, after: Corpus): CorpusDiff {
	const old = documentsOf(before);
	const now = documentsOf(after);
	const byCode = new Map([...old.values()].map((doc) => [`${classifyPath(doc.file).agency}/${doc.data.code}`, doc]));
	const documents: DocumentDelta[] = [];
	const findings: Finding[] = [];
	const matched = new Set<string>();
	for (const doc of now.values()) {
		const { kind, agency = '' } = classifyPath(doc.file);
		const previous = old.get(doc.file) ?? byCode.get(`${agency}/${doc.data.code}`);
		const base = { agency, kind, code: doc.data.code, title: doc.data.title, file: doc.file, toIssue: doc.data.issue };
		if (previous === undefined) {
			documents.push({ ...base, status: 'added', fields: [], sections: [] });
			continue;
		}
		matched.add(previous.file);
		const fields = diffDocumentFields(kind, previous.data, doc.data);
		const sections = diffBodies(previous.body, doc.body)
			.filter((section) => section.changed)
			.map((section) => section.title);
		const sameText = documentContent(previous.data) === documentContent(doc.data) && previous.body.trim() === doc.body.trim();
		if (sameText && previous.file === doc.file) continue;
		documents.push({ ...base, status: 'changed', fromIssue: previous.data.issue, fields, sections });
		if (doc.data.issue === previous.data.issue && !sameText) {
			findings.push(
				finding(
					'issue-not-raised',
					doc.file,
					locate(doc.source, ['issue']),
					`Nội dung "${doc.data.code}" đã thay đổi nhưng vẫn ghi lần ban hành ${doc.data.issue}. Tài liệu đã ban hành không được sửa âm thầm: tăng "issue" lên ${doc.data.issue + 1}, cập nhật ngày ban hành, hiệu lực và thêm dòng vào bảng theo dõi sửa đổi.`,
				),
			);
		}
		if (doc.data.issue > previous.data.issue && !doc.data.revisions.some((row) => row.issue === doc.data.issue)) {
			findings.push(
				finding(
					'revision-missing',
					doc.file,
					locate(doc.source, ['revisions']),
					`"${doc.data.code}" lên lần ban hành ${doc.data.issue} nhưng bảng theo dõi sửa đổi chưa có dòng cho lần này. Thêm dòng: issue ${doc.data.issue}, ngày ban hành, phần sửa đổi và nội dung sửa đổi.`,
				),
			);
		}
	}
	for (const doc of old.values()) {
		if (matched.has(doc.file)) continue;
		const { kind, agency = '' } = classifyPath(doc.file);
		documents.push({
			status: 'removed',
			agency,
			kind,
			code: doc.data.code,
			title: doc.data.title,
			file: doc.file,
			fromIssue: doc.data.issue,
			fields: [],
			sections: [],
		});
	}
	documents.sort((a, b) => a.file.localeCompare(b.file));
	return { documents, findings: sortFindings(findings) };
}
