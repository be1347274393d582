import { z } from 'astro/zod';

/** A calendar date written `YYYY-MM-DD`, kept as text so every reader sees the same day. */
export const IsoDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'cần ngày dạng YYYY-MM-DD' })
	.refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
		error: 'ngày không có thật trong lịch',
	});

/** A national TTHC code `d.dddddd`, or a local variant `d.dddddd.000.00.00.H29`, or an online-service code `d.dddddd.01`. */
export const TthcCodeSchema = z
	.string()
	.regex(/^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}|\.\d{2})?$/, {
		error: 'mã TTHC phải có dạng d.dddddd (ví dụ 1.000894), hoặc biến thể địa phương 1.000894.000.00.00.H29',
	});

/** An ASCII identifier: lower case letters, digits and hyphens (đ written as d). */
export const SlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối (ví dụ so-tu-phap)' });

/** A non-empty line of text. */
export const TextSchema = z.string().trim().min(1, { error: 'không được để trống' });

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
		/** Địa chỉ — address: street address of the office. */
		address: TextSchema.describe('Địa chỉ trụ sở (address)'),
		/** Điện thoại — phone. */
		phone: TextSchema.optional().describe('Số điện thoại (phone)'),
		/** Thư điện tử — email. */
		email: z.email({ error: 'địa chỉ thư điện tử không hợp lệ' }).optional().describe('Thư điện tử (email)'),
		/** Trang thông tin điện tử — website. */
		website: z.url({ error: 'địa chỉ trang web không hợp lệ' }).optional().describe('Trang thông tin điện tử (website)'),
		/** Giờ làm việc — office hours, as the agency publishes them. */
		hours: TextSchema.optional().describe('Giờ tiếp nhận hồ sơ (office hours)'),
	})
	.strict();

export type Person = z.output<typeof PersonSchema>;
