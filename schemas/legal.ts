import { z } from 'astro/zod';
import { IsoDateSchema, TextSchema } from './common.ts';

/** Status of a legal document (tình trạng hiệu lực). */
export const LEGAL_STATUSES = ['in-force', 'amended', 'replaced', 'expired'] as const;

/** One legal document in the registry (văn bản quy phạm pháp luật, văn bản hành chính). */
export const LegalDocumentSchema = z
	.object({
		/** Số ký hiệu — number, e.g. 118/2025/NĐ-CP; the key procedures cite. */
		number: TextSchema.describe('Số ký hiệu, ví dụ 118/2025/NĐ-CP (number)'),
		/** Trích yếu — title. */
		title: TextSchema.describe('Trích yếu nội dung (title)'),
		/** Cơ quan ban hành — issuer. */
		issuer: TextSchema.describe('Cơ quan ban hành (issuer)'),
		/** Ngày ban hành — issued. */
		issued: IsoDateSchema.describe('Ngày ban hành (issued)'),
		/** Ngày có hiệu lực — effective; absent when the source does not give it (the 3 months to update a citing procedure then cannot be counted). */
		effective: IsoDateSchema.optional().describe('Ngày có hiệu lực; bỏ trống nếu chưa có thông tin (effective)'),
		/** Tình trạng — status: in-force, amended (by amendedBy), replaced (by replacedBy), expired (on expiredOn). */
		status: z
			.enum(LEGAL_STATUSES, { error: 'status phải là in-force, amended, replaced hoặc expired' })
			.default('in-force')
			.describe('Tình trạng: in-force (còn hiệu lực), amended (được sửa đổi), replaced (bị thay thế), expired (hết hiệu lực) (status)'),
		/** Được sửa đổi bởi — amendedBy: numbers of amending documents in the registry. */
		amendedBy: z.array(TextSchema).default([]).describe('Số ký hiệu văn bản sửa đổi, bổ sung (amendedBy)'),
		/** Được thay thế bởi — replacedBy: number of the replacing document in the registry. */
		replacedBy: TextSchema.optional().describe('Số ký hiệu văn bản thay thế (replacedBy)'),
		/** Hết hiệu lực từ — expiredOn. */
		expiredOn: IsoDateSchema.optional().describe('Ngày hết hiệu lực (expiredOn)'),
	})
	.strict()
	.superRefine((value, ctx) => {
		if (value.status === 'replaced' && value.replacedBy === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['replacedBy'],
				message: 'văn bản bị thay thế phải ghi "replacedBy" (số ký hiệu văn bản thay thế)',
			});
		}
		if (value.status === 'amended' && value.amendedBy.length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['amendedBy'],
				message: 'văn bản được sửa đổi phải ghi "amendedBy" (số ký hiệu văn bản sửa đổi)',
			});
		}
		if (value.status === 'expired' && value.expiredOn === undefined) {
			ctx.addIssue({ code: 'custom', path: ['expiredOn'], message: 'văn bản hết hiệu lực phải ghi "expiredOn" (ngày hết hiệu lực)' });
		}
	});

/** `content/catalogue/legal.yaml`: the registry of legal documents the procedures cite. */
export const LegalRegistrySchema = z.array(LegalDocumentSchema);

export type LegalDocument = z.output<typeof LegalDocumentSchema>;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
