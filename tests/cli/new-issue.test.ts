import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { loadCorpus } from '../../src/lib/load/index.ts';
import { runQms } from '../helpers/cli.ts';
import { scratchCorpus, type ScratchCorpus } from '../helpers/corpus.ts';
import { tempRepo } from '../helpers/git-repo.ts';

const AGENCY = 'agencies/xa-minh-hoa';
const PROCEDURE = `${AGENCY}/procedures/dang-ky-khai-sinh.md`;
/** One file of each controlled document kind of the fixture: policy, objectives, procedure, internal process. */
const DOCUMENTS = [
	{ file: `${AGENCY}/policy.md`, code: 'CSCL-MH' },
	{ file: `${AGENCY}/objectives/2026.md`, code: 'MTCL-MH-2026' },
	{ file: PROCEDURE, code: 'QT-MH-01' },
	{ file: `${AGENCY}/internal/nb-01.md`, code: 'QTNB-MH-01' },
];
const CHANGE = ['--part', 'Mục 5.4 Thời hạn giải quyết', '--change', 'Giảm thời hạn từ 3 xuống 2 ngày làm việc'];

let corpus: ScratchCorpus;

/** `qms` in-process, run from the scratch corpus folder (whose files are the content folder `.`) unless told where. */
async function qms(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	return qmsIn(corpus.root, args);
}

