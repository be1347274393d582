import { describe, expect, it } from 'vitest';
import { formatHeldBackText } from '../../../src/lib/publish/format.ts';
import type { HeldBack } from '../../../src/lib/publish/select.ts';

const error = (line: number, rule: string, message: string) => ({ file: '', line, column: 1, severity: 'error' as const, rule, message });

describe('the held-back files as qms build prints them', () => {
	it('says for each file what the site shows instead, then its errors', () => {
		const items: HeldBack[] = [
			{
				file: 'agencies/so-x/agency.yaml',
				agency: 'so-x',
				kind: 'agency',
				shown: null,
				findings: [error(3, 'schema', 'level: giá trị phải là một trong: cap-tinh, so-nganh, cap-xa, cap-huyen')],
			},
			{
				file: 'agencies/xa-y/policy.md',
				agency: 'xa-y',
				kind: 'policy',
				shown: { issue: 4, commit: 'abc', date: '2026-05-02' },
				findings: [error(12, 'revision-log', 'Bảng theo dõi sửa đổi thiếu lần 5.')],
			},
			{
				file: 'agencies/xa-y/internal/nb-02.md',
				agency: 'xa-y',
				kind: 'internal-process',
				shown: null,
				findings: [error(1, 'frontmatter-missing', 'Thiếu phần thông tin đầu tệp.')],
			},
		];
		expect(formatHeldBackText(items, 'content/').split('\n')).toEqual([
			'Giữ lại 3 tệp có lỗi; mọi trang khác đã được cập nhật:',
			'- content/agencies/so-x/agency.yaml: cơ quan "so-x" và mọi tài liệu của cơ quan chưa được đăng vì agency.yaml có lỗi.',
			'    3:1  schema  level: giá trị phải là một trong: cap-tinh, so-nganh, cap-xa, cap-huyen',
			'- content/agencies/xa-y/policy.md: vẫn đăng lần ban hành 4 (ghi vào git ngày 02/05/2026) cho đến khi sửa hết lỗi.',
			'    12:1  revision-log  Bảng theo dõi sửa đổi thiếu lần 5.',
			'- content/agencies/xa-y/internal/nb-02.md: chưa được đăng: chưa có lần ban hành nào không có lỗi.',
			'    1:1  frontmatter-missing  Thiếu phần thông tin đầu tệp.',
		]);
	});

	it('prints nothing when nothing is held back', () => {
		expect(formatHeldBackText([])).toBe('');
	});
});
