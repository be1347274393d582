import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_FILES, raiseIssue, type NewIssueRequest } from '../../../src/lib/new-issue/raise.ts';
import { lines, VALID_FIXTURE } from '../../helpers/corpus.ts';

const PROCEDURE = 'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md';
const REQUEST: NewIssueRequest = {
	issued: '2026-05-04',
	effective: '2026-05-11',
	part: 'Mục 5.4 Thời hạn giải quyết',
	description: 'Giảm thời hạn từ 3 xuống 2 ngày làm việc',
};

let procedure: string;

beforeAll(async () => {
	procedure = await readFile(join(VALID_FIXTURE, PROCEDURE), 'utf8');
});

describe('raiseIssue', () => {
	it('raises the issue, sets both dates and appends the revision row, the rest of the file unchanged', () => {
		const result = raiseIssue(PROCEDURE, procedure, REQUEST);
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect([result.before.issue, result.after.issue, result.after.issued, result.after.effective]).toEqual([
			1,
			2,
			'2026-05-04',
			'2026-05-11',
		]);
		expect(result.after.revisions.at(-1)).toEqual({
			issue: 2,
			date: '2026-05-04',
			part: 'Mục 5.4 Thời hạn giải quyết',
			description: 'Giảm thời hạn từ 3 xuống 2 ngày làm việc',
		});
		expect(result.text).toBe(
			procedure
				.replace('issue: 1\nissued: 2025-08-01\neffective: 2025-08-05\n', 'issue: 2\nissued: 2026-05-04\neffective: 2026-05-11\n')
				.replace(
					'    description: Ban hành lần đầu\n',
					'    description: Ban hành lần đầu\n  - issue: 2\n    date: 2026-05-04\n    part: Mục 5.4 Thời hạn giải quyết\n    description: Giảm thời hạn từ 3 xuống 2 ngày làm việc\n',
				),
		);
	});

	it("starts the revision log of a first issue that had none, with the new issue's row", () => {
		const firstIssue = procedure.replace(
			'revisions:\n  - issue: 1\n    date: 2025-08-01\n    part: Toàn bộ\n    description: Ban hành lần đầu\n',
			'',
		);
		const result = raiseIssue(PROCEDURE, firstIssue, REQUEST);
		if (!result.ok) throw new Error(JSON.stringify(result));
		expect(result.before.revisions).toEqual([]);
		expect(result.after.revisions).toEqual([
			{ issue: 2, date: '2026-05-04', part: 'Mục 5.4 Thời hạn giải quyết', description: 'Giảm thời hạn từ 3 xuống 2 ngày làm việc' },
		]);
	});

	it('keeps a document without an effective date taking effect on its issue date, and writes one when the new issue takes effect later', () => {
		const onIssueDate = procedure.replace('effective: 2025-08-05\n', '');
		const sameDay = raiseIssue(PROCEDURE, onIssueDate, { ...REQUEST, effective: REQUEST.issued });
		if (!sameDay.ok) throw new Error(JSON.stringify(sameDay));
		expect([sameDay.before.effective, sameDay.after.effective]).toEqual(['2025-08-01', '2026-05-04']);
		expect(sameDay.text).not.toContain('effective:');
		const later = raiseIssue(PROCEDURE, onIssueDate, REQUEST);
		if (!later.ok) throw new Error(JSON.stringify(later));
		expect(later.after.effective).toBe('2026-05-11');
		expect(later.text).toContain('issued: 2026-05-04\neffective: 2026-05-11\n');
	});

	it('names the controlled document kinds when the file is not one', () => {
		expect(DOCUMENT_FILES).toBe(
			'Chính sách chất lượng (policy.md), Mục tiêu chất lượng (objectives/*.md), Quy trình giải quyết thủ tục hành chính (procedures/*.md), Quy trình nội bộ (internal/*.md)',
		);
		expect(raiseIssue('agencies/xa-minh-hoa/agency.yaml', 'id: xa-minh-hoa\n', REQUEST)).toEqual({
			ok: false,
			problem: 'kind',
			message: `agencies/xa-minh-hoa/agency.yaml không phải tài liệu được kiểm soát nên không có lần ban hành. Lệnh này dùng cho: ${DOCUMENT_FILES} trong thư mục agencies/<mã>/.`,
		});
	});

	it('refuses an effective date before the issue date, and a new issue dated before the current one', () => {
		expect(raiseIssue(PROCEDURE, procedure, { ...REQUEST, effective: '2026-05-03' })).toEqual({
			ok: false,
			problem: 'date',
			message:
				'Ngày hiệu lực 03/05/2026 trước ngày ban hành 04/05/2026. Tài liệu chỉ có hiệu lực từ ngày ban hành trở đi: ghi --effective từ 2026-05-04 trở đi.',
		});
		expect(raiseIssue(PROCEDURE, procedure, { ...REQUEST, issued: '2025-07-31' })).toEqual({
			ok: false,
			problem: 'date',
			message:
				'Ngày ban hành mới 31/07/2025 trước ngày ban hành 01/08/2025 của lần ban hành hiện hành (lần 1). Lần ban hành mới không được ban hành trước lần hiện hành: ghi --date từ 2025-08-01 trở đi.',
		});
		const sameDay = raiseIssue(PROCEDURE, procedure, { ...REQUEST, issued: '2025-08-01', effective: '2025-08-01' });
		expect(sameDay.ok && sameDay.after.issued).toBe('2025-08-01');
	});

	it('returns the document errors of a file that does not validate, as qms validate words them', () => {
		const broken = procedure.replace('issue: 1\n', 'issue: một\n').replace('effective: 2025-08-05', 'effective: 2025-07-05');
		const result = raiseIssue(PROCEDURE, broken, REQUEST);
		expect(result.ok === false && result.problem === 'invalid' ? lines(result.findings) : result).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:4:1 error schema Trường "issue": lần ban hành phải là số nguyên.',
		]);
		const early = raiseIssue(PROCEDURE, procedure.replace('effective: 2025-08-05', 'effective: 2025-07-05'), REQUEST);
		expect(early.ok === false && early.problem === 'invalid' ? lines(early.findings) : early).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:6:1 error issue-dates Ngày hiệu lực 05/07/2025 trước ngày ban hành 01/08/2025. Tài liệu chỉ có hiệu lực từ ngày ban hành trở đi: sửa một trong hai ngày.',
		]);
	});

	it('refuses an edit that would change more than the new issue, such as a date shared through an alias', () => {
		const aliased = procedure.replace('issued: 2025-08-01', 'issued: &ngay 2025-08-01').replace('    date: 2025-08-01', '    date: *ngay');
		expect(raiseIssue(PROCEDURE, aliased, REQUEST)).toEqual({
			ok: false,
			problem: 'layout',
			message: `Không sửa được phần thông tin đầu tệp ${PROCEDURE} mà vẫn giữ nguyên các dòng khác (cách viết YAML ở đây khác thường: tham chiếu &/*, bảng theo dõi sửa đổi không viết mỗi dòng một mục "- "…). Sửa tay: tăng "issue" lên 2, ghi "issued", "effective" và thêm dòng cuối vào "revisions".`,
		});
	});
});