async function qmsIn(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(args, {
		cwd,
		stdout: (text) => out.push(text),
		stderr: (text) => err.push(text),
		now: () => new Date('2026-05-03T18:30:00Z'),
		loadCorpus,
	});
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

beforeEach(async () => {
	corpus = await scratchCorpus();
});
afterEach(() => corpus.dispose());

describe('qms new-issue', () => {
	it('raises every kind of controlled document to its next issue, dated today in Vietnam, and reminds that it needs approving again', async () => {
		for (const { file, code } of DOCUMENTS) {
			const before = await corpus.read(file);
			const result = await qms('new-issue', file, '--content', '.', ...CHANGE);
			expect(result).toEqual({
				code: 0,
				stderr: '',
				stdout: [
					`Đã nâng lần ban hành của ${file} (${code}) từ 1 lên 2: ngày ban hành 04/05/2026, ngày hiệu lực 04/05/2026; đã thêm dòng theo dõi sửa đổi lần 2 (Mục 5.4 Thời hạn giải quyết).`,
					'Lần ban hành 2 phải được phê duyệt lại trước khi công bố: người phê duyệt (approved) đang ghi Nguyễn Văn An, Chủ tịch UBND xã; sửa "approved", "reviewed", "drafted" nếu người ký lần này khác.',
					'Sửa nội dung tài liệu theo thay đổi, chạy "qms validate" rồi tạo commit.',
				].join('\n'),
			});
			expect(await corpus.read(file)).toBe(
				before
					.replace('issue: 1\nissued: 2025-08-01\neffective: 2025-08-05\n', 'issue: 2\nissued: 2026-05-04\neffective: 2026-05-04\n')
					.replace(
						'    description: Ban hành lần đầu\n',
						'    description: Ban hành lần đầu\n  - issue: 2\n    date: 2026-05-04\n    part: Mục 5.4 Thời hạn giải quyết\n    description: Giảm thời hạn từ 3 xuống 2 ngày làm việc\n',
					),
			);
		}
		expect(await readdir(join(corpus.root, AGENCY, 'procedures'))).toEqual(['dang-ky-khai-sinh.md']);
	});

	it('takes the issue and effective dates from --date and --effective, and raises again from there', async () => {
		expect((await qms('new-issue', PROCEDURE, '--content', '.', ...CHANGE, '--date', '2026-06-01', '--effective', '2026-06-15')).code).toBe(
			0,
		);
		const again = await qms(
			'new-issue',
			PROCEDURE,
			'--content',
			'.',
			'--part',
			'Mục 5.2',
			'--change',
			'Bỏ bản sao giấy chứng sinh',
			'--date',
			'2026-06-01',
		);
		expect([again.code, again.stdout.split('\n')[0]]).toEqual([
			0,
			`Đã nâng lần ban hành của ${PROCEDURE} (QT-MH-01) từ 2 lên 3: ngày ban hành 01/06/2026, ngày hiệu lực 01/06/2026; đã thêm dòng theo dõi sửa đổi lần 3 (Mục 5.2).`,
		]);
		expect(await corpus.read(PROCEDURE)).toContain(
			'issue: 3\nissued: 2026-06-01\neffective: 2026-06-01\n' +
				'drafted: { name: Lê Thị Hoa, title: Công chức Văn phòng - Thống kê }\nreviewed: { name: Trần Văn Bình, title: Phó Chủ tịch UBND xã }\napproved: { name: Nguyễn Văn An, title: Chủ tịch UBND xã }\n' +
				'revisions:\n  - issue: 1\n    date: 2025-08-01\n    part: Toàn bộ\n    description: Ban hành lần đầu\n' +
				'  - issue: 2\n    date: 2026-06-01\n    part: Mục 5.4 Thời hạn giải quyết\n    description: Giảm thời hạn từ 3 xuống 2 ngày làm việc\n' +
				'  - issue: 3\n    date: 2026-06-01\n    part: Mục 5.2\n    description: Bỏ bản sao giấy chứng sinh\ntthc: [1.001193]\n',
		);
	});

	it('refuses bad options and files in Vietnamese with exit code 2, leaving the file as it was', async () => {
		const before = await corpus.read(PROCEDURE);
		const cases: Array<[string[], string]> = [
			[
				[],
				'Ghi tệp tài liệu cần ban hành lại, ví dụ: qms new-issue content/agencies/so-tu-phap/procedures/cap-phieu-ly-lich-tu-phap.md --part "Mục 5.4 Thời hạn giải quyết" --change "Giảm thời hạn từ 15 xuống 10 ngày làm việc".',
			],
			[
				[PROCEDURE, '--change', 'Giảm thời hạn'],
				'Ghi phần được sửa đổi bằng --part, ví dụ --part "Mục 5.4 Thời hạn giải quyết" (cả tài liệu: --part "Toàn bộ").',
			],
			[
				[PROCEDURE, '--part', 'Mục 5\nMục 6', '--change', 'Giảm thời hạn'],
				'Ghi phần được sửa đổi bằng --part (chỉ ghi trên một dòng, không xuống dòng), ví dụ --part "Mục 5.4 Thời hạn giải quyết" (cả tài liệu: --part "Toàn bộ").',
			],
			[
				[PROCEDURE, '--part', 'Mục 5'],
				'Ghi tóm tắt nội dung sửa đổi bằng --change, ví dụ --change "Giảm thời hạn giải quyết từ 15 xuống 10 ngày làm việc theo Nghị định 118/2025/NĐ-CP".',
			],
			[
				[PROCEDURE, '--part', 'Mục 5', '--change', '  '],
				'Ghi tóm tắt nội dung sửa đổi bằng --change (không được để trống), ví dụ --change "Giảm thời hạn giải quyết từ 15 xuống 10 ngày làm việc theo Nghị định 118/2025/NĐ-CP".',
			],
			[
				[PROCEDURE, ...CHANGE, '--date', '2026-02-30'],
				'--date "2026-02-30" không phải ngày hợp lệ. Ghi theo dạng YYYY-MM-DD, ví dụ --date 2026-05-04.',
			],
			[
				[PROCEDURE, ...CHANGE, '--date', '2026-06-01', '--effective', '1/6/2026'],
				'--effective "1/6/2026" không phải ngày hợp lệ. Ghi theo dạng YYYY-MM-DD, ví dụ --effective 2026-06-01.',
			],
			[
				[PROCEDURE, ...CHANGE, '--date', '2026-06-01', '--effective', '2026-05-31'],
				'Ngày hiệu lực 31/05/2026 trước ngày ban hành 01/06/2026. Tài liệu chỉ có hiệu lực từ ngày ban hành trở đi: ghi --effective từ 2026-06-01 trở đi.',
			],
			[
				[PROCEDURE, ...CHANGE, '--date', '2025-07-31'],
				'Ngày ban hành mới 31/07/2025 trước ngày ban hành 01/08/2025 của lần ban hành hiện hành (lần 1). Lần ban hành mới không được ban hành trước lần hiện hành: ghi --date từ 2025-08-01 trở đi.',
			],
			[
				[`${AGENCY}/procedures/khong-co.md`, ...CHANGE],
				`Không đọc được tệp "${AGENCY}/procedures/khong-co.md". Kiểm tra đường dẫn (tính từ thư mục đang đứng).`,
			],
			[[`${AGENCY}/procedures`, ...CHANGE], `Không đọc được tệp "${AGENCY}/procedures". Kiểm tra đường dẫn (tính từ thư mục đang đứng).`],
			[
				[`${AGENCY}/agency.yaml`, ...CHANGE],
				`${AGENCY}/agency.yaml không phải tài liệu được kiểm soát nên không có lần ban hành. Lệnh này dùng cho: Chính sách chất lượng (policy.md), Mục tiêu chất lượng (objectives/*.md), Quy trình giải quyết thủ tục hành chính (procedures/*.md), Quy trình nội bộ (internal/*.md) trong thư mục agencies/<mã>/.`,
			],
			[
				[`${AGENCY}/forms/bm-01.md`, ...CHANGE],
				`${AGENCY}/forms/bm-01.md không phải tài liệu được kiểm soát nên không có lần ban hành. Lệnh này dùng cho: Chính sách chất lượng (policy.md), Mục tiêu chất lượng (objectives/*.md), Quy trình giải quyết thủ tục hành chính (procedures/*.md), Quy trình nội bộ (internal/*.md) trong thư mục agencies/<mã>/.`,
			],
		];
		for (const [args, message] of cases) {
			expect(await qms('new-issue', ...args, '--content', '.')).toEqual({ code: 2, stdout: '', stderr: message });
		}
		expect(await qms('new-issue', PROCEDURE, ...CHANGE)).toEqual({
			code: 2,
			stdout: '',
			stderr:
				'Không tìm thấy thư mục nội dung "content". Chạy lệnh trong thư mục dự án, hoặc ghi đường dẫn tới thư mục chứa province.yaml và agencies/.',
		});
		expect(await qms('new-issue', `../${PROCEDURE}`, '--content', AGENCY, ...CHANGE)).toEqual({
			code: 2,
			stdout: '',
			stderr: `Tệp "../${PROCEDURE}" không nằm trong thư mục nội dung "${AGENCY}". Ghi đường dẫn tới tài liệu trong thư mục đó, hoặc chọn thư mục bằng --content.`,
		});
		expect(await corpus.read(PROCEDURE)).toBe(before);
	});

	it('lists the errors of a document that does not validate, exits 1 and writes nothing', async () => {
		await corpus.edit(PROCEDURE, 'issue: 1\n', 'issue: 1.5\n');
		await corpus.edit(PROCEDURE, 'approved: { name: Nguyễn Văn An, title: Chủ tịch UBND xã }', 'approved: { name: Nguyễn Văn An }');
		const before = await corpus.read(PROCEDURE);
		expect(await qms('new-issue', PROCEDURE, '--content', '.', ...CHANGE)).toEqual({
			code: 1,
			stdout: '',
			stderr: [
				`./${PROCEDURE}:4:1  lỗi  schema  Trường "issue": lần ban hành phải là số nguyên.`,
				`./${PROCEDURE}:9:1  lỗi  schema  Trường "approved.title": thiếu trường bắt buộc; cần ghi chữ.`,
				'Tổng cộng: 2 lỗi, 0 điểm chưa tuân thủ, 0 cảnh báo.',
				`Không ghi gì vào ${PROCEDURE}. Sửa các lỗi trên rồi chạy lại lệnh.`,
			].join('\n'),
		});
		expect(await corpus.read(PROCEDURE)).toBe(before);
	});

	it('exits 1 without writing when the edit could not keep the other lines as they are', async () => {
		await corpus.edit(PROCEDURE, 'issued: 2025-08-01', 'issued: &ngay 2025-08-01');
		await corpus.edit(PROCEDURE, '    date: 2025-08-01', '    date: *ngay');
		const before = await corpus.read(PROCEDURE);
		expect(await qms('new-issue', PROCEDURE, '--content', '.', ...CHANGE)).toEqual({
			code: 1,
			stdout: '',
			stderr: `Không sửa được phần thông tin đầu tệp ${PROCEDURE} mà vẫn giữ nguyên các dòng khác (cách viết YAML ở đây khác thường: tham chiếu &/*, bảng theo dõi sửa đổi không viết mỗi dòng một mục "- "…). Sửa tay: tăng "issue" lên 2, ghi "issued", "effective" và thêm dòng cuối vào "revisions". Không ghi gì vào ${PROCEDURE}.`,
		});
		expect(await corpus.read(PROCEDURE)).toBe(before);
	});

	it('is listed in qms --help with its options', async () => {
		const help = await qms('--help');
		expect(help.stdout)
			.toContain(`qms new-issue <tệp.md> --part "phần sửa đổi" --change "nội dung sửa đổi" [--date YYYY-MM-DD] [--effective YYYY-MM-DD] [--content thư-mục]
  Chuyển một tài liệu được kiểm soát`);
	});

	it('leaves the document whole when the new text cannot be written beside it', async () => {
		const before = await corpus.read(PROCEDURE);
		// A folder where the command writes its temporary copy makes the write fail as a full disk would.
		await mkdir(join(corpus.root, `${PROCEDURE}.${process.pid}.tmp`));
		expect(await qms('new-issue', PROCEDURE, '--content', '.', ...CHANGE)).toEqual({
			code: 2,
			stdout: '',
			stderr: `Không ghi được ${PROCEDURE} (EISDIR); tệp vẫn như cũ. Kiểm tra quyền ghi và dung lượng đĩa rồi chạy lại.`,
		});
		expect(await corpus.read(PROCEDURE)).toBe(before);
	});

	it('writes files that the real qms validate accepts, and exits 2 without a stack trace on bad input', async () => {
		for (const { file } of DOCUMENTS) {
			const result = await runQms([
				'new-issue',
				join(corpus.root, file),
				'--content',
				corpus.root,
				...CHANGE,
				'--date',
				'2026-06-01',
				'--effective',
				'2026-06-08',
			]);
			expect([result.code, result.stderr]).toEqual([0, '']);
		}
		expect(await runQms(['validate', corpus.root])).toEqual({
			code: 0,
			stdout: 'Không có lỗi hay cảnh báo nào.\nNgày tham chiếu: 2026-06-30.\n',
			stderr: '',
		});
		expect(await runQms(['new-issue', join(corpus.root, PROCEDURE), '--content', corpus.root, ...CHANGE, '--date', '2026-05-31'])).toEqual({
			code: 2,
			stdout: '',
			stderr:
				'Ngày ban hành mới 31/05/2026 trước ngày ban hành 01/06/2026 của lần ban hành hiện hành (lần 2). Lần ban hành mới không được ban hành trước lần hiện hành: ghi --date từ 2026-06-01 trở đi.\n',
		});
	});

	it('gives a change of content the new issue that qms diff asks reviewers for', async () => {
		const repo = await tempRepo();
		try {
			const from = await repo.commit('Ban hành lần 1');
			await repo.edit(PROCEDURE, 'days: 3', 'days: 2.5');
			await repo.edit(PROCEDURE, 'time: 2\n', 'time: 1.5\n');
			const raised = await qmsIn(repo.root, [
				'new-issue',
				`content/${PROCEDURE}`,
				'--part',
				'Mục 5.4 Thời hạn giải quyết',
				'--change',
				'Giảm thời hạn từ 3 xuống 2,5 ngày làm việc',
				'--date',
				'2026-01-10',
				'--effective',
				'2026-01-15',
			]);
			expect([raised.code, raised.stderr]).toEqual([0, '']);
			await repo.commit('Ban hành lần 2');
			expect(await runQms(['diff', from, 'HEAD'], repo.root)).toEqual({
				code: 0,
				stderr: '',
				stdout: `## Thay đổi tài liệu HTQLCL: ${from} → HEAD

### Sửa đổi: QT-MH-01 Quy trình đăng ký khai sinh (lần 1 → lần 2)

Cơ quan: \`xa-minh-hoa\` · Tệp: \`agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md\`

- Thời hạn giải quyết: 3 → 2,5 ngày làm việc
- Thời gian bước «Thẩm định, trình ký»: 2 ngày → 1,5 ngày
- Ngày hiệu lực: 05/08/2025 → 15/01/2026

`,
			});
		} finally {
			await repo.dispose();
		}
	});
});
