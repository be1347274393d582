import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCorpus } from '../../../src/lib/load/export.ts';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import { computeReport, exportReportInput, reportSource, type Report } from '../../../src/lib/report/index.ts';
import { noticeGroups, noticeHeading, placeDate, requestsTo } from '../../../src/lib/report/notice.ts';
import { noticeSummary } from '../../../src/lib/report/notice-summary.ts';
import { generateReportCorpus, REPORT_AS_OF, type GeneratedCorpus } from '../../fixtures/report/generate.ts';

describe('placeDate', () => {
	it('writes a zero before days under 10 and months under 3, as Nghị định 30 asks', () => {
		expect(placeDate('Huế', '2026-03-05')).toBe('Huế, ngày 05 tháng 3 năm 2026');
		expect(placeDate('Huế', '2026-02-15')).toBe('Huế, ngày 15 tháng 02 năm 2026');
		expect(placeDate('Huế', '2026-11-22')).toBe('Huế, ngày 22 tháng 11 năm 2026');
	});
});

describe('the monthly notice', () => {
	let corpus: GeneratedCorpus;
	let report: Report;
	beforeAll(async () => {
		corpus = await generateReportCorpus();
		report = computeReport(reportSource(exportReportInput(exportCorpus(await loadCorpus(corpus.root)))), { asOf: REPORT_AS_OF });
	});
	afterAll(() => corpus.dispose());

	it('is headed by the province committee, dated at the as-of date, titled with the month', () => {
		expect(noticeHeading(report)).toEqual({
			authority: 'UBND TỈNH KIỂM THỬ',
			body: 'BAN CHỈ ĐẠO ISO',
			placeDate: 'Kiểm Thử, ngày 30 tháng 6 năm 2026',
			subject: 'Tình hình duy trì, cải tiến HTQLCL tháng 06/2026',
		});
	});

	it('groups the agencies of its tables by level, numbered I, II…, with one running row number', () => {
		expect(
			noticeGroups(report).map((group) => ({ heading: group.heading, rows: group.rows.map((row) => [row.number, row.agency.name]) })),
		).toEqual([
			{ heading: 'I. Sở, ban, ngành', rows: [[1, 'Sở Kiểm Thử']] },
			{ heading: 'II. Cấp xã', rows: [[2, 'Ủy ban nhân dân xã Kiểm Thử']] },
		]);
	});

	it('asks each agency for what is missing or overdue', () => {
		expect(requestsTo(report.agencies[0]!)).toEqual([
			'xây dựng, ban hành quy trình cho 54 TTHC chưa có quy trình',
			'tổ chức đánh giá nội bộ (lần gần nhất ngày 30/05/2025, quá hạn từ ngày 30/05/2026)',
			'công bố lại HTQLCL do phạm vi đã thay đổi',
			'cập nhật căn cứ pháp lý cho 1 quy trình',
			'có biện pháp khắc phục đối với 1 mục tiêu chất lượng chưa đạt',
		]);
		expect(requestsTo(report.agencies[1]!)).toEqual([
			'tổ chức họp xem xét của lãnh đạo (lần gần nhất ngày 15/05/2025, quá hạn từ ngày 15/05/2026)',
			'gửi số liệu hồ sơ TTHC tháng 06/2026',
		]);
	});

	it('gives the general situation in the committees’ order, with the dossiers and the inspections', () => {
		expect(noticeSummary(report)).toEqual([
			{
				title: 'Kế hoạch, mục tiêu chất lượng',
				lines: [
					'Có mục tiêu chất lượng và kế hoạch thực hiện năm 2026: 2/2 cơ quan; có chính sách chất lượng: 2/2; đủ quy trình nội bộ bắt buộc: 2/2.',
					'Kết quả thực hiện mục tiêu (theo lần đo gần nhất): đạt 1, chưa đạt 1, chưa đo 2 mục tiêu.',
				],
			},
			{
				title: 'Đánh giá nội bộ, xem xét của lãnh đạo',
				lines: ['Đánh giá nội bộ trong 12 tháng: 1/2 cơ quan; họp xem xét của lãnh đạo trong 12 tháng: 1/2 cơ quan.'],
			},
			{
				title: 'Đơn vị gửi báo cáo',
				lines: ['Đơn vị đã gửi báo cáo tháng 06/2026: 1/2 (Sở Kiểm Thử).', 'Đơn vị chưa gửi báo cáo: Ủy ban nhân dân xã Kiểm Thử.'],
			},
			{
				title: 'Thủ tục hành chính có quy trình',
				lines: [
					'TTHC có quy trình giải quyết: 219/273 TTHC thuộc thẩm quyền, đạt 80,2%.',
					'Cơ quan cần công bố lại do thay đổi phạm vi: 1; căn cứ pháp lý cần cập nhật vào quy trình: 1, trong đó quá hạn 3 tháng: 0; tài liệu ban hành mới, sửa đổi trong tháng: 3.',
				],
			},
			{
				title: 'Giải quyết hồ sơ',
				lines: [
					'Tháng 06/2026: tiếp nhận 12.000 hồ sơ; đã giải quyết 10.800, trong đó đúng hạn 10.775 (99,77%), quá hạn 25 (0,23%); đang giải quyết 455.',
				],
			},
			{
				title: 'Kết quả kiểm tra',
				lines: [
					'Đã kiểm tra 2/2 cơ quan: Sở Kiểm Thử 78,5 điểm (Khá, ngày 10/03/2026); Ủy ban nhân dân xã Kiểm Thử 92 điểm (Tốt, ngày 02/04/2026).',
				],
			},
		]);
	});
});
