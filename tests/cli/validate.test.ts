import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { PROJECT_ROOT, runQms } from '../helpers/cli.ts';
import { scratchCorpus, type ScratchCorpus } from '../helpers/corpus.ts';
import { tempRepo } from '../helpers/git-repo.ts';

const PROCEDURE = 'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md';
const AGENCY = 'agencies/xa-minh-hoa/agency.yaml';

describe('qms validate', () => {
	let valid: ScratchCorpus;
	let broken: ScratchCorpus;

	beforeAll(async () => {
		valid = await scratchCorpus();
		// One mistake for each rule, each in its own place, so every line of the report is checked.
		broken = await scratchCorpus();
		await broken.edit('agencies/xa-minh-hoa/objectives/2026.md', 'year: 2026', 'year: [2026');
		await broken.write('agencies/xa-minh-hoa/procedures/khong-frontmatter.md', '# Quy trình\n');
		await broken.edit(PROCEDURE, 'approved: { name: Nguyễn Văn An, title: Chủ tịch UBND xã }\n', '');
		await broken.write('agencies/xa-minh-hoa/ghi-chu.md', 'ghi chú\n');
		await broken.write('agencies/xa-khac/policy.md', await broken.read('agencies/xa-minh-hoa/policy.md'));
		await broken.edit('agencies/xa-minh-hoa/policy.md', 'Phục vụ', 'Phục vụ'.normalize('NFD'));
		await broken.edit(AGENCY, 'scope:', 'successor: xa-khong-co\nscope:');
		await broken.edit('agencies/xa-minh-hoa/internal/nb-01.md', 'time: 4 giờ', 'time: 3 giờ');
		await broken.edit('agencies/xa-minh-hoa/internal/nb-03.md', 'code: QTNB-MH-03', 'code: QTNB-MH-01');
		await broken.edit(AGENCY, 'tthc: [1.001193, 1.001190]', 'tthc: [1.001193, 1.001190, 9.999999]');
		await broken.edit('catalogue/internal-processes.yaml', '- id: NB-99', '- id: NB-07\n  name: Cập nhật văn bản pháp luật\n- id: NB-99');
	});

	afterAll(async () => {
		await valid.dispose();
		await broken.dispose();
	});

	it('exits 0 and says so on a clean corpus', async () => {
		const result = await runQms(['validate', valid.root]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('Không có lỗi hay cảnh báo nào.\nNgày tham chiếu: 2026-06-30.\n');
	});

	it('reports every problem at its file and line, one per line, and exits 1', async () => {
		const result = await runQms(['validate', broken.root]);
		expect(result.code).toBe(1);
		const rows = result.stdout
			.trim()
			.split('\n')
			// Paths are printed relative to the working directory, however deep it is: keep the part in the corpus.
			.map((line) => line.replace(`${relative(PROJECT_ROOT, broken.root)}/`, ''));
		const shape = rows.slice(0, -2).map((row) => row.split('  ').slice(0, 3).join('  '));
		expect(shape).toEqual([
			'agencies/xa-khac/agency.yaml:1:1  lỗi  agency-missing',
			'agencies/xa-minh-hoa/agency.yaml:1:1  chưa tuân thủ  internal-process-missing',
			'agencies/xa-minh-hoa/agency.yaml:10:1  lỗi  agency-unknown',
			'agencies/xa-minh-hoa/agency.yaml:14:5  chưa tuân thủ  redeclaration-due',
			'agencies/xa-minh-hoa/agency.yaml:24:28  lỗi  tthc-unknown',
			'agencies/xa-minh-hoa/ghi-chu.md:1:1  cảnh báo  unknown-file',
			'agencies/xa-minh-hoa/internal/nb-01.md:23:5  lỗi  step-time-quarter',
			'agencies/xa-minh-hoa/internal/nb-03.md:2:1  lỗi  code-duplicate',
			'agencies/xa-minh-hoa/objectives/2026.md:15:7  lỗi  yaml-syntax',
			'agencies/xa-minh-hoa/policy.md:17:3  cảnh báo  text-nfc',
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:2:1  lỗi  schema',
			'agencies/xa-minh-hoa/procedures/khong-frontmatter.md:1:1  lỗi  frontmatter-missing',
		]);
		expect(rows.at(-2)).toBe('Tổng cộng: 8 lỗi, 2 điểm chưa tuân thủ, 2 cảnh báo.');
		expect(rows.at(-1)).toBe('Ngày tham chiếu: 2026-06-30.');
	});

	it('prints the same findings as JSON', async () => {
		const result = await runQms(['validate', broken.root, '--format', 'json']);
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout) as {
			errors: number;
			compliance: number;
			warnings: number;
			findings: Array<{ rule: string; line: number }>;
		};
		expect([report.errors, report.compliance, report.warnings]).toEqual([8, 2, 2]);
		expect(report.findings.find((f) => f.rule === 'yaml-syntax')?.line).toBe(15);
	});

	it('judges time rules at --as-of, failing on their compliance findings only with --strict', async () => {
		const result = await runQms(['validate', valid.root, '--as-of', '2027-05-01']);
		expect(result.code).toBe(0);
		const rows = result.stdout
			.trim()
			.split('\n')
			.map((line) => line.replace(`${relative(PROJECT_ROOT, valid.root)}/`, ''));
		expect(rows.map((row) => row.split('  ').slice(0, 3).join('  '))).toEqual([
			'agencies/xa-minh-hoa/agency.yaml:1:1  chưa tuân thủ  objectives-missing',
			'agencies/xa-minh-hoa/agency.yaml:18:5  chưa tuân thủ  audit-overdue',
			'agencies/xa-minh-hoa/agency.yaml:21:5  chưa tuân thủ  review-overdue',
			'Tổng cộng: 0 lỗi, 3 điểm chưa tuân thủ, 0 cảnh báo.',
			'Ngày tham chiếu: 2027-05-01.',
		]);
		expect(rows[0]).toBe(
			'agencies/xa-minh-hoa/agency.yaml:1:1  chưa tuân thủ  objectives-missing  Ủy ban nhân dân xã Minh Hòa chưa có mục tiêu chất lượng năm 2027. Tạo tệp agencies/xa-minh-hoa/objectives/2027.md.',
		);
		const strict = await runQms(['validate', valid.root, '--as-of', '2027-05-01', '--strict']);
		expect([strict.code, strict.stdout]).toEqual([1, result.stdout]);
		expect((await runQms(['validate', valid.root, '--strict'])).code).toBe(0);
	});

	it('explains bad input in Vietnamese with exit 2 and no stack trace', async () => {
		const missing = await runQms(['validate', '/khong/co/thu-muc']);
		expect(missing).toEqual({
			code: 2,
			stdout: '',
			stderr:
				'Không tìm thấy thư mục nội dung "/khong/co/thu-muc". Chạy lệnh trong thư mục dự án, hoặc ghi đường dẫn tới thư mục chứa province.yaml và agencies/.\n',
		});
		const date = await runQms(['validate', valid.root, '--as-of', '31/12/2026']);
		expect(date.stderr).toBe('--as-of "31/12/2026" không phải ngày hợp lệ. Ghi theo dạng YYYY-MM-DD, ví dụ --as-of 2026-03-31.\n');
		for (const day of ['2026-02-30', '2026-13-01', '2026-02-29']) {
			expect(await runQms(['validate', valid.root, '--as-of', day])).toEqual({
				code: 2,
				stdout: '',
				stderr: `--as-of "${day}" không phải ngày hợp lệ. Ghi theo dạng YYYY-MM-DD, ví dụ --as-of 2026-03-31.\n`,
			});
		}
		const format = await runQms(['validate', valid.root, '--format', 'xml']);
		expect(format).toEqual({ code: 2, stdout: '', stderr: '--format "xml" không hợp lệ. Chọn một trong: text, json.\n' });
		const option = await runQms(['validate', '--khong-co']);
		expect(option.code).toBe(2);
		expect(option.stderr).toMatch(/^Tùy chọn không hợp lệ: /);
		const command = await runQms(['xoa']);
		expect(command).toEqual({
			code: 2,
			stdout: '',
			stderr:
				'Không có lệnh "xoa". Các lệnh: validate, build, export, diff, report, import-stats, new-issue, admin-config. Xem "qms help".\n',
		});
	});

	it('with --changed, fails only on errors in what the branch changed or what depends on it', async () => {
		const repo = await tempRepo();
		try {
			// An error already on the main line, in a file the branch does not touch.
			await repo.edit('agencies/xa-minh-hoa/internal/nb-01.md', 'time: 4 giờ', 'time: 3 giờ');
			await repo.commit('Quy trình nội bộ có lỗi từ trước');
			await repo.git('checkout', '-q', '-b', 'sua-chinh-sach');
			await repo.edit('agencies/xa-minh-hoa/policy.md', 'Phục vụ', 'Phục vụ tận tình');
			await repo.commit('Sửa chính sách');
			const clean = await runQms(['validate', 'content', '--changed', 'main'], repo.root);
			expect(clean.code).toBe(0);
			expect(
				clean.stdout
					.trim()
					.split('\n')
					.map((line) => line.split('  ').slice(0, 3).join('  ')),
			).toEqual([
				'Thay đổi so với main: 1 tệp. Phát hiện trong phạm vi thay đổi:',
				'Không có lỗi hay cảnh báo nào.',
				'Ngoài phạm vi thay đổi, chỉ để tham khảo (không tính vào kết quả):',
				'content/agencies/xa-minh-hoa/internal/nb-01.md:23:5  lỗi  step-time-quarter',
				'Tổng cộng: 1 lỗi, 0 điểm chưa tuân thủ, 0 cảnh báo.',
				'Ngày tham chiếu: 2026-06-30.',
			]);
			await repo.edit(PROCEDURE, 'days: 3', 'days: 4');
			const broken = await runQms(['validate', 'content', '--changed', 'main', '--format', 'json'], repo.root);
			expect(broken.code).toBe(1);
			const report = JSON.parse(broken.stdout) as {
				changed: unknown;
				errors: number;
				findings: Array<{ rule: string }>;
				context: Array<{ rule: string }>;
			};
			expect(report.changed).toEqual({ since: 'main', files: ['content/agencies/xa-minh-hoa/policy.md', `content/${PROCEDURE}`] });
			expect([report.errors, report.findings.map((f) => f.rule), report.context.map((f) => f.rule)]).toEqual([
				2,
				['step-time-sum', 'time-limit'],
				['step-time-quarter'],
			]);
			expect(await runQms(['validate', 'content', '--changed', 'khong-co'], repo.root)).toEqual({
				code: 2,
				stdout: '',
				stderr: `--changed "khong-co": không tìm thấy phiên bản này trong kho git chứa ${repo.content}. Kiểm tra tên nhánh hoặc mã commit; trong CI, lấy đủ lịch sử (ví dụ actions/checkout với fetch-depth: 0).\n`,
			});
		} finally {
			await repo.dispose();
		}
	});
});
