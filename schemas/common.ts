import { z } from 'astro/zod';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A day that exists, written `YYYY-MM-DD`: months 01–12, days within the month, 29 February only
 * in leap years. The one date rule of the schemas, their JSON Schemas and the CLI's date options.
 */
export const ISO_DATE_PATTERN =
	/^(?:\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;

/** A calendar date written `YYYY-MM-DD`, kept as text so every reader sees the same day. */
export const IsoDateSchema = z.string().regex(ISO_DATE_PATTERN, {
	error: (issue) =>
		typeof issue.input === 'string' && DATE_SHAPE.test(issue.input) ? 'ngày không có thật trong lịch' : 'cần ngày dạng YYYY-MM-DD',
});

/**
 * A national TTHC code `d.dddddd`, a local variant `d.dddddd.000.00.00.H29`, or an online-service
 * code `d.dddddd.01`: the one TTHC-code rule of the schemas and their JSON Schemas.
 */
export const TTHC_CODE_PATTERN = /^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}|\.\d{2})?$/;

/**
 * A TTHC code. Written without quotes (`tthc: [1.004837]`) YAML would read a number; the loader
 * keeps the text as written (src/lib/load/yaml-source.ts), and the JSON Schema accepts that number
 * (see schemas/json-schema.ts).
 */
export const TthcCodeSchema = z.string().regex(TTHC_CODE_PATTERN, {
	error: 'mã TTHC phải có dạng d.dddddd (ví dụ 1.000894), hoặc biến thể địa phương 1.000894.000.00.00.H29',
});

/** An ASCII identifier: lower case letters, digits and hyphens (đ written as d). */
export const SlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối (ví dụ so-tu-phap)' });

/**
 * One line: any text whose line breaks, if any, are only at its ends (which are trimmed). Written
 * so that the JSON Schema's pattern checks the untrimmed text alike, and to run in linear time.
 */
export const SINGLE_LINE_PATTERN = /^[\s\u0085]*(?:[^\s\u0085]+(?:[^\S\n\r\v\f\u2028\u2029]+[^\s\u0085]+)*)?[\s\u0085]*$/;

/** A non-empty line of text: titles, names, codes, roles; a line break would let a title forge headings in the text the CLI writes. */
export const TextSchema = z
	.string()
	.trim()
	.min(1, { error: 'không được để trống' })
	.regex(SINGLE_LINE_PATTERN, { error: 'chỉ ghi trên một dòng, không xuống dòng' });

/** Non-empty free text that may run over several lines: descriptions, notes, conditions, scopes. */
export const ParagraphSchema = z.string().trim().min(1, { error: 'không được để trống' });

/**
 * The address of a web page: http or https only, so a link made from it can never run code
 * (`javascript:`, `data:`, `vbscript:`) or point into the reader's computer (`file:`).
 */
export const WEB_URL_PATTERN = /^https?:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/i;

export const WebUrlSchema = z
	.string()
	.trim()
	.regex(WEB_URL_PATTERN, { error: 'chỉ nhận địa chỉ trang web bắt đầu bằng https:// hoặc http://, ví dụ https://tuphap.binhson.gov.vn' })
	.refine((value) => !WEB_URL_PATTERN.test(value) || URL.canParse(value), { error: 'địa chỉ trang web không hợp lệ' });

/** Below this a non-zero amount is taken for a number written with a thousands dot (8.000 read as 8). */
const SMALLEST_AMOUNT = 500;

/** `1.200.000`: thousands separated by dots, which YAML reads as text (and `8.000` as the number 8). */
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * An amount of money in đồng: a whole number, 0 (free) or at least 500 đồng. The likely intended
 * value of a number written the Vietnamese way (8.000 = tám nghìn) is shown in the message.
 */
export const MoneySchema = z
	.number({
		error: (issue) =>
			typeof issue.input === 'string' && DOTTED_THOUSANDS.test(issue.input.trim())
				? `ghi số tiền không có dấu chấm ngăn cách hàng nghìn: ${issue.input.trim().replaceAll('.', '')} thay cho ${issue.input.trim()}`
				: undefined,
	})
	.nonnegative({ error: 'số tiền không được âm' })
	.superRefine((value, ctx) => {
		const thousands = Math.round(value * 1000);
		if (!Number.isInteger(value)) {
			const likely =
				Math.abs(thousands - value * 1000) < 1e-6 && thousands >= SMALLEST_AMOUNT
					? `; nếu định ghi ${thousands} đồng thì viết ${thousands}, không dùng dấu chấm ngăn cách hàng nghìn`
					: '';
			ctx.addIssue({ code: 'custom', message: `số tiền phải là số đồng nguyên, đang ghi ${value}${likely}` });
		} else if (value > 0 && value < SMALLEST_AMOUNT) {
			ctx.addIssue({
				code: 'custom',
				message: `số tiền ${value} đồng nhỏ bất thường (dưới ${SMALLEST_AMOUNT} đồng); nếu định ghi ${thousands} đồng thì viết ${thousands}, không dùng dấu chấm ngăn cách hàng nghìn (YAML đọc 8.000 là 8)`,
			});
		}
	});

export const PersonSchema = z
	.object({
		/** Họ và tên — name: the person's full name. */
		name: TextSchema.describe('Họ và tên (name)'),
		/** Chức vụ — title: the position held when signing. */
		title: TextSchema.describe('Chức vụ (title)'),
	})
	.strict();

export const ContactSchema = z
	.object({
		/** Địa chỉ — address: street address of the office; absent when not stated. */
		address: TextSchema.optional().describe('Địa chỉ trụ sở; bỏ trống nếu chưa có thông tin (address)'),
		/** Điện thoại — phone. */
		phone: TextSchema.optional().describe('Số điện thoại (phone)'),
		/** Thư điện tử — email. */
		email: z.email({ error: 'địa chỉ thư điện tử không hợp lệ' }).optional().describe('Thư điện tử (email)'),
		/** Trang thông tin điện tử — website. */
		website: WebUrlSchema.optional().describe('Trang thông tin điện tử (website)'),
		/** Giờ làm việc — office hours, as the agency publishes them. */
		hours: ParagraphSchema.optional().describe('Giờ tiếp nhận hồ sơ (office hours)'),
	})
	.strict();

export type Person = z.output<typeof PersonSchema>;
