import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import type { Finding } from '../../src/lib/findings/finding.ts';
import { loadCorpus } from '../../src/lib/load/index.ts';
import type { HeldBack } from '../../src/lib/publish/index.ts';
import type { Report } from '../../src/lib/report/index.ts';
import { generateReportCorpus, procedure, type GeneratedCorpus } from '../fixtures/report/generate.ts';

async function qms(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(args, {
		cwd: '/',
		stdout: (text) => out.push(text),
		stderr: (text) => err.push(text),
		now: () => new Date('2026-07-20T03:00:00Z'),
		loadCorpus,
	});
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** What `qms report --format json` prints. */
type ReportJson = Report & { compliance: Finding[]; heldBack: HeldBack[] };

const NO_GIT =
	'Thư mục nội dung không nằm trong kho git nên không đọc được các lần ban hành trước: số tài liệu ban hành trong kỳ chỉ tính lần ban hành hiện hành của mỗi tài liệu. Khắc phục: dùng một bản sao git đầy đủ của kho tài liệu (git clone), không dùng bản xuất không có thư mục .git.';

describe('qms report', () => {
	let corpus: GeneratedCorpus;
	beforeAll(async () => {
		corpus = await generateReportCorpus();
	});
	afterAll(() => corpus.dispose());

	it('writes one CSV row per agency with a BOM and a Vietnamese header', async () => {
		const { code, stdout, stderr } = await qms(['report', corpus.root, '--format', 'csv']);
		// The generated corpus is a plain folder: the report says once that past issues are not counted.
		expect([code, stderr]).toEqual([0, NO_GIT]);
		expect(stdout.startsWith('\uFEFF')).toBe(true);
		const uncovered = Array.from({ length: 54 }, (_, index) => `1.${100_216 + index}`).join('; ');
		expect(stdout.slice(1).split('\r\n')).toEqual([
			'Mã cơ quan,Tên cơ quan,Cấp,TTHC được giao,TTHC có quy trình,Tỷ lệ (%),TTHC chưa có quy trình,Chính sách chất lượng,Mục tiêu chất lượng năm 2026,Quy trình nội bộ bắt buộc,Quy trình nội bộ đã có,Quy trình nội bộ còn thiếu,Đánh giá nội bộ gần nhất,Đánh giá nội bộ trong 12 tháng,Xem xét của lãnh đạo gần nhất,Xem xét của lãnh đạo trong 12 tháng,Công bố gần nhất,Cần công bố lại,Căn cứ pháp lý cần cập nhật,Quá hạn 3 tháng,Tài liệu ban hành trong kỳ,Đã gửi báo cáo tháng 06/2026,Hồ sơ tiếp nhận,Hồ sơ đã giải quyết,Giải quyết đúng hạn,Giải quyết quá hạn,Hồ sơ đang giải quyết,Tỉ lệ đúng hạn,Ngày kiểm tra,Điểm kiểm tra,Xếp loại,Mục tiêu đạt,Mục tiêu chưa đạt,Mục tiêu chưa đo',
			`so-kiem-thu,Sở Kiểm Thử,"Sở, ban, ngành",270,216,80.0,${uncovered},Có,Có,2,2,,2025-05-30,Không,2026-01-15,Có,2025-02-01,Có,1,0,2,Có,12000,10800,10775,25,455,99.77,2026-03-10,78.5,Khá,1,1,1`,
			'xa-kiem-thu,Ủy ban nhân dân xã Kiểm Thử,Cấp xã,3,3,100.0,,Có,Có,2,2,,2026-03-01,Có,2025-05-15,Không,2025-09-01,Không,0,0,1,Không,0,0,0,0,0,,2026-04-02,92,Tốt,0,0,1',
		]);
	});

	it('prints the full figures as JSON', async () => {
		const { code, stdout } = await qms(['report', corpus.root, '--format', 'json', '--as-of', '2026-06-30']);
		expect(code).toBe(0);
		const report = JSON.parse(stdout) as ReportJson;
		expect(Object.keys(report)).toEqual(['asOf', 'year', 'period', 'province', 'totals', 'levels', 'agencies', 'compliance', 'heldBack']);
		expect(report.totals.tthc).toEqual({ assigned: 273, covered: 219, percent: 80.2 });
		expect(report.agencies[0]?.coverage.percent).toBe(80);
		expect(report.agencies[0]?.audit.withinInterval).toBe(false);
		expect(report.agencies[0]?.declaration.added).toEqual(['1.100269']);
		expect(report.totals.dossiers).toEqual({
			received: 12000,
			resolved: 10800,
			resolvedOnTime: 10775,
			resolvedLate: 25,
			pending: 455,
			onTimePercent: 99.77,
		});
		expect(report.agencies.map((agency) => [agency.inspection?.date, agency.inspection?.score, agency.inspection?.grade])).toEqual([
			['2026-03-10', 78.5, 'Khá'],
			['2026-04-02', 92, 'Tốt'],
		]);
	});

	it('prints Vietnamese tables with the headline figures', async () => {
		const { stdout } = await qms(['report', corpus.root]);
		const lines = stdout.split('\n');
		expect(lines.slice(0, 2)).toEqual([
			'BÁO CÁO TÌNH HÌNH DUY TRÌ, CẢI TIẾN HTQLCL — Tỉnh Kiểm Thử',
			'Tính đến ngày 30/06/2026; tài liệu ban hành trong kỳ 01/06/2026 – 30/06/2026.',
		]);
		expect(lines).toContain(
			'Toàn tỉnh             2  219/273     80,2%         2        2        2              1              1                1                  1        0            3',
		);
		expect(lines).toContain(
			'Sở Kiểm Thử                  216/270     80,0%   Có    Có    2/2   30/05/2025 QUÁ HẠN  15/01/2026          CẦN          1 (quá hạn 0)                2',
		);
		expect(lines).toContain('  Công bố gần nhất: 15/QĐ-SKT ngày 01/02/2025 — CẦN CÔNG BỐ LẠI: thêm TTHC 1.100269; bỏ TTHC 1.100270.');
		expect(lines).toContain('  Xem xét của lãnh đạo gần nhất: 15/05/2025 (Biên bản 5/BB) — QUÁ HẠN, hạn 12 tháng: 15/05/2026.');
		expect(lines).toContain(
			'Toàn tỉnh       1/2        12.000     10.800         10.775    25       455              99,77%                    2       1            1           2',
		);
		expect(lines).toContain('Đơn vị đã gửi báo cáo tháng 06/2026: 1/2 (Sở Kiểm Thử).');
		expect(lines).toContain('Đơn vị chưa gửi báo cáo: Ủy ban nhân dân xã Kiểm Thử.');
		expect(lines).toContain(
			'  Hồ sơ TTHC: tiếp nhận 12.000, đã giải quyết 10.800 (đúng hạn 10.775, quá hạn 25, tỉ lệ đúng hạn 99,77%), đang giải quyết 455.',
		);
		expect(lines).toContain('  Kiểm tra của Ban chỉ đạo: ngày 10/03/2026, 78,5 điểm, xếp loại Khá (Thông báo 12/TB-BCĐ).');
		expect(lines).toContain('    - chưa đạt: Tỷ lệ hồ sơ đúng hạn: 99,5% kỳ 2026-05, mục tiêu ≥ 100%');
		expect(lines).toContain('  Hồ sơ TTHC: CHƯA GỬI BÁO CÁO tháng 06/2026.');
		const legal = lines.indexOf('  Căn cứ pháp lý cần cập nhật: 1, quá hạn 3 tháng: 0.');
		expect(lines.slice(legal, legal + 5)).toEqual([
			'  Căn cứ pháp lý cần cập nhật: 1, quá hạn 3 tháng: 0.',
			'    - QT-SKT-001 Quy trình số 1: 07/2026/QĐ-UBND đã bị thay thế bởi 30/2026/QĐ-UBND có hiệu lực từ 01/05/2026, đã 60 ngày, hạn cập nhật 01/08/2026.',
			'  Tài liệu ban hành trong kỳ: 2.',
			'    - CSCL-SKT Chính sách chất lượng, lần 2, ngày 10/06/2026',
			'    - QT-SKT-055 Quy trình số 55, lần 1, ngày 20/06/2026',
		]);
	});

	it('counts the period given by --from and --to', async () => {
		const { stdout } = await qms(['report', corpus.root, '--format', 'json', '--from', '2026-05-01', '--to', '2026-05-31']);
		const report = JSON.parse(stdout) as ReportJson;
		expect(report.period).toEqual({ from: '2026-05-01', to: '2026-05-31' });
		expect(report.totals.documentsChanged).toBe(1);
	});

	it('counts a legal update past its 3 months as a compliance finding, listed after the figures', async () => {
		const late = await generateReportCorpus();
		try {
			await late.write(
				'agencies/xa-kiem-thu/procedures/thu-tuc-mot.md',
				procedure('QT-XKT-01', 'Quy trình cấp xã một', ['2.200001'], ['05/2024/NĐ-CP']),
			);
			const csv = await qms(['report', late.root, '--format', 'csv']);
			expect([csv.code, csv.stderr]).toEqual([0, NO_GIT]);
			expect(csv.stdout.split('\r\n')[2]).toBe(
				'xa-kiem-thu,Ủy ban nhân dân xã Kiểm Thử,Cấp xã,3,2,66.7,2.200000,Có,Có,2,2,,2026-03-01,Có,2025-05-15,Không,2025-09-01,Không,1,1,1,Không,0,0,0,0,0,,2026-04-02,92,Tốt,0,0,1',
			);
			const text = (await qms(['report', late.root])).stdout.split('\n');
			const start = text.indexOf('ĐIỂM CHƯA TUÂN THỦ (4)');
			expect(start).toBeGreaterThan(0);
			expect(
				text.slice(start + 1).map((line) =>
					line
						.replace(`${late.root.slice(1)}/`, '')
						.split('  ')
						.slice(0, 3)
						.join('  '),
				),
			).toEqual([
				'agencies/so-kiem-thu/agency.yaml:7:5  chưa tuân thủ  redeclaration-due',
				'agencies/so-kiem-thu/agency.yaml:284:5  chưa tuân thủ  audit-overdue',
				'agencies/xa-kiem-thu/agency.yaml:19:5  chưa tuân thủ  review-overdue',
				'agencies/xa-kiem-thu/procedures/thu-tuc-mot.md:16:14  chưa tuân thủ  legal-outdated',
				'Tổng cộng: 0 lỗi, 4 điểm chưa tuân thủ, 0 cảnh báo.',
			]);
		} finally {
			await late.dispose();
		}
	});

	it('computes the figures from what the site publishes, leaving out a document with errors and saying so', async () => {
		const broken = await generateReportCorpus();
		try {
			await broken.write(
				'agencies/xa-kiem-thu/procedures/thu-tuc-mot.md',
				procedure('QT-XKT-01', 'Quy trình cấp xã một', ['9.999999'], ['05/2024/NĐ-CP']),
			);
			const { code, stdout, stderr } = await qms(['report', broken.root, '--format', 'json']);
			expect(code).toBe(0);
			expect(stderr).toBe(
				`Lưu ý: giữ lại 1 tệp có lỗi; số liệu tính theo những gì trang công bố (lần ban hành gần nhất không có lỗi, hoặc không tính). Chạy "qms validate" để xem và sửa.\n${NO_GIT}`,
			);
			const report = JSON.parse(stdout) as ReportJson;
			expect(report.agencies[1]?.coverage.uncovered.map((item) => item.code)).toEqual(['2.200000']);
			expect(
				report.heldBack.map((item) => [item.file.replace(`${broken.root.slice(1)}/`, ''), item.shown, item.findings.map((f) => f.rule)]),
			).toEqual([['agencies/xa-kiem-thu/procedures/thu-tuc-mot.md', null, ['tthc-unknown']]]);
		} finally {
			await broken.dispose();
		}
	});

	it('rejects bad options in Vietnamese with exit code 2', async () => {
		expect(await qms(['report', corpus.root, '--format', 'xlsx'])).toEqual({
			code: 2,
			stdout: '',
			stderr: '--format "xlsx" không hợp lệ. Chọn một trong: text, json, csv.',
		});
		expect(await qms(['report', corpus.root, '--as-of', '30/06/2026'])).toEqual({
			code: 2,
			stdout: '',
			stderr: '--as-of "30/06/2026" không phải ngày hợp lệ. Ghi theo dạng YYYY-MM-DD, ví dụ --as-of 2026-03-31.',
		});
		expect(await qms(['report', corpus.root, '--from', '2026-06-01'])).toEqual({
			code: 2,
			stdout: '',
			stderr: 'Ghi cả --from và --to để chọn kỳ báo cáo, ví dụ --from 2026-06-01 --to 2026-06-30.',
		});
		expect(await qms(['report', corpus.root, '--from', '2026-02-30', '--to', '2026-03-31'])).toEqual({
			code: 2,
			stdout: '',
			stderr: '--from "2026-02-30" không phải ngày hợp lệ. Ghi theo dạng YYYY-MM-DD, ví dụ --from 2026-06-01.',
		});
		expect(await qms(['report', corpus.root, '--from', '2026-06-30', '--to', '2026-06-01'])).toEqual({
			code: 2,
			stdout: '',
			stderr: 'Kỳ báo cáo không hợp lệ: --from 2026-06-30 sau --to 2026-06-01.',
		});
		expect((await qms(['report', '/khong-co-thu-muc'])).code).toBe(2);
	});
});
