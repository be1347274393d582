import { z } from 'astro/zod';
import { ParagraphSchema, TextSchema } from './common.ts';

/**
 * Text an officer may write for a step's time, as step tables write it: "4 giờ", "0,5 ngày",
 * "0,5 ngày làm việc", "1 giờ làm việc", or a time that is not counted: "không tính", "Không tính
 * thời gian", "Giờ hành chính" (done during office hours, outside the counted time). Case is free.
 */
export const STEP_TIME_PATTERN =
	/^(?:(\d+(?:[.,]\d+)?)\s*(giờ|ngày)(?:\s+làm\s+việc)?|không\s+tính(?:\s+thời\s+gian)?|giờ\s+hành\s+chính)$/iu;

const STEP_TIME_ERROR =
	'ghi số ngày làm việc (0.5), "0,5 ngày làm việc", "4 giờ", "1 giờ làm việc", "không tính thời gian" hoặc "giờ hành chính"';

/**
 * Thời gian thực hiện — a step's time. A number is working days; text may give hours ("4 giờ",
 * 8 working hours a day), days ("0,5 ngày làm việc"), or a time that is not counted ("không
 * tính", "giờ hành chính") such as returning the result.
 */
export const StepTimeSchema = z.union(
	[z.number().nonnegative({ error: 'thời gian không được âm' }), z.string().trim().regex(STEP_TIME_PATTERN, { error: STEP_TIME_ERROR })],
	{
		error: STEP_TIME_ERROR,
	},
);

/** One row of a step table (quy trình xử lý công việc). */
export const StepSchema = z
	.object({
		/** Nội dung công việc — action: what is done in this step; one line, or short lines ("- …") the table shows one under another. */
		action: ParagraphSchema.describe('Nội dung công việc; có thể ghi nhiều dòng, mỗi ý "- …" một dòng (action)'),
		/** Trách nhiệm — role: who does it, as a role (Bộ phận một cửa, Chuyên viên, Lãnh đạo phòng…), on one line. */
		role: TextSchema.describe('Bộ phận, người thực hiện (role)'),
		/** Thời gian — time: working days, hours, or not counted; absent when the source gives none. */
		time: StepTimeSchema.optional().describe(
			'Thời gian thực hiện: số ngày làm việc, "0,5 ngày làm việc", "4 giờ" hoặc "không tính thời gian"; bỏ trống nếu văn bản gốc không ghi (time)',
		),
		/** Biểu mẫu, kết quả — outputs: forms (by code) or records produced. */
		outputs: z.array(TextSchema).default([]).describe('Biểu mẫu/kết quả của bước, ví dụ BM-02 (outputs)'),
	})
	.strict();

export type Step = z.output<typeof StepSchema>;
export type StepTime = z.output<typeof StepTimeSchema>;
