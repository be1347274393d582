import { z } from 'astro/zod';

/** "15:00": the hour after which a same-day procedure's dossier is answered the next working day. */
export const CUTOFF_PATTERN = /^(?:[01]?\d|2[0-3]):[0-5]\d$/;

/** Giải quyết trong ngày — same day; with a cut-off hour, a dossier received later is answered the next working day. */
export const SameDaySchema = z.union([
	z.literal(true, { error: 'sameDay ghi true, hoặc { cutoff: "15:00" } khi hồ sơ nhận sau giờ đó trả vào ngày làm việc tiếp theo' }),
	z
		.object({
			/** Giờ nhận hồ sơ muộn nhất để trả trong ngày — cutoff, "HH:MM". */
			cutoff: z
				.string()
				.regex(CUTOFF_PATTERN, { error: 'ghi giờ dạng "15:00"' })
				.describe('Hồ sơ nhận sau giờ này trả vào ngày làm việc tiếp theo, ví dụ "15:00" (cutoff)'),
		})
		.strict(),
]);

/**
 * A time limit (thời hạn giải quyết), written in one of three ways: `days` (working days),
 * `hours` (working hours, or clock hours with `clock: true`: "trong vòng 12 giờ") or `sameDay`
 * ("ngay trong ngày").
 */
export const TimeLimitShape = {
	/** Thời hạn giải quyết — days: working days from a complete dossier. */
	days: z.number().nonnegative().optional().describe('Thời hạn giải quyết, ngày làm việc (days)'),
	/** Thời hạn tính bằng giờ — hours: working hours, or clock hours with `clock`; steps are then counted in hours. */
	hours: z
		.number()
		.positive()
		.optional()
		.describe('Thời hạn giải quyết tính bằng giờ làm việc (hoặc giờ đồng hồ với clock: true), ví dụ 12 cho "trong vòng 12 giờ" (hours)'),
	/** Giờ đồng hồ — clock: the `hours` run on through nights and days off ("trong vòng 12 giờ" of an emergency), not working hours. */
	clock: z
		.literal(true, { error: 'clock chỉ ghi true (giờ đồng hồ, tính liên tục kể cả ngày nghỉ); bỏ trống nếu là giờ làm việc' })
		.optional()
		.describe('true khi "hours" là giờ đồng hồ, tính liên tục kể cả ngày nghỉ; bỏ trống nếu là giờ làm việc (clock)'),
	/** Giải quyết ngay trong ngày — sameDay: true, or { cutoff: "15:00" }. */
	sameDay: SameDaySchema.optional().describe('Giải quyết ngay trong ngày: true, hoặc { cutoff: "15:00" } (sameDay)'),
};

export type SameDay = z.output<typeof SameDaySchema>;

/** The three ways a time limit can be written, as the schema reads them. */
export interface TimeLimitFields {
	days?: number | undefined;
	hours?: number | undefined;
	clock?: true | undefined;
	sameDay?: SameDay | undefined;
}

const KEYS = ['days', 'hours', 'sameDay'] as const;

/**
 * Adds an issue when more than one of `days`, `hours`, `sameDay` is written, or (when `required`)
 * none. `path` is where the fields sit.
 */
export function checkTimeLimit(value: TimeLimitFields, ctx: z.core.$RefinementCtx, path: PropertyKey[], required: boolean): void {
	const given = KEYS.filter((key) => value[key] !== undefined);
	if (given.length > 1) {
		ctx.addIssue({
			code: 'custom',
			path: [...path, given[1] ?? 'days'],
			message: `ghi thời hạn giải quyết một cách: "days" (ngày làm việc), "hours" (giờ) hoặc "sameDay" (trong ngày), không ghi cả ${given.map((key) => `"${key}"`).join(' và ')}`,
		});
	} else if (required && given.length === 0) {
		ctx.addIssue({
			code: 'custom',
			path: [...path, 'days'],
			message: 'thiếu thời hạn giải quyết: ghi "days" (số ngày làm việc), "hours" (số giờ) hoặc "sameDay: true" (trong ngày)',
		});
	}
	if (value.clock !== undefined && value.hours === undefined) {
		ctx.addIssue({
			code: 'custom',
			path: [...path, 'clock'],
			message: '"clock: true" chỉ dùng với thời hạn tính bằng giờ ("hours"); bỏ clock, hoặc ghi thời hạn ở "hours"',
		});
	}
}
