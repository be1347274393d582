import { z } from 'astro/zod';

/** A count of dossiers (hồ sơ): a whole number, zero or more. */
const CountSchema = z.int({ error: 'cần số hồ sơ là số nguyên' }).min(0, { error: 'số hồ sơ không được âm' });

/**
 * The counts of one month, in the columns of the one-stop information system's report
 * (Hệ thống thông tin giải quyết TTHC cấp tỉnh). Every dossier handled in the month is either
 * resolved, still pending, returned or withdrawn:
 * carriedOver + received = resolved + pending + returned + withdrawn.
 */
export const MonthStatisticsSchema = z
	.object({
		/** Tháng — month, 1 to 12. */
		month: z.int().min(1, { error: 'tháng từ 1 đến 12' }).max(12, { error: 'tháng từ 1 đến 12' }).describe('Tháng, từ 1 đến 12 (month)'),
		/** Tiếp nhận trực tuyến — received online in the month. */
		receivedOnline: CountSchema.describe('Số hồ sơ tiếp nhận trực tuyến trong tháng (receivedOnline)'),
		/** Tiếp nhận trực tiếp — received in person. */
		receivedInPerson: CountSchema.describe('Số hồ sơ tiếp nhận trực tiếp (receivedInPerson)'),
		/** Tiếp nhận qua dịch vụ bưu chính công ích — received by post. */
		receivedByPost: CountSchema.describe('Số hồ sơ tiếp nhận qua dịch vụ bưu chính (receivedByPost)'),
		/** Kỳ trước chuyển qua — carried over: pending at the end of the previous month. */
		carriedOver: CountSchema.describe('Số hồ sơ kỳ trước chuyển qua (carriedOver)'),
		/** Đã giải quyết trước hạn — resolved before the due date. */
		resolvedEarly: CountSchema.describe('Số hồ sơ đã giải quyết trước hạn (resolvedEarly)'),
		/** Đã giải quyết đúng hạn — resolved on the due date. */
		resolvedOnTime: CountSchema.describe('Số hồ sơ đã giải quyết đúng hạn (resolvedOnTime)'),
		/** Đã giải quyết quá hạn — resolved late. */
		resolvedLate: CountSchema.describe('Số hồ sơ đã giải quyết quá hạn (resolvedLate)'),
		/** Đang giải quyết trong hạn — pending at the end of the month, not yet due. */
		pendingWithinTime: CountSchema.describe('Số hồ sơ đang giải quyết, chưa đến hạn (pendingWithinTime)'),
		/** Đang giải quyết quá hạn — pending at the end of the month, overdue. */
		pendingOverdue: CountSchema.describe('Số hồ sơ đang giải quyết, đã quá hạn (pendingOverdue)'),
		/** Trả lại — returned to the applicant (not admissible, incomplete). */
		returned: CountSchema.default(0).describe('Số hồ sơ trả lại (returned)'),
		/** Rút hồ sơ — withdrawn by the applicant. */
		withdrawn: CountSchema.default(0).describe('Số hồ sơ công dân, tổ chức rút (withdrawn)'),
	})
	.strict();

/**
 * `content/agencies/<id>/statistics/<năm>.yaml`: the agency's monthly dossier statistics for one
 * year, as sent to the steering committee; `qms import-stats` writes them from the one-stop
 * system's CSV export.
 */
export const StatisticsSchema = z
	.object({
		/** Năm — year; the same as the file name. */
		year: z.int().min(2000).max(2100).describe('Năm thống kê, trùng tên tệp (year)'),
		/** Các tháng — months, each at most once. */
		months: z
			.array(MonthStatisticsSchema)
			.min(1, { error: 'cần số liệu của ít nhất một tháng' })
			.superRefine((months, ctx) => {
				const seen = new Set<number>();
				months.forEach((entry, index) => {
					if (seen.has(entry.month))
						ctx.addIssue({
							code: 'custom',
							path: [index, 'month'],
							message: `tháng ${entry.month} đã có số liệu ở mục trước; mỗi tháng chỉ ghi một lần`,
						});
					seen.add(entry.month);
				});
			})
			.describe('Số liệu từng tháng (months)'),
	})
	.strict();

export type MonthStatistics = z.output<typeof MonthStatisticsSchema>;
export type Statistics = z.output<typeof StatisticsSchema>;
