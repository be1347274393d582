import { afterEach, describe, expect, it } from 'vitest';
import { runQms } from '../helpers/cli.ts';
import { issueProcedure, PROCEDURE, tempRepo, type TempRepo } from '../helpers/git-repo.ts';

let repo: TempRepo;
afterEach(async () => repo?.dispose());

describe('qms diff', () => {
	it('lists the changed documents with their field changes, ready to paste in a review', async () => {
		repo = await tempRepo();
		const from = await repo.commit('Ban hành lần 1');
		await issueProcedure(repo, 2, '2026-01-10', [
			['days: 3', 'days: 2.5'],
			['time: 2\n', 'time: 1.5\n'],
			['  - name: Giấy chứng sinh\n    copy: ban-chinh\n', ''],
		]);
		await repo.commit('Ban hành lần 2');
		const result = await runQms(['diff', from, 'HEAD'], repo.root);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toBe(`## Thay đổi tài liệu HTQLCL: ${from} → HEAD

### Sửa đổi: QT-MH-01 Quy trình đăng ký khai sinh (lần 1 → lần 2)

Cơ quan: \`xa-minh-hoa\` · Tệp: \`agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md\`

- Thời hạn giải quyết: 3 → 2,5 ngày làm việc
- Thành phần hồ sơ: không còn yêu cầu «Giấy chứng sinh»
- Thời gian bước «Thẩm định, trình ký»: 2 ngày → 1,5 ngày
- Ngày hiệu lực: 05/08/2025 → 10/01/2026

`);
	});

	it('prints titles and values from the documents as text in the Markdown, never as HTML, links or headings', async () => {
		repo = await tempRepo();
		const from = await repo.commit('Ban hành lần 1');
		await issueProcedure(repo, 2, '2026-01-10', [
			['title: Quy trình đăng ký khai sinh', 'title: "Khai sinh <script>alert(1)</script> [bấm](javascript:alert(1)) *gấp*"'],
			['result: ', 'result: "<img src=x onerror=alert(1)>" # '],
		]);
		await repo.commit('Ban hành lần 2');
		const result = await runQms(['diff', from, 'HEAD'], repo.root);
		expect(result.stderr).toBe('');
		expect(result.stdout).toBe(`## Thay đổi tài liệu HTQLCL: ${from} → HEAD

### Sửa đổi: QT-MH-01 Khai sinh \\<script\\>alert(1)\\</script\\> \\[bấm\\](javascript:alert(1)) \\*gấp\\* (lần 1 → lần 2)

Cơ quan: \`xa-minh-hoa\` · Tệp: \`agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md\`

- Kết quả: Giấy khai sinh → \\<img src=x onerror=alert(1)\\>
- Tên tài liệu: Quy trình đăng ký khai sinh → Khai sinh \\<script\\>alert(1)\\</script\\> \\[bấm\\](javascript:alert(1)) \\*gấp\\*
- Ngày hiệu lực: 05/08/2025 → 10/01/2026

`);
	});

	it('fails on content changed without a new issue, and on a new issue without a revision row', async () => {
		repo = await tempRepo();
		const from = await repo.commit('Ban hành lần 1');
		await repo.edit(PROCEDURE, 'days: 3', 'days: 2.5');
		await repo.edit(PROCEDURE, 'time: 2\n', 'time: 1.5\n');
		await repo.edit('agencies/xa-minh-hoa/policy.md', 'issue: 1', 'issue: 2');
		await repo.commit('Sửa thẳng vào tài liệu đã ban hành');
		const result = await runQms(['diff', from, 'HEAD', '--format', 'json'], repo.root);
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout) as {
			documents: Array<{ code: string; fromIssue: number; toIssue: number }>;
			findings: Array<{ file: string; line: number; rule: string; message: string }>;
		};
		expect(report.documents.map((doc) => [doc.code, doc.fromIssue, doc.toIssue])).toEqual([
			['CSCL-MH', 1, 2],
			['QT-MH-01', 1, 1],
		]);
		expect(report.findings.map((item) => `${item.file}:${item.line} ${item.rule} ${item.message}`)).toEqual([
			'agencies/xa-minh-hoa/policy.md:10 revision-missing "CSCL-MH" lên lần ban hành 2 nhưng bảng theo dõi sửa đổi chưa có dòng cho lần này. Thêm dòng: issue 2, ngày ban hành, phần sửa đổi và nội dung sửa đổi.',
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:4 issue-not-raised Nội dung "QT-MH-01" đã thay đổi nhưng vẫn ghi lần ban hành 1. Tài liệu đã ban hành không được sửa âm thầm: tăng "issue" lên 2, cập nhật ngày ban hành, hiệu lực và thêm dòng vào bảng theo dõi sửa đổi.',
		]);
	});

	it('lets the measured results of the objectives be recorded without a new issue', async () => {
		repo = await tempRepo();
		const from = await repo.commit('Ban hành lần 1');
		await repo.edit(
			'agencies/xa-minh-hoa/objectives/2026.md',
			'    owner: Văn phòng HĐND và UBND xã\n',
			'    owner: Văn phòng HĐND và UBND xã\n    results:\n      - { period: 2026-Q1, value: 99.5 }\n',
		);
		await repo.commit('Ghi kết quả quý I');
		const result = await runQms(['diff', from, 'HEAD', '--format', 'json'], repo.root);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toMatchObject({ findings: [] });
	});

	it('explains an unknown revision in Vietnamese with exit 2', async () => {
		repo = await tempRepo();
		await repo.commit('Ban hành lần 1');
		const result = await runQms(['diff', 'khong-co-nhanh', 'HEAD'], repo.root);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(
			/^Không đọc được phiên bản "khong-co-nhanh" trong kho git chứa .*content\. Kiểm tra tên nhánh hoặc mã commit/,
		);
	});
});
