import { describe, expect, it } from 'vitest';
import { systemGit } from '../../../src/lib/history/git.ts';
import { readHistory } from '../../../src/lib/history/read-history.ts';
import { documentVersions, issueInForce } from '../../../src/lib/history/versions.ts';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import { issueProcedure, PROCEDURE, tempRepo } from '../../helpers/git-repo.ts';

describe('the issues of a document and the one in force', () => {
	it('joins recorded issues with the working tree and picks the issue in force on a day', async () => {
		const repo = await tempRepo();
		try {
			const first = await repo.commit('Ban hành lần 1');
			await issueProcedure(repo, 2, '2026-01-10', [
				['days: 3', 'days: 2.5'],
				['time: 2\n', 'time: 1.5\n'],
			]);
			const second = await repo.commit('Ban hành lần 2');
			// Issue 3 is signed but takes effect later, and is not committed yet.
			await issueProcedure(repo, 3, '2026-09-01', [
				['days: 2.5', 'days: 2'],
				['time: 1.5\n', 'time: 1\n'],
			]);
			const [history, corpus] = await Promise.all([readHistory(repo.content, systemGit), loadCorpus(repo.content)]);
			const doc = corpus.agencies[0]?.procedures[0];
			if (doc === undefined) throw new Error('procedure missing');
			const versions = documentVersions('procedure', doc, history.documents.get(PROCEDURE));
			expect(versions.map((v) => [v.issue, v.commit, v.current, (v.data as { days?: number }).days])).toEqual([
				[1, first, false, 3],
				[2, second, false, 2.5],
				[3, undefined, true, 2],
			]);
			const onJune = issueInForce(versions, '2026-06-30');
			expect(onJune.inForce?.issue).toBe(2);
			expect(onJune.upcoming.map((v) => v.issue)).toEqual([3]);
			const onOctober = issueInForce(versions, '2026-10-01');
			expect([onOctober.inForce?.issue, onOctober.upcoming.length]).toEqual([3, 0]);
		} finally {
			await repo.dispose();
		}
	});
});
