import { z } from 'astro/zod';
import { IsoDateSchema, ParagraphSchema, TextSchema } from './common.ts';
import { DocumentControlShape, effectiveFromIssue } from './document-control.ts';

/** A measuring period: a year `2026`, a half `2026-H1`, a quarter `2026-Q3` or a month `2026-07`. */
export const ResultPeriodSchema = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/, { error: 'kỳ đo phải có dạng 2026, 2026-H1, 2026-Q3 hoặc 2026-07' });

/** A measured value of an objective for one period (kết quả thực hiện). */
export const ObjectiveResultSchema = z
	.object({
		/** Kỳ — period measured. */
		period: ResultPeriodSchema.describe('Kỳ đo: năm, nửa năm (2026-H1), quý (2026-Q3) hoặc tháng (2026-07) (period)'),
		/** Kết quả — value measured, in the objective's unit. */
		value: z.number().describe('Giá trị đo được, cùng đơn vị với mục tiêu (value)'),
	})
	.strict();

/** Whether the target is a floor (at least, e.g. 100% on time) or a ceiling (at most, e.g. 7 days). */
export const TARGET_BOUNDS = ['toi-thieu', 'toi-da'] as const;

/** One measurable quality objective (mục tiêu chất lượng). */
export const ObjectiveSchema = z
	.object({
		/** Chỉ tiêu — indicator: what is measured. */
		indicator: TextSchema.describe('Chỉ tiêu, ví dụ "Tỷ lệ hồ sơ giải quyết đúng hạn" (indicator)'),
		/** Mục tiêu — target value. */
		target: z.number().describe('Giá trị mục tiêu (target)'),
		/** Đơn vị — unit, e.g. %, hồ sơ, ngày. */
		unit: TextSchema.describe('Đơn vị tính, ví dụ % (unit)'),
		/** Cách đo — measure: how and how often it is measured. */
		measure: ParagraphSchema.describe('Phương pháp đo, tần suất (measure)'),
		/** Người chịu trách nhiệm — owner. */
		owner: TextSchema.describe('Bộ phận chịu trách nhiệm (owner)'),
		/** Chiều mục tiêu — bound: the value must reach the target (toi-thieu) or stay within it (toi-da). */
		bound: z
			.enum(TARGET_BOUNDS, { error: 'bound phải là toi-thieu (đạt khi không thấp hơn mục tiêu) hoặc toi-da (đạt khi không vượt mục tiêu)' })
			.default('toi-thieu')
			.describe('toi-thieu: đạt khi kết quả ≥ mục tiêu; toi-da: đạt khi kết quả ≤ mục tiêu (bound)'),
		/** Kết quả thực hiện — results, one per period measured, oldest first. */
		results: z
			.array(ObjectiveResultSchema)
			.default([])
			.superRefine((results, ctx) => {
				const seen = new Set<string>();
				results.forEach((result, index) => {
					if (seen.has(result.period))
						ctx.addIssue({
							code: 'custom',
							path: [index, 'period'],
							message: `kỳ ${result.period} đã có kết quả ở mục trước; mỗi kỳ chỉ ghi một lần`,
						});
					seen.add(result.period);
				});
			})
			.describe('Kết quả đo theo từng kỳ (results)'),
	})
	.strict();

/** One action of the plan to reach the objectives (kế hoạch thực hiện). */
export const PlanActionSchema = z
	.object({
		/** Hành động — action. */
		action: TextSchema.describe('Nội dung công việc (action)'),
		/** Người thực hiện — owner. */
		owner: TextSchema.describe('Bộ phận thực hiện (owner)'),
		/** Thời hạn — deadline. */
		deadline: IsoDateSchema.describe('Thời hạn hoàn thành (deadline)'),
	})
	.strict();

/** Frontmatter of a year's quality objectives and plan (mục tiêu chất lượng năm). */
export const ObjectivesSchema = z
	.object({
		...DocumentControlShape,
		/** Năm — year the objectives apply to. */
		year: z.int().min(2000).max(2100).describe('Năm áp dụng (year)'),
		/** Mục tiêu — objectives. */
		objectives: z
			.array(ObjectiveSchema)
			.min(1, { error: 'cần ít nhất một mục tiêu đo lường được' })
			.describe('Các mục tiêu chất lượng (objectives)'),
		/** Kế hoạch — plan. */
		plan: z.array(PlanActionSchema).min(1, { error: 'cần kế hoạch thực hiện mục tiêu' }).describe('Kế hoạch thực hiện (plan)'),
	})
	.strict()
	.transform(effectiveFromIssue);

export type Objective = z.output<typeof ObjectiveSchema>;
export type ObjectiveResult = z.output<typeof ObjectiveResultSchema>;
export type Objectives = z.output<typeof ObjectivesSchema>;
