import { z } from 'astro/zod';
import { IsoDateSchema, TextSchema } from './common.ts';
import { DocumentControlShape } from './document-control.ts';

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
		measure: TextSchema.describe('Phương pháp đo, tần suất (measure)'),
		/** Người chịu trách nhiệm — owner. */
		owner: TextSchema.describe('Bộ phận chịu trách nhiệm (owner)'),
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
		objectives: z.array(ObjectiveSchema).min(1, { error: 'cần ít nhất một mục tiêu đo lường được' }).describe('Các mục tiêu chất lượng (objectives)'),
		/** Kế hoạch — plan. */
		plan: z.array(PlanActionSchema).min(1, { error: 'cần kế hoạch thực hiện mục tiêu' }).describe('Kế hoạch thực hiện (plan)'),
	})
	.strict();

export type Objectives = z.output<typeof ObjectivesSchema>;
