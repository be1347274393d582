import { z } from 'astro/zod';
import { IsoDateSchema, TextSchema } from './common.ts';

/** A grade band of the yearly inspection, e.g. 80 points and up is "Tốt". */
export const GradeBandSchema = z
	.object({
		/** Xếp loại — name. */
		name: TextSchema.describe('Xếp loại, ví dụ Tốt (name)'),
		/** Điểm tối thiểu — min points out of 100. */
		min: z.number().min(0).max(100).describe('Điểm tối thiểu trên thang 100 (min)'),
	})
	.strict();

/** `content/province.yaml`: the province that publishes the portal. */
export const ProvinceSchema = z
	.object({
		/** Tên — name, e.g. "Tỉnh Bình Sơn". */
		name: TextSchema.describe('Tên tỉnh, thành phố (name)'),
		/** Dữ liệu mẫu — demo: true when the corpus is fictional; the site says so on every page. */
		demo: z.boolean().default(false).describe('Dữ liệu minh họa, không có giá trị pháp lý (demo)'),
		/** Mẫu mã hiệu mặc định — codePattern for agencies that set none. */
		codePattern: TextSchema.optional().describe('Biểu thức chính quy mặc định cho mã hiệu tài liệu (codePattern)'),
		/** Ngày tham chiếu — asOf: a fixed as-of date for a snapshot corpus (demo data), used when no --as-of is given. */
		asOf: IsoDateSchema.optional().describe('Ngày tham chiếu cố định cho bộ dữ liệu minh họa (asOf)'),
		/** Cơ quan thường trực Ban chỉ đạo — secretariat, usually the Sở KH&CN. */
		secretariat: TextSchema.optional().describe('Cơ quan thường trực Ban chỉ đạo ISO tỉnh (secretariat)'),
		/** Thang xếp loại — grades of the yearly inspection, highest first. */
		grades: z.array(GradeBandSchema).default([]).describe('Thang xếp loại kiểm tra hằng năm (grades)'),
	})
	.strict();

export type Province = z.output<typeof ProvinceSchema>;
