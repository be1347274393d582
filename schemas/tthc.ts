import { z } from 'astro/zod';
import { SlugSchema, TextSchema, TthcCodeSchema, WebUrlSchema } from './common.ts';
import { FeesSchema } from './procedure.ts';
import { checkTimeLimit, TimeLimitShape } from './time-limit.ts';

/** Levels of government a TTHC is carried out at. */
export const TTHC_LEVELS = ['cap-tinh', 'cap-xa', 'cap-bo'] as const;
const TthcLevelSchema = z.enum(TTHC_LEVELS, { error: 'level phải là cap-tinh, cap-xa hoặc cap-bo' });

/** One TTHC as the province announces it (danh mục thủ tục hành chính). */
export const TthcEntrySchema = z
	.object({
		/** Mã TTHC — code in the national database. */
		code: TthcCodeSchema.describe('Mã TTHC trên Cơ sở dữ liệu quốc gia, ví dụ 1.000894 (code)'),
		/** Tên thủ tục — name. */
		name: TextSchema.describe('Tên thủ tục hành chính (name)'),
		/** Quyết định công bố — decision announcing it; absent when not known. */
		decision: TextSchema.optional().describe('Quyết định công bố danh mục; bỏ trống nếu chưa có thông tin (decision)'),
		/** Cấp thực hiện — level: one level, or a list for a TTHC carried out at several ("cấp tỉnh, cấp xã"). */
		level: z
			.union([TthcLevelSchema, z.array(TthcLevelSchema).min(1, { error: 'cần ít nhất một cấp thực hiện' })], {
				error: 'level phải là cap-tinh, cap-xa, cap-bo hoặc danh sách các cấp, ví dụ [cap-tinh, cap-xa]',
			})
			.describe('Cấp thực hiện: một cấp, hoặc danh sách, ví dụ [cap-tinh, cap-xa] (level)'),
		/** Lĩnh vực — field. */
		field: TextSchema.describe('Lĩnh vực, ví dụ Hộ tịch (field)'),
		/** Thời hạn giải quyết theo quy định — days, hours ("trong vòng 12 giờ") or sameDay; absent when the catalogue does not give it (procedures are then not checked against it). */
		...TimeLimitShape,
		/** Phí, lệ phí — fees as announced: the list, `khong` when none, absent when not stated. */
		fees: FeesSchema.optional().describe(
			'Phí, lệ phí theo quy định: danh sách; "khong" nếu không thu; bỏ trống nếu chưa có thông tin (fees)',
		),
		/** Dịch vụ công trực tuyến — online: toàn trình, một phần, or khong (none); absent when not known. */
		online: z
			.enum(['toan-trinh', 'mot-phan', 'khong'], { error: 'online phải là toan-trinh, mot-phan hoặc khong' })
			.optional()
			.describe('Mức dịch vụ công trực tuyến: toan-trinh, mot-phan, khong; bỏ trống nếu chưa có thông tin (online)'),
		/** Địa chỉ dịch vụ công trực tuyến — url of the TTHC's online service, where the procedure page links "Nộp hồ sơ trực tuyến". */
		url: WebUrlSchema.optional().describe('Địa chỉ nộp hồ sơ trực tuyến của TTHC, https://… (url)'),
		/** Cơ quan thực hiện — agencies: ids of the agencies that carry it out. */
		agencies: z.array(SlugSchema).default([]).describe('Mã các cơ quan thực hiện (agencies)'),
	})
	.strict()
	.superRefine((value, ctx) => checkTimeLimit(value, ctx, [], false));

/** `content/catalogue/tthc.yaml`: the province's TTHC catalogue. */
export const TthcCatalogueSchema = z.array(TthcEntrySchema);

export type TthcEntry = z.output<typeof TthcEntrySchema>;
export type TthcLevel = (typeof TTHC_LEVELS)[number];

/** The levels of a TTHC as a list, however the catalogue wrote them. */
export function tthcLevels(entry: Pick<TthcEntry, 'level'>): TthcLevel[] {
	return typeof entry.level === 'string' ? [entry.level] : [...entry.level];
}
