import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import { exportCorpus } from '../../../src/lib/load/export.ts';
import { computeReport, exportReportInput, reportSource, type Report } from '../../../src/lib/report/index.ts';
import { generateReportCorpus, procedure, REPORT_AS_OF, type GeneratedCorpus } from '../../fixtures/report/generate.ts';

async function reportOf(root: string, asOf = REPORT_AS_OF, extra: Partial<Parameters<typeof computeReport>[1]> = {}): Promise<Report> {
	return computeReport(reportSource(exportReportInput(exportCorpus(await loadCorpus(root)))), { asOf, ...extra });
}

describe('computeReport on a corpus with known answers', () => {
	let corpus: GeneratedCorpus;
	let report: Report;
	beforeAll(async () => {
		corpus = await generateReportCorpus();
		report = await reportOf(corpus.root);
	});
	afterAll(() => corpus.dispose());

	it('reports only agencies in force, by level', () => {
		expect(report.agencies.map((agency) => agency.id)).toEqual(['so-kiem-thu', 'xa-kiem-thu']);
		expect(report.period).toEqual({ from: '2026-06-01', to: '2026-06-30' });
		expect(report.year).toBe(2026);
		expect(report.province).toEqual({ name: 'Tỉnh Kiểm Thử', secretariat: 'Sở Khoa học và Công nghệ tỉnh Kiểm Thử' });
	});

	it('counts 216 of 270 TTHC covered as 80.0%, leaving out a procedure not yet in effect', () => {
		const { coverage } = report.agencies[0]!;
		expect([coverage.assigned, coverage.covered, coverage.percent]).toEqual([270, 216, 80]);
		expect(coverage.uncovered).toHaveLength(54);
		expect(coverage.uncovered[0]).toEqual({ code: '1.100216', name: 'Thủ tục thử số 217' });
		expect(coverage.uncovered.at(-1)).toEqual({ code: '1.100269', name: 'Thủ tục thử số 270' });
		expect(coverage.coveredTthc[0]).toEqual({
			code: '1.100000',
			name: 'Thủ tục thử số 1',
			procedures: [{ slug: 'quy-trinh-001', code: 'QT-SKT-001' }],
		});
	});

	it('counts a TTHC covered by two procedures once and lists both', () => {
		const { coverage } = report.agencies[1]!;
		expect([coverage.assigned, coverage.covered, coverage.percent]).toEqual([3, 3, 100]);
		expect(coverage.coveredTthc[1]).toEqual({
			code: '2.200001',
			name: 'Thủ tục cấp xã số 2',
			procedures: [
				{ slug: 'thu-tuc-hai', code: 'QT-XKT-02' },
				{ slug: 'thu-tuc-mot', code: 'QT-XKT-01' },
			],
		});
	});

	it('marks an audit 13 months old as overdue and a review 5 months old as within 12 months', () => {
		const so = report.agencies[0]!;
		expect(so.audit).toEqual({ last: '2025-05-30', record: 'Báo cáo 2/BC', due: '2026-05-30', withinInterval: false });
		expect(so.review).toEqual({ last: '2026-01-15', record: 'Biên bản 3/BB', due: '2027-01-15', withinInterval: true });
		expect(report.agencies[1]!.review).toEqual({ last: '2025-05-15', record: 'Biên bản 5/BB', due: '2026-05-15', withinInterval: false });
	});

	it('finds a re-declaration due when the TTHC list changed since the last declaration', () => {
		expect(report.agencies[0]!.declaration).toEqual({
			last: { decision: '15/QĐ-SKT', date: '2025-02-01', kind: 'cong-bo' },
			redeclarationDue: true,
			reasons: ['tthc-added', 'tthc-removed'],
			added: ['1.100269'],
			removed: ['1.100270'],
			mergedFrom: [],
		});
		// The xã succeeded huyen-cu, which ended (2025-06-30) before the xã's declaration (2025-09-01).
		expect(report.agencies[1]!.declaration.redeclarationDue).toBe(false);
		expect(report.agencies[1]!.declaration.reasons).toEqual([]);
	});

	it('gives the days since a replacing decision took effect, within the 3 months', () => {
		expect(report.agencies[0]!.legal).toEqual({
			outdated: [
				{
					procedure: { slug: 'quy-trinh-001', code: 'QT-SKT-001', title: 'Quy trình số 1' },
					cited: '07/2026/QĐ-UBND',
					by: ['30/2026/QĐ-UBND'],
					description: 'đã bị thay thế bởi 30/2026/QĐ-UBND có hiệu lực',
					since: '2026-05-01',
					deadline: '2026-08-01',
					daysSince: 60,
					late: false,
				},
			],
			late: 0,
		});
	});

	it('lists the documents issued in the report month', () => {
		expect(report.agencies[0]!.changes.map((doc) => [doc.code, doc.issue, doc.issued])).toEqual([
			['CSCL-SKT', 2, '2026-06-10'],
			['QT-SKT-055', 1, '2026-06-20'],
		]);
		expect(report.agencies[1]!.changes.map((doc) => doc.code)).toEqual(['QT-XKT-02']);
	});

	it('adds the figures up for the province and per level', () => {
		expect(report.totals).toEqual({
			agencies: 2,
			tthc: { assigned: 273, covered: 219, percent: 80.2 },
			withPolicy: 2,
			withObjectives: 2,
			withAllInternal: 2,
			internalMissing: 0,
			auditWithinInterval: 1,
			reviewWithinInterval: 1,
			redeclarationDue: 1,
			legalOutdated: 1,
			legalLate: 0,
			documentsChanged: 3,
			dossiers: { received: 12000, resolved: 10800, resolvedOnTime: 10775, resolvedLate: 25, pending: 455, onTimePercent: 99.77 },
			reportingSent: 1,
			inspections: {
				inspected: 2,
				byGrade: [
					{ grade: 'Tốt', agencies: 1 },
					{ grade: 'Khá', agencies: 1 },
				],
			},
			objectiveResults: { met: 1, notMet: 1, notMeasured: 2 },
		});
		expect(report.levels.map((level) => [level.level, level.totals.agencies, level.totals.tthc.percent])).toEqual([
			['so-nganh', 1, 80],
			['cap-xa', 1, 100],
		]);
	});

	it('counts the dossiers of the report month: 10,800 resolved of which 25 late → 99.77 %', () => {
		expect(report.agencies[0]!.dossiers).toEqual({
			received: 12000,
			resolved: 10800,
			resolvedOnTime: 10775,
			resolvedLate: 25,
			pending: 455,
			onTimePercent: 99.77,
		});
		expect(report.agencies[1]!.dossiers).toEqual({
			received: 0,
			resolved: 0,
			resolvedOnTime: 0,
			resolvedLate: 0,
			pending: 0,
			onTimePercent: null,
		});
		expect(report.levels.map((level) => [level.level, level.totals.dossiers.resolved, level.totals.reportingSent])).toEqual([
			['so-nganh', 10800, 1],
			['cap-xa', 0, 0],
		]);
	});

	it('lists which agencies sent the month’s statistics, and the twelve months of the trend', () => {
		expect(report.agencies.map((agency) => agency.reporting)).toEqual([
			{ month: '2026-06', sent: true },
			{ month: '2026-06', sent: false },
		]);
		const trend = report.agencies[0]!.dossierTrend;
		expect(trend.map((item) => item.month)).toEqual([
			'2025-07',
			'2025-08',
			'2025-09',
			'2025-10',
			'2025-11',
			'2025-12',
			'2026-01',
			'2026-02',
			'2026-03',
			'2026-04',
			'2026-05',
			'2026-06',
		]);
		expect(trend.map((item) => item.figures?.received ?? null)).toEqual([
			null,
			null,
			null,
			null,
			null,
			null,
			null,
			null,
			null,
			null,
			500,
			12000,
		]);
	});

	it('grades the latest inspection by the province’s bands: 78.5 → Khá, 92 → Tốt', () => {
		expect(report.agencies.map((agency) => agency.inspection)).toEqual([
			{ date: '2026-03-10', score: 78.5, grade: 'Khá', body: 'Ban Chỉ đạo ISO tỉnh', mode: 'truc-tiep', record: 'Thông báo 12/TB-BCĐ' },
			{ date: '2026-04-02', score: 92, grade: 'Tốt', body: 'Ban Chỉ đạo ISO tỉnh', mode: 'qua-bao-cao', record: 'Thông báo 15/TB-BCĐ' },
		]);
	});

	it('judges each objective by its latest result, a ceiling by staying under it', () => {
		const { objectiveResults } = report.agencies[0]!;
		expect([objectiveResults.met, objectiveResults.notMet, objectiveResults.notMeasured]).toEqual([1, 1, 1]);
		expect(objectiveResults.items.map((item) => [item.indicator, item.latest, item.met])).toEqual([
			['Tỷ lệ hồ sơ đúng hạn', { period: '2026-05', value: 99.5 }, false],
			['Thời gian giải quyết trung bình', { period: '2026-Q1', value: 6.5 }, true],
			['Tỷ lệ hài lòng', null, null],
		]);
	});

	it('counts issues passed in, as a reader of the git history will give them', async () => {
		const issues = [
			{
				agency: 'xa-kiem-thu',
				kind: 'procedure' as const,
				slug: 'thu-tuc-mot',
				code: 'QT-XKT-01',
				title: 'Quy trình cấp xã một',
				issue: 1,
				issued: '2026-06-02',
				effective: '2026-06-02',
			},
		];
		const withIssues = await reportOf(corpus.root, REPORT_AS_OF, { issues });
		expect(withIssues.agencies.map((agency) => agency.changes.length)).toEqual([0, 1]);
		expect(withIssues.totals.documentsChanged).toBe(1);
	});

	it('takes the period given instead of the month', async () => {
		const may = await reportOf(corpus.root, REPORT_AS_OF, { period: { from: '2026-05-01', to: '2026-05-31' } });
		expect(may.agencies[0]!.changes.map((doc) => doc.code)).toEqual(['QT-SKT-054']);
		expect(may.agencies.map((agency) => agency.reporting.sent)).toEqual([true, true]);
		const twoMonths = await reportOf(corpus.root, REPORT_AS_OF, { period: { from: '2026-05-01', to: '2026-06-30' } });
		// Received and resolved over both months, pending at the end of June.
		expect(twoMonths.agencies[0]!.dossiers).toEqual({
			received: 12500,
			resolved: 11000,
			resolvedOnTime: 10970,
			resolvedLate: 30,
			pending: 455,
			onTimePercent: 99.73,
		});
	});

	it('takes no inspection dated after the as-of date', async () => {
		const march = await reportOf(corpus.root, '2026-03-31');
		expect(march.agencies.map((agency) => agency.inspection?.grade ?? null)).toEqual(['Khá', null]);
		expect(march.totals.inspections).toEqual({ inspected: 1, byGrade: [{ grade: 'Khá', agencies: 1 }] });
	});
});

