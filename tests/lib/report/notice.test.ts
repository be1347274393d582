import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCorpus } from '../../../src/lib/load/export.ts';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import { computeReport, exportReportInput, reportSource, type Report } from '../../../src/lib/report/index.ts';
import { noticeHeading, placeDate, requestsTo } from '../../../src/lib/report/notice.ts';
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

	it('asks each agency for what is missing or overdue', () => {
		expect(requestsTo(report.agencies[0]!)).toEqual([
			'xây dựng, ban hành quy trình cho 54 TTHC chưa có quy trình',
			'tổ chức đánh giá nội bộ (lần gần nhất ngày 30/05/2025, quá hạn từ ngày 30/05/2026)',
			'công bố lại HTQLCL do phạm vi đã thay đổi',
			'cập nhật căn cứ pháp lý cho 1 quy trình',
		]);
		expect(requestsTo(report.agencies[1]!)).toEqual(['tổ chức họp xem xét của lãnh đạo (lần gần nhất ngày 15/05/2025, quá hạn từ ngày 15/05/2026)']);
	});
});
