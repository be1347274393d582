import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** One entry of the internal-process catalogue (danh mục quy trình nội bộ). */
export const InternalCatalogueEntrySchema = z
	.object({
		/** Mã danh mục — id, e.g. NB-01; internal processes point at it. */
		id: z
			.string()
			.regex(/^[A-Z0-9-]+$/, { error: 'mã danh mục chỉ gồm chữ in hoa, chữ số và dấu gạch nối, ví dụ NB-01' })
			.describe('Mã trong danh mục, ví dụ NB-01 (id)'),
		/** Tên quy trình — name. */
		name: TextSchema.describe('Tên quy trình nội bộ (name)'),
		/** Điều khoản ISO 9001:2015 — clauses. */
		clauses: z.array(TextSchema).default([]).describe('Điều khoản TCVN ISO 9001:2015, ví dụ 7.5 (clauses)'),
		/** Căn cứ — basis: the legal text that requires it, when not only the standard. */
		basis: TextSchema.optional().describe('Căn cứ pháp lý, ví dụ QĐ 19/2014/QĐ-TTg (basis)'),
		/** Bắt buộc — required: every agency must have it. */
		required: z.boolean().default(true).describe('Bắt buộc với mọi cơ quan (required)'),
	})
	.strict();

/** `content/catalogue/internal-processes.yaml`: the province's list of internal processes. */
export const InternalCatalogueSchema = z.array(InternalCatalogueEntrySchema);

export type InternalCatalogueEntry = z.output<typeof InternalCatalogueEntrySchema>;