describe('computeReport on changed corpora', () => {
	let corpus: GeneratedCorpus;
	beforeAll(async () => {
		corpus = await generateReportCorpus();
	});
	afterAll(() => corpus.dispose());

	it('marks a procedure late when the replacing law took effect 100 days ago', async () => {
		await corpus.write(
			'agencies/xa-kiem-thu/procedures/thu-tuc-mot.md',
			procedure('QT-XKT-01', 'Quy trình cấp xã một', ['2.200000', '2.200001'], ['05/2024/NĐ-CP']),
		);
		const report = await reportOf(corpus.root);
		expect(report.agencies[1]!.legal.outdated.map((item) => [item.cited, item.since, item.deadline, item.daysSince, item.late])).toEqual([
			['05/2024/NĐ-CP', '2026-03-22', '2026-06-22', 100, true],
		]);
		expect(report.agencies[1]!.legal.late).toBe(1);
		expect([report.totals.legalOutdated, report.totals.legalLate]).toEqual([2, 1]);
	});

	it('names the missing required internal processes and leaves optional ones out', async () => {
		const generated = await generateReportCorpus();
		try {
			await rm(join(generated.root, 'agencies/xa-kiem-thu/internal/nb-02.md'));
			const report = await reportOf(generated.root);
			expect(report.agencies[1]!.internal).toEqual({
				required: 2,
				present: [{ id: 'NB-01', name: 'Kiểm soát thông tin dạng văn bản', slug: 'nb-01', code: 'QTNB-XKT-01' }],
				missing: [{ id: 'NB-02', name: 'Đánh giá nội bộ' }],
			});
			expect([report.totals.withAllInternal, report.totals.internalMissing]).toEqual([1, 1]);
		} finally {
			await generated.dispose();
		}
	});

	it('finds a re-declaration due after a merger and a renaming, and without any declaration', async () => {
		await corpus.write(
			'agencies/huyen-cu/agency.yaml',
			'id: huyen-cu\nname: Ủy ban nhân dân huyện Cũ\nlevel: cap-huyen\nvalidTo: 2025-10-01\nsuccessor: xa-kiem-thu\nprovince: Tỉnh Kiểm Thử\ncontact:\n  address: Số 1\nscope: TTHC\n',
		);
		const agency = await readFile(join(corpus.root, 'agencies/xa-kiem-thu/agency.yaml'), 'utf8');
		await corpus.write('agencies/xa-kiem-thu/agency.yaml', agency.replace('validFrom: 2025-07-01', 'validFrom: 2025-10-02'));
		const merged = await reportOf(corpus.root, '2026-06-30');
		expect(merged.agencies[1]!.declaration.reasons).toEqual(['renamed', 'merged']);
		expect(merged.agencies[1]!.declaration.mergedFrom).toEqual(['huyen-cu']);
		const early = await reportOf(corpus.root, '2025-01-31');
		expect(early.agencies[0]!.declaration).toEqual({
			last: null,
			redeclarationDue: true,
			reasons: ['never-declared'],
			added: [],
			removed: [],
			mergedFrom: [],
		});
	});

	it('ignores audits dated after the as-of date', async () => {
		const report = await reportOf(corpus.root, '2025-05-29');
		expect(report.agencies[0]!.audit).toEqual({ last: '2024-05-20', record: 'Báo cáo 1/BC', due: '2025-05-20', withinInterval: false });
	});
});
