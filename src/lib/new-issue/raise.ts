import { isDeepStrictEqual } from 'node:util';
import type { DocumentControl, Revision } from '../../../schemas/document-control.ts';
import type { Finding } from '../findings/finding.ts';
import { DOCUMENT_KINDS, documentKind, KINDS } from '../kinds/index.ts';
import { classifyPath } from '../load/classify.ts';
import { parseMarkdown } from '../load/frontmatter.ts';
import { parseCorpus, type LoadedDocument } from '../load/index.ts';
import { formatDateVi } from '../text/dates.ts';
import { createRuleContext, controlledDocuments } from '../validate/context.ts';
import { checkRevisions } from '../validate/rules/revisions.ts';
import { editNewIssue, type IssueChange } from './edit.ts';

/** The new issue asked for: its dates and what changed. */
export interface NewIssueRequest {
	issued: string;
	effective: string;
	part: string;
	description: string;
}

/**
 * The outcome of raising a document's issue. `kind`: the file is not a controlled document; `date`:
 * the new issue would predate the current one; `invalid`: the file has document errors to fix first;
 * `layout`: its YAML is laid out so that the edit cannot keep every other line as it was.
 */
export type RaiseResult =
	| { ok: true; text: string; before: DocumentControl; after: DocumentControl }
	| { ok: false; problem: 'kind' | 'date' | 'layout'; message: string }
	| { ok: false; problem: 'invalid'; findings: Finding[] };

/** The controlled document kinds as officers know them: `Quy trình nội bộ (internal/*.md)`. */
export const DOCUMENT_FILES = DOCUMENT_KINDS.map((kind) => `${KINDS[kind].document.label} (${KINDS[kind].file.glob})`).join(', ');

/**
 * Raises the controlled document at `path` (inside the content folder) to its next issue: `issue`
 * plus one, the new issue and effective dates, a revision-log row; every other byte of `text`
 * unchanged. The file is checked before (as `qms validate` reads it: YAML, schema, revision log)
 * and the result after, so a file that was valid stays valid and nothing else in it changes.
 */
export function raiseIssue(path: string, text: string, request: NewIssueRequest): RaiseResult {
	if (documentKind(classifyPath(path).kind) === undefined) {
		return {
			ok: false,
			problem: 'kind',
			message: `${path} không phải tài liệu được kiểm soát nên không có lần ban hành. Lệnh này dùng cho: ${DOCUMENT_FILES} trong thư mục agencies/<mã>/.`,
		};
	}
	if (request.effective < request.issued) {
		return {
			ok: false,
			problem: 'date',
			message: `Ngày hiệu lực ${formatDateVi(request.effective)} trước ngày ban hành ${formatDateVi(request.issued)}. Tài liệu chỉ có hiệu lực từ ngày ban hành trở đi: ghi --effective từ ${request.issued} trở đi.`,
		};
	}
	const current = readDocument(path, text);
	if (current.doc === undefined) return { ok: false, problem: 'invalid', findings: current.errors };
	const before = current.doc.data;
	if (request.issued < before.issued) {
		return {
			ok: false,
			problem: 'date',
			message: `Ngày ban hành mới ${formatDateVi(request.issued)} trước ngày ban hành ${formatDateVi(before.issued)} của lần ban hành hiện hành (lần ${before.issue}). Lần ban hành mới không được ban hành trước lần hiện hành: ghi --date từ ${before.issued} trở đi.`,
		};
	}
	const revision: Revision = { issue: before.issue + 1, date: request.issued, part: request.part, description: request.description };
	const change: IssueChange = { issue: before.issue + 1, issued: request.issued, effective: request.effective, revision };
	const edited = editNewIssue(text, change);
	const next = edited === undefined ? undefined : readDocument(path, edited);
	if (edited === undefined || next?.doc === undefined || !isDeepStrictEqual(frontmatterValue(edited), expectedValue(text, change))) {
		return {
			ok: false,
			problem: 'layout',
			message: `Không sửa được phần thông tin đầu tệp ${path} mà vẫn giữ nguyên các dòng khác (cách viết YAML ở đây khác thường: tham chiếu &/*, bảng theo dõi sửa đổi không viết mỗi dòng một mục "- "…). Sửa tay: tăng "issue" lên ${change.issue}, ghi "issued", "effective" và thêm dòng cuối vào "revisions".`,
		};
	}
	return { ok: true, text: edited, before, after: next.doc.data };
}

/** The document in `text` and its document errors, read by the loader and the revision-log rules of `qms validate`. */
function readDocument(path: string, text: string): { doc?: LoadedDocument<DocumentControl>; errors: Finding[] } {
	const corpus = parseCorpus([{ path, text }]);
	// The revision-log rules compare the document with itself and never read the as-of date.
	const errors = [...corpus.findings, ...checkRevisions(createRuleContext(corpus, ''))].filter(
		(item) => item.file === path && item.severity === 'error',
	);
	const doc = corpus.agencies.flatMap(controlledDocuments).find((item) => item.file === path);
	return errors.length === 0 && doc !== undefined ? { doc, errors } : { errors };
}

/** The frontmatter's value as the edit must leave it: the old value with the three fields and the new row. */
function expectedValue(text: string, change: IssueChange): unknown {
	const data = frontmatterValue(text) as Record<string, unknown>;
	const revisions = (data.revisions as unknown[] | undefined) ?? [];
	// A document without `effective` takes effect on its issue date, and keeps doing so when the new issue does.
	const keepsIssueDate = data.effective === undefined && change.effective === change.issued;
	return {
		...data,
		issue: change.issue,
		issued: change.issued,
		...(keepsIssueDate ? {} : { effective: change.effective }),
		revisions: [...revisions, change.revision],
	};
}

function frontmatterValue(text: string): unknown {
	return parseMarkdown(text.replace(/^\uFEFF/, '')).data;
}
