import { z } from 'astro/zod';
import { TextSchema } from './common.ts';

/** Text an officer may write for a step's time: "4 giờ", "0,5 ngày", "không tính". */
export const STEP_TIME_PATTERN = /^(?:(\d+(?:[.,]\d+)?)\s*(giờ|ngày)|không tính)$/u;

/**
 * Thời gian thực hiện — a step's time. A number is working days (0.25 steps); text may give
 * hours ("4 giờ", 8 working hours a day), days ("0,5 ngày"), or "không tính" for a step whose
 * time is not counted (such as returning the result).
 */
export const StepTimeSchema = z.union(
	[
		z.number().nonnegative({ error: 'thời gian không được âm' }),
		z.string().trim().regex(STEP_TIME_PATTERN, { error: 'ghi số ngày làm việc (0.5), "4 giờ", "0,5 ngày" hoặc "không tính"' }),
	],
	{ error: 'ghi số ngày làm việc (0.5), "4 giờ", "0,5 ngày" hoặc "không tính"' },
);

/** One row of a step table (quy trình xử lý công việc). */
export const StepSchema = z
	.object({
		/** Nội dung công việc — action: what is done in this step. */
		action: TextSchema.describe('Nội dung công việc (action)'),
		/** Trách nhiệm — role: who does it, as a role (Bộ phận một cửa, Chuyên viên, Lãnh đạo phòng…). */
		role: TextSchema.describe('Bộ phận, người thực hiện (role)'),
		/** Thời gian — time: working days, hours, or "không tính". */
		time: StepTimeSchema.describe('Thời gian thực hiện: số ngày làm việc, "4 giờ" hoặc "không tính" (time)'),
		/** Biểu mẫu, kết quả — outputs: forms (by code) or records produced. */
		outputs: z.array(TextSchema).default([]).describe('Biểu mẫu/kết quả của bước, ví dụ BM-02 (outputs)'),
	})
	.strict();

export type Step = z.output<typeof StepSchema>;
export type StepTime = z.output<typeof StepTimeSchema>;
