import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { IsoDateSchema, MoneySchema, TextSchema, ParagraphSchema, TthcCodeSchema, WebUrlSchema } from '../../schemas/common.ts';
import { vietnameseIssueMessage } from '../../src/lib/load/zod-issues.ts';

/** The messages an officer reads for `value`, or [] when it is accepted. */
function messages(schema: z.ZodType, value: unknown): string[] {
	const result = schema.safeParse(value, { error: vietnameseIssueMessage });
	return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('IsoDateSchema', () => {
	it.each(['2026-01-31', '2026-02-28', '2024-02-29', '2000-02-29', '2026-04-30', '2026-12-31'])('accepts %s', (date) => {
		expect(messages(IsoDateSchema, date)).toEqual([]);
	});

	it.each(['2026-02-30', '2026-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-01-00', '2026-01-32'])(
		'rejects %s as a day that does not exist',
		(date) => {
			expect(messages(IsoDateSchema, date)).toEqual(['ngày không có thật trong lịch']);
		},
	);

	it.each(['30/06/2026', '2026-6-30', ' 2026-06-30', '2026-06-30T00:00'])('asks for YYYY-MM-DD instead of %s', (date) => {
		expect(messages(IsoDateSchema, date)).toEqual(['cần ngày dạng YYYY-MM-DD']);
	});
});

describe('TthcCodeSchema', () => {
	it.each(['1.004837', '1.000894.000.00.00.H29', '2.001234.01'])('accepts %s', (code) => {
		expect(messages(TthcCodeSchema, code)).toEqual([]);
	});

	it.each(['1.00483', '1.0048370', '1004837', '1.000894.000.00.00.h29'])('rejects %s', (code) => {
		expect(messages(TthcCodeSchema, code)).toEqual([
			'mã TTHC phải có dạng d.dddddd (ví dụ 1.000894), hoặc biến thể địa phương 1.000894.000.00.00.H29',
		]);
	});
});

describe('TextSchema', () => {
	it('takes one line, trimming what surrounds it', () => {
		expect(TextSchema.parse('  Quy trình đăng ký khai sinh\n')).toBe('Quy trình đăng ký khai sinh');
		expect(messages(TextSchema, 'Tên  có\tkhoảng trắng')).toEqual([]);
	});

	it.each(['Khai sinh\n# Đã duyệt', 'a\r\nb', 'a\rb', 'a\u2028b', 'a\u2029b', 'a\u0085b', 'a\vb'])('rejects a line break in %j', (text) => {
		expect(messages(TextSchema, text)).toEqual(['chỉ ghi trên một dòng, không xuống dòng']);
	});

	it('judges long texts of words and spaces, with or without a break', () => {
		expect(messages(TextSchema, `${'a '.repeat(200_000)}\n${' '.repeat(200_000)}b`)).toEqual(['chỉ ghi trên một dòng, không xuống dòng']);
		expect(messages(TextSchema, `${'từ  '.repeat(200_000)}cuối`)).toEqual([]);
	});
});

describe('ParagraphSchema', () => {
	it('keeps the lines of free text', () => {
		expect(ParagraphSchema.parse('Dòng một\nDòng hai\n')).toBe('Dòng một\nDòng hai');
	});
});

describe('WebUrlSchema', () => {
	it.each(['https://tuphap.binhson.gov.vn', 'http://ubnd.anhoa.gov.vn/lien-he?tab=1#gio', 'HTTPS://EXAMPLE.VN/'])('accepts %s', (url) => {
		expect(messages(WebUrlSchema, url)).toEqual([]);
	});

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'ftp://example.vn',
		'//example.vn',
		'https://',
		'https://a b.vn',
		'https://user@evil.example',
		'tuphap.binhson.gov.vn',
	])('rejects %s', (url) => {
		expect(messages(WebUrlSchema, url)).toEqual([
			'chỉ nhận địa chỉ trang web bắt đầu bằng https:// hoặc http://, ví dụ https://tuphap.binhson.gov.vn',
		]);
	});
});

describe('MoneySchema', () => {
	it.each([0, 500, 8000, 1_200_000])('accepts %d đồng', (amount) => {
		expect(messages(MoneySchema, amount)).toEqual([]);
	});

	it('shows the intended value of 8.000, which YAML reads as 8', () => {
		expect(messages(MoneySchema, 8)).toEqual([
			'số tiền 8 đồng nhỏ bất thường (dưới 500 đồng); nếu định ghi 8000 đồng thì viết 8000, không dùng dấu chấm ngăn cách hàng nghìn (YAML đọc 8.000 là 8)',
		]);
	});

	it('shows the intended value of 8.500, which YAML reads as 8.5', () => {
		expect(messages(MoneySchema, 8.5)).toEqual([
			'số tiền phải là số đồng nguyên, đang ghi 8.5; nếu định ghi 8500 đồng thì viết 8500, không dùng dấu chấm ngăn cách hàng nghìn',
		]);
		expect(messages(MoneySchema, 1.0005)).toEqual(['số tiền phải là số đồng nguyên, đang ghi 1.0005']);
		expect(messages(MoneySchema, 0.1)).toEqual(['số tiền phải là số đồng nguyên, đang ghi 0.1']);
	});

	it('shows the intended value of 1.200.000, which YAML reads as text', () => {
		expect(messages(MoneySchema, '1.200.000')).toEqual(['ghi số tiền không có dấu chấm ngăn cách hàng nghìn: 1200000 thay cho 1.200.000']);
		expect(messages(MoneySchema, 'miễn phí')).toEqual(['cần số, đang ghi chữ "miễn phí"']);
		expect(messages(MoneySchema, -5000)).toEqual(['số tiền không được âm']);
	});
});
