import { describe, expect, it } from 'vitest';
import { editNewIssue, type IssueChange } from '../../../src/lib/new-issue/edit.ts';

const CHANGE: IssueChange = {
	issue: 3,
	issued: '2026-05-04',
	effective: '2026-05-11',
	revision: {
		issue: 3,
		date: '2026-05-04',
		part: 'Mục 5.4 Thời hạn giải quyết',
		description: 'Giảm thời hạn từ 15 xuống 10 ngày làm việc',
	},
};

/** A frontmatter written the way officers write it: comments, flow and block styles, quotes, a folded text. */
const OFFICER_FILE = `---
# Quy trình minh họa — chú thích đầu tệp
code: QT-01   # mã hiệu
title: "Quy trình cấp phiếu"
issue: 2      # lần ban hành
issued: '2025-08-20'
effective: "2025-08-25" # hiệu lực sau 5 ngày
drafted: { name: Lê Thị Hoa, title: Công chức }
approved:
  name: Nguyễn Văn An
  title: Chủ tịch
revisions:
  # dòng cũ nhất trước
  - issue: 1
    date: 2019-11-15
    part: Toàn bộ
    description: Ban hành lần đầu.
  - issue: 2
    date: 2025-08-20
    part: "Mục 5"
    description: >-
      Bổ sung cam kết về dịch vụ công trực tuyến,
      tiếp nhận tại Trung tâm.

# các trường riêng của quy trình
tthc: [1.000894,   1.001193]
days: 10
---

## 1. Mục đích

Nội dung giữ nguyên từng byte: issue: 2, issued: 2025-08-20.
`;

