import { describe, expect, it } from 'vitest';
import { formatFindingsText } from '../../../src/lib/findings/format.ts';

describe('formatFindingsText', () => {
	it('prints each finding on one line, even when it quotes a value with line breaks', () => {
		const text = formatFindingsText(
			[
				{
					file: 'agencies/x/procedures/a.md',
					line: 20,
					column: 1,
					severity: 'error',
					rule: 'schema',
					message: 'Trường "days": cần số, đang ghi chữ "3\n::error file=a.md::giả\r\nb.md:1:1  lỗi  schema  giả".',
				},
			],
			'content/',
		);
		expect(text).toBe(
			'content/agencies/x/procedures/a.md:20:1  lỗi  schema  Trường "days": cần số, đang ghi chữ "3 ::error file=a.md::giả b.md:1:1  lỗi  schema  giả".\nTổng cộng: 1 lỗi, 0 điểm chưa tuân thủ, 0 cảnh báo.',
		);
	});
});
