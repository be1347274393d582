import { z } from 'astro/zod';
import { TextSchema } from './common.ts';
import { DocumentControlShape, effectiveFromIssue } from './document-control.ts';
import { StepSchema } from './step.ts';
import { FormSchema, RecordSchema } from './procedure.ts';

/** Frontmatter of an internal process (quy trình nội bộ). */
export const InternalProcessSchema = z
	.object({
		...DocumentControlShape,
		/** Mục danh mục — catalogue: id of its entry in the internal-process catalogue, e.g. NB-03. */
		catalogue: TextSchema.describe('Mã mục trong danh mục quy trình nội bộ, ví dụ NB-03 (catalogue)'),
		/** Điều khoản ISO — clauses this process implements. */
		clauses: z.array(TextSchema).default([]).describe('Điều khoản TCVN ISO 9001:2015 (clauses)'),
		/** Các bước — steps. */
		steps: z.array(StepSchema).min(1, { error: 'cần ít nhất một bước' }).describe('Các bước thực hiện (steps)'),
		/** Biểu mẫu — forms. */
		forms: z.array(FormSchema).default([]).describe('Biểu mẫu (forms)'),
		/** Hồ sơ cần lưu — records. */
		records: z.array(RecordSchema).default([]).describe('Hồ sơ cần lưu (records)'),
	})
	.strict()
	.transform(effectiveFromIssue);

export type InternalProcess = z.output<typeof InternalProcessSchema>;
