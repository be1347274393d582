import { describe, expect, it } from 'vitest';
import { systemGit } from '../../../src/lib/history/git.ts';
import { readHistory } from '../../../src/lib/history/read-history.ts';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import { computeReport, exportReportInput, reportSource } from '../../../src/lib/report/index.ts';
import { historyIssues } from '../../../src/lib/report/history-issues.ts';
import { exportCorpus } from '../../../src/lib/load/export.ts';
import { issueProcedure, tempRepo } from '../../helpers/git-repo.ts';

describe('documents changed in the period, from git history', () => {
	it('counts every issue signed in the period, including issues no longer in force', async () => {
		const repo = await tempRepo();
		try {
			await repo.commit('Ban hành lần 1');
			await issueProcedure(repo, 2, '2026-06-03', [
				['days: 3', 'days: 2.5'],
				['time: 2\n', 'time: 1.5\n'],
			]);
			await repo.commit('Ban hành lần 2');
			await issueProcedure(repo, 3, '2026-06-20', [
				['days: 2.5', 'days: 2'],
				['time: 1.5\n', 'time: 1\n'],
			]);
			await repo.commit('Ban hành lần 3');
			const [corpus, history] = await Promise.all([loadCorpus(repo.content), readHistory(repo.content, systemGit)]);
			const issues = historyIssues(corpus, history.documents);
			expect(issues.filter((item) => item.code === 'QT-MH-01').map((item) => [item.issue, item.issued])).toEqual([
				[1, '2025-08-01'],
				[2, '2026-06-03'],
				[3, '2026-06-20'],
			]);
			const report = computeReport(reportSource(exportReportInput(exportCorpus(corpus))), { asOf: '2026-06-30', issues });
			expect(report.agencies[0]?.changes.map((doc) => `${doc.code} lần ${doc.issue}`)).toEqual(['QT-MH-01 lần 2', 'QT-MH-01 lần 3']);
		} finally {
			await repo.dispose();
		}
	});
});
