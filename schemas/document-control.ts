import { z } from 'astro/zod';
import { IsoDateSchema, ParagraphSchema, PersonSchema, TextSchema } from './common.ts';

/** One row of the revision log (bảng theo dõi sửa đổi). */
export const RevisionSchema = z
	.object({
		/** Lần ban hành — issue: the issue this change produced. */
		issue: z.int().min(1).describe('Lần ban hành tạo ra thay đổi này (issue)'),
		/** Ngày — date: the issue date of that issue. */
		date: IsoDateSchema.describe('Ngày ban hành lần đó (date)'),
		/** Phần sửa đổi — part: which part changed ("Toàn bộ" for a first issue). */
		part: TextSchema.describe('Vị trí sửa đổi, ví dụ "Mục 5.4 Thời hạn giải quyết" (part)'),
		/** Nội dung sửa đổi — description: what changed and why. */
		description: ParagraphSchema.describe('Tóm tắt nội dung sửa đổi (description)'),
	})
	.strict();

/**
 * The document-control block every controlled document carries (kiểm soát thông tin dạng văn bản,
 * TCVN ISO 9001:2015 clause 7.5).
 */
export const DocumentControlShape = {
	/** Mã hiệu — code: unique within the agency, following the agency's code pattern. */
	code: TextSchema.describe('Mã hiệu tài liệu, duy nhất trong cơ quan, ví dụ QT-01 (code)'),
	/** Tên tài liệu — title. */
	title: TextSchema.describe('Tên tài liệu (title)'),
	/** Lần ban hành — issue: 1 for the first issue, raised by one at each new issue. */
	issue: z.int({ error: 'lần ban hành phải là số nguyên' }).min(1).describe('Lần ban hành: 1, 2, 3… (issue)'),
	/** Ngày ban hành — issued: the date the issue was signed. */
	issued: IsoDateSchema.describe('Ngày ban hành (issued)'),
	/**
	 * Ngày hiệu lực — effective: the date the issue takes effect, on or after the issue date; absent
	 * when the document takes effect on its issue date (many headers give only "Ngày ban hành"), and
	 * then read as the issue date (see `effectiveFromIssue`).
	 */
	effective: IsoDateSchema.optional().describe('Ngày có hiệu lực; bỏ trống nếu tài liệu có hiệu lực từ ngày ban hành (effective)'),
	/** Người soạn thảo — drafted; absent for a document migrated without that record (TCVN ISO 9001:2015 7.5.2 asks for review and approval, not the drafter). */
	drafted: PersonSchema.optional().describe('Người soạn thảo; bỏ trống nếu tài liệu cũ không ghi (drafted)'),
	/**
	 * Người xem xét — reviewed; absent when the source does not name one: a document migrated without
	 * that record, or a procedure approved by a decision that names only its signer (rule `reviewed-missing` warns).
	 */
	reviewed: PersonSchema.optional().describe('Người xem xét; bỏ trống nếu tài liệu gốc không ghi (reviewed)'),
	/** Người phê duyệt — approved: normally the head of the agency. */
	approved: PersonSchema.describe('Người phê duyệt (approved)'),
	/**
	 * Bảng theo dõi sửa đổi — revisions: one row per issue, oldest first; the last row is the current
	 * issue. Empty or absent at a first issue, as the log of a newly issued document is; from issue 2
	 * on, rule `revision-log` asks for the current issue's row.
	 */
	revisions: z
		.array(RevisionSchema)
		.default([])
		.describe('Bảng theo dõi sửa đổi; bỏ trống ở lần ban hành đầu tiên nếu bảng chưa có dòng nào (revisions)'),
};

/**
 * A controlled document's data with its effective date: the issue date when it gives none. Every
 * controlled-document schema ends with this transform, so the rest of the code reads a date.
 */
export function effectiveFromIssue<T extends { issued: string; effective?: string | undefined }>(value: T): T & { effective: string } {
	return { ...value, effective: value.effective ?? value.issued };
}

export const DocumentControlSchema = z.object(DocumentControlShape).strict().transform(effectiveFromIssue);
export type DocumentControl = z.output<typeof DocumentControlSchema>;
export type Revision = z.output<typeof RevisionSchema>;
