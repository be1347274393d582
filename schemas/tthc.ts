import { z } from 'astro/zod';
import { SlugSchema, TextSchema, TthcCodeSchema } from './common.ts';
import { FeeSchema } from './procedure.ts';
import { checkTimeLimit, TimeLimitShape } from './time-limit.ts';

/** One TTHC as the province announces it (danh mục thủ tục hành chính). */
export const TthcEntrySchema = z
	.object({
		/** Mã TTHC — code in the national database. */
		code: TthcCodeSchema.describe('Mã TTHC trên Cơ sở dữ liệu quốc gia, ví dụ 1.000894 (code)'),
		/** Tên thủ tục — name. */
		name: TextSchema.describe('Tên thủ tục hành chính (name)'),
		/** Quyết định công bố — decision announcing it. */
		decision: TextSchema.describe('Quyết định công bố danh mục (decision)'),
		/** Cấp thực hiện — level. */
		level: z.enum(['cap-tinh', 'cap-xa', 'cap-bo'], { error: 'level phải là cap-tinh, cap-xa hoặc cap-bo' }).describe('Cấp thực hiện (level)'),
		/** Lĩnh vực — field. */
		field: TextSchema.describe('Lĩnh vực, ví dụ Hộ tịch (field)'),
		/** Thời hạn giải quyết theo quy định — days, hours ("trong vòng 12 giờ") or sameDay. */
		...TimeLimitShape,
		/** Phí, lệ phí — fees as announced. */
		fees: z.array(FeeSchema).default([]).describe('Phí, lệ phí theo quy định (fees)'),
		/** Dịch vụ công trực tuyến — online: toàn trình, một phần, or none. */
		online: z.enum(['toan-trinh', 'mot-phan', 'khong'], { error: 'online phải là toan-trinh, mot-phan hoặc khong' }).describe('Mức dịch vụ công trực tuyến (online)'),
		/** Cơ quan thực hiện — agencies: ids of the agencies that carry it out. */
		agencies: z.array(SlugSchema).default([]).describe('Mã các cơ quan thực hiện (agencies)'),
	})
	.strict()
	.superRefine((value, ctx) => checkTimeLimit(value, ctx, [], true));

/** `content/catalogue/tthc.yaml`: the province's TTHC catalogue. */
export const TthcCatalogueSchema = z.array(TthcEntrySchema);

export type TthcEntry = z.output<typeof TthcEntrySchema>;