describe('editNewIssue', () => {
	it('changes the three fields and appends a block row, every other line of the file as it was', () => {
		const edited = editNewIssue(OFFICER_FILE, CHANGE);
		expect(edited).toBe(
			OFFICER_FILE.replace('issue: 2      # lần', 'issue: 3      # lần')
				.replace("issued: '2025-08-20'", "issued: '2026-05-04'")
				.replace('effective: "2025-08-25" #', 'effective: "2026-05-11" #')
				.replace(
					'      tiếp nhận tại Trung tâm.\n',
					'      tiếp nhận tại Trung tâm.\n  - issue: 3\n    date: 2026-05-04\n    part: Mục 5.4 Thời hạn giải quyết\n    description: Giảm thời hạn từ 15 xuống 10 ngày làm việc\n',
				),
		);
		const before = OFFICER_FILE.split('\n');
		const after = (edited ?? '').split('\n');
		expect(after.length - before.length).toBe(4);
		expect(before.filter((line, index) => after[index < 23 ? index : index + 4] !== line)).toEqual([
			'issue: 2      # lần ban hành',
			"issued: '2025-08-20'",
			'effective: "2025-08-25" # hiệu lực sau 5 ngày',
		]);
	});

	it('writes a one-line flow row after rows written as flow maps, quoting a text with a comma or a line break', () => {
		const file =
			'---\nissue: 1\nissued: 2026-01-02\neffective: 2026-01-02\nrevisions:\n- { issue: 1, date: 2026-01-02, part: Toàn bộ, description: Ban hành lần đầu }\n---\nNội dung\n';
		const change = { ...CHANGE, issue: 2, revision: { ...CHANGE.revision, issue: 2, description: 'Giảm thời hạn,\nbỏ bản sao' } };
		expect(editNewIssue(file, change)).toBe(
			'---\nissue: 2\nissued: 2026-05-04\neffective: 2026-05-11\nrevisions:\n- { issue: 1, date: 2026-01-02, part: Toàn bộ, description: Ban hành lần đầu }\n- { issue: 2, date: 2026-05-04, part: Mục 5.4 Thời hạn giải quyết, description: "Giảm thời hạn,\\nbỏ bản sao" }\n---\nNội dung\n',
		);
	});

	it('appends inside a flow sequence, keeping what follows the bracket', () => {
		const file =
			'---\nissue: 1\nissued: 2026-01-02\neffective: 2026-01-02\nrevisions: [{ issue: 1, date: 2026-01-02, part: Toàn bộ, description: Ban hành lần đầu }] # một dòng\ndays: 3\n---\n';
		expect(editNewIssue(file, { ...CHANGE, issue: 2, revision: { ...CHANGE.revision, issue: 2 } })).toBe(
			'---\nissue: 2\nissued: 2026-05-04\neffective: 2026-05-11\nrevisions: [{ issue: 1, date: 2026-01-02, part: Toàn bộ, description: Ban hành lần đầu }, { issue: 2, date: 2026-05-04, part: Mục 5.4 Thời hạn giải quyết, description: Giảm thời hạn từ 15 xuống 10 ngày làm việc }] # một dòng\ndays: 3\n---\n',
		);
	});

	it('writes a text with line breaks as a literal block, indented under the row', () => {
		const file =
			'---\nissue: 1\nissued: 2026-01-02\neffective: 2026-01-02\nrevisions:\n- issue: 1\n  date: 2026-01-02\n  part: Toàn bộ\n  description: Ban hành lần đầu\n---\n';
		const change = { ...CHANGE, issue: 2, revision: { ...CHANGE.revision, issue: 2, description: 'Giảm thời hạn.\n\nBỏ bản sao.' } };
		expect(editNewIssue(file, change)).toBe(
			'---\nissue: 2\nissued: 2026-05-04\neffective: 2026-05-11\nrevisions:\n- issue: 1\n  date: 2026-01-02\n  part: Toàn bộ\n  description: Ban hành lần đầu\n- issue: 2\n  date: 2026-05-04\n  part: Mục 5.4 Thời hạn giải quyết\n  description: |-\n    Giảm thời hạn.\n\n    Bỏ bản sao.\n---\n',
		);
	});

	it('keeps the line ends of a file saved with CRLF and its byte-order mark', () => {
		const file =
			'\uFEFF---\r\nissue: 1\r\nissued: 2026-01-02\r\neffective: 2026-01-02\r\nrevisions:\r\n- issue: 1\r\n  date: 2026-01-02\r\n  part: Toàn bộ\r\n  description: Ban hành lần đầu\r\n---\r\nNội dung\r\n';
		expect(editNewIssue(file, { ...CHANGE, issue: 2, revision: { ...CHANGE.revision, issue: 2 } })).toBe(
			'\uFEFF---\r\nissue: 2\r\nissued: 2026-05-04\r\neffective: 2026-05-11\r\nrevisions:\r\n- issue: 1\r\n  date: 2026-01-02\r\n  part: Toàn bộ\r\n  description: Ban hành lần đầu\r\n- issue: 2\r\n  date: 2026-05-04\r\n  part: Mục 5.4 Thời hạn giải quyết\r\n  description: Giảm thời hạn từ 15 xuống 10 ngày làm việc\r\n---\r\nNội dung\r\n',
		);
	});

	it('starts the log of a first issue that left it out or empty, at the end of the frontmatter or in place of the brackets', () => {
		const first = '---\ncode: QT-01\nissue: 1\nissued: 2025-07-07\neffective: 2025-07-07\ntthc: [1.004873]\n---\n\n## 1. Mục đích\n';
		const change: IssueChange = { ...CHANGE, issue: 2, revision: { ...CHANGE.revision, issue: 2 } };
		expect(editNewIssue(first, change)).toBe(
			'---\ncode: QT-01\nissue: 2\nissued: 2026-05-04\neffective: 2026-05-11\ntthc: [1.004873]\nrevisions:\n  - issue: 2\n    date: 2026-05-04\n    part: Mục 5.4 Thời hạn giải quyết\n    description: Giảm thời hạn từ 15 xuống 10 ngày làm việc\n---\n\n## 1. Mục đích\n',
		);
		expect(editNewIssue(first.replace('tthc:', 'revisions: [] # chưa có\ntthc:'), change)).toBe(
			'---\ncode: QT-01\nissue: 2\nissued: 2026-05-04\neffective: 2026-05-11\nrevisions: [{ issue: 2, date: 2026-05-04, part: Mục 5.4 Thời hạn giải quyết, description: Giảm thời hạn từ 15 xuống 10 ngày làm việc }] # chưa có\ntthc: [1.004873]\n---\n\n## 1. Mục đích\n',
		);
	});

	it('leaves out the effective date of a document that takes effect on its issue date, unless the new issue takes effect later', () => {
		const sameDay = "---\nissue: 1\nissued: '2025-07-07' # ngày ban hành\nrevisions: []\n---\n";
		const change: IssueChange = { ...CHANGE, issue: 2, effective: CHANGE.issued, revision: { ...CHANGE.revision, issue: 2 } };
		const row =
			'{ issue: 2, date: 2026-05-04, part: Mục 5.4 Thời hạn giải quyết, description: Giảm thời hạn từ 15 xuống 10 ngày làm việc }';
		expect(editNewIssue(sameDay, change)).toBe(`---\nissue: 2\nissued: '2026-05-04' # ngày ban hành\nrevisions: [${row}]\n---\n`);
		expect(editNewIssue(sameDay, { ...change, effective: '2026-05-11' })).toBe(
			`---\nissue: 2\nissued: '2026-05-04' # ngày ban hành\neffective: '2026-05-11'\nrevisions: [${row}]\n---\n`,
		);
	});

	it('gives up on a frontmatter without the fields to edit', () => {
		expect(editNewIssue('---\nissue: 1\nrevisions: []\n---\n', CHANGE)).toBeUndefined();
		expect(editNewIssue('# Không có phần thông tin đầu tệp\n', CHANGE)).toBeUndefined();
		expect(
			editNewIssue('---\nissue: 1\nissued: 2026-01-02\neffective: 2026-01-02\nrevisions:\n-\n  issue: 1\n---\n', CHANGE),
		).toBeUndefined();
	});
});
