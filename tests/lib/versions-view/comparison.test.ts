import { describe, expect, it } from 'vitest';
import { added, changed, removed } from '../../../src/lib/diff/change.ts';
import { compareVersions, groupChanges, joinRuns, notesBetween } from '../../../src/lib/versions-view/comparison.ts';
import { control, version } from './fixture.ts';

describe('field changes grouped for reviewers', () => {
	it('puts each change under its heading, in the order a citizen reads, unknown fields last', () => {
		const groups = groupChanges([
			changed('approved', 'Người phê duyệt', 'A', 'B'),
			removed('dossier', 'Thành phần hồ sơ: không còn yêu cầu «Giấy chứng sinh»', 'Giấy chứng sinh'),
			changed('days', 'Thời hạn giải quyết', '3', '2,5', ' ngày làm việc'),
			added('somethingNew', 'Điều mới', 'x'),
		]);
		expect(groups).toEqual([
			{ id: 'thoi-han', title: 'Thời hạn giải quyết', changes: [{ text: 'Thời hạn giải quyết: 3 → 2,5 ngày làm việc' }] },
			{ id: 'ho-so', title: 'Thành phần hồ sơ', changes: [{ text: 'Thành phần hồ sơ: không còn yêu cầu «Giấy chứng sinh»' }] },
			{ id: 'nguoi-ky', title: 'Người soạn thảo, xem xét, phê duyệt', changes: [{ text: 'Người phê duyệt: A → B' }] },
			{ id: 'khac', title: 'Thay đổi khác', changes: [{ text: 'Điều mới' }] },
		]);
	});

	it('shows long running text word by word, short text as before → after', () => {
		const place = 'Trung tâm Phục vụ hành chính công phường An Hòa, số 08 đường Lý Thái Tổ';
		const [group] = groupChanges([
			{ ...changed('reception', 'Nơi tiếp nhận và trả kết quả', place, `${place}; hoặc qua bưu chính công ích`), prose: true },
			{ ...changed('result', 'Kết quả', 'Giấy khai sinh', 'Giấy khai sinh (bản chính)'), prose: true },
		]);
		expect(group?.changes).toEqual([
			{
				text: `Nơi tiếp nhận và trả kết quả: ${place} → ${place}; hoặc qua bưu chính công ích`,
				words: {
					label: 'Nơi tiếp nhận và trả kết quả',
					parts: [
						{ op: 'same', text: place },
						{ op: 'insert', text: '; hoặc qua bưu chính công ích' },
					],
					suffix: '',
				},
			},
			{ text: 'Kết quả: Giấy khai sinh → Giấy khai sinh (bản chính)' },
		]);
	});
});

describe('word runs', () => {
	it('joins insertions separated by a space into one insertion', () => {
		expect(
			joinRuns([
				{ op: 'same', text: 'trình tự' },
				{ op: 'insert', text: ',' },
				{ op: 'same', text: ' ' },
				{ op: 'insert', text: 'thời hạn ' },
				{ op: 'same', text: 'giải quyết.' },
			]),
		).toEqual([
			{ op: 'same', text: 'trình tự' },
			{ op: 'insert', text: ', thời hạn ' },
			{ op: 'same', text: 'giải quyết.' },
		]);
	});

	it('keeps a replacement as a deletion then an insertion', () => {
		const parts = [
			{ op: 'delete', text: '12' },
			{ op: 'insert', text: '35' },
			{ op: 'same', text: '/' },
		] as const;
		expect(joinRuns(parts)).toEqual(parts);
	});
});

describe('two issues compared', () => {
	it('diffs the fields and the body section by section, naming the text before the first heading', () => {
		const before = version(control(1, '2025-08-01'), { body: 'Mở đầu.\n\n## 1. Mục đích\n\nQuy định trình tự.\n' });
		const after = version(control(2, '2026-01-10'), { body: 'Mở đầu.\n\n## 1. Mục đích\n\nQuy định trình tự, thời hạn.\n' });
		const comparison = compareVersions('policy', before, after);
		expect(comparison.groups).toEqual([
			{ id: 'kiem-soat', title: 'Mã hiệu, tên, ngày hiệu lực', changes: [{ text: 'Ngày hiệu lực: 01/08/2025 → 10/01/2026' }] },
		]);
		expect(comparison.sections.map((section) => [section.heading, section.changed])).toEqual([
			['Phần mở đầu', false],
			['1. Mục đích', true],
		]);
		expect(comparison.changedSections).toBe(1);
	});

	it('lists the change notes of the issues after the older one', () => {
		const issues = [
			{ issue: 1, note: 'Đầu' },
			{ issue: 2, note: 'Hai' },
			{ issue: 3, note: '' },
			{ issue: 4, note: 'Bốn' },
		];
		expect(notesBetween(issues, 1, 4)).toEqual([
			{ issue: 2, note: 'Hai' },
			{ issue: 4, note: 'Bốn' },
		]);
	});
});
