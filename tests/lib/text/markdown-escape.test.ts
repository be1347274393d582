import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownCode } from '../../../src/lib/text/markdown-escape.ts';

describe('escapeMarkdown', () => {
	it('keeps ordinary Vietnamese text, codes and dates as they are', () => {
		expect(escapeMarkdown('QT-MH-01 Quy trình đăng ký khai sinh: 3 → 2,5 ngày (05/08/2025), «Giấy chứng sinh» #1.')).toBe(
			'QT-MH-01 Quy trình đăng ký khai sinh: 3 → 2,5 ngày (05/08/2025), «Giấy chứng sinh» #1.',
		);
	});

	it('puts every kind of line break on one line, so no heading or list can start', () => {
		expect(escapeMarkdown('Tên\n# Tiêu đề giả\r\n- mục\rhết\u2028a\u2029b\u0085c\vd\fe')).toBe('Tên # Tiêu đề giả - mục hết a b c d e');
	});

	it('escapes HTML, links, images, emphasis, code, tables, entities and backslashes', () => {
		expect(escapeMarkdown('<script>alert(1)</script> [x](javascript:alert(1)) ![i](x.png) *đậm* _nghiêng_ `mã` a|b ~~gạch~~ &lt; \\')).toBe(
			'\\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) \\!\\[i\\](x.png) \\*đậm\\* \\_nghiêng\\_ \\`mã\\` a\\|b \\~\\~gạch\\~\\~ \\&lt; \\\\',
		);
	});
});

describe('markdownCode', () => {
	it('fences a path in backticks, longer than any run inside it, on one line', () => {
		expect(markdownCode('agencies/xa/procedures/a.md')).toBe('`agencies/xa/procedures/a.md`');
		expect(markdownCode('a`b``c.md')).toBe('``` a`b``c.md ```');
		expect(markdownCode('a\n# b.md')).toBe('`a # b.md`');
	});
});
