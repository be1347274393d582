import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemGit } from '../../../src/lib/history/git.ts';
import { readHistory, type HistoryResult } from '../../../src/lib/history/read-history.ts';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import type { Corpus } from '../../../src/lib/load/corpus.ts';
import { needsHistory, selectPublication } from '../../../src/lib/publish/select.ts';
import { todayInVietnam } from '../../../src/lib/text/dates.ts';
import { validateCorpus } from '../../../src/lib/validate/index.ts';
import { scratchCorpus } from '../../helpers/corpus.ts';
import { issueProcedure, PROCEDURE, tempRepo, type TempRepo } from '../../helpers/git-repo.ts';

const AS_OF = '2026-06-30';
const AMENDED = 'agencies/xa-minh-hoa/procedures/cai-chinh.md';
const NEW = 'agencies/xa-minh-hoa/procedures/moi.md';
const REGISTRY = 'catalogue/legal/all.yaml';
const LOCAL_RULE = '- number: 01/2000/QĐ-UBND\n  title: Quy định cũ\n  issuer: UBND tỉnh\n  issued: 2000-01-01\n  effective: 2000-01-01\n';

/** Issue and code of every procedure of the one agency, as published. */
const procedures = (corpus: Corpus) =>
	corpus.agencies.flatMap((folder) => folder.procedures.map((doc) => `${doc.file} ${doc.data.code} lần ${doc.data.issue}`));

describe('choosing what to publish from a corpus and its git history', () => {
	let repo: TempRepo;
	let history: HistoryResult;
	let corpus: Corpus;
	const commits: Record<string, string> = {};
	const dateOf = async (commit: string) => todayInVietnam(new Date(await repo.git('log', '-1', '--format=%cI', commit)));

	beforeAll(async () => {
		repo = await tempRepo();
		const original = await repo.read(PROCEDURE);
		await repo.write(
			AMENDED,
			original
				.replace('code: QT-MH-01', 'code: QT-MH-03')
				.replace('legalBases: [60/2014/QH13, 123/2015/NĐ-CP]', 'legalBases: [60/2014/QH13]'),
		);
		commits['1'] = await repo.commit('Ban hành lần 1');
		await issueProcedure(repo, 2, '2026-01-10', [
			['days: 3', 'days: 2.5'],
			['time: 2\n', 'time: 1.5\n'],
		]);
		await issueProcedure(repo, 2, '2026-01-10', [['legalBases: [60/2014/QH13]', 'legalBases: [60/2014/QH13, 01/2000/QĐ-UBND]']], AMENDED);
		await repo.write(REGISTRY, `${await repo.read(REGISTRY)}${LOCAL_RULE}`);
		commits['2'] = await repo.commit('Ban hành lần 2');
		// Issue 3 of each: the steps no longer add up to the time limit; the registry drops the rule issue 2 of AMENDED cites.
		await issueProcedure(repo, 3, '2026-03-01', [['days: 2.5', 'days: 2']]);
		await issueProcedure(repo, 3, '2026-03-01', [['days: 3', 'days: 2']], AMENDED);
		await repo.edit(REGISTRY, LOCAL_RULE, '');
		await repo.write(NEW, original.replace('code: QT-MH-01', 'code: QT-MH-04').replace('days: 3', 'days: 2'));
		commits['3'] = await repo.commit('Ban hành lần 3');
		corpus = await loadCorpus(repo.content);
		history = await readHistory(repo.content, systemGit);
	});
	afterAll(() => repo.dispose());

	it('publishes for each document with errors its newest issue without any, judged in the corpus as it is now', async () => {
		const findings = validateCorpus(corpus, { asOf: AS_OF });
		expect(needsHistory(findings)).toBe(true);
		const publication = selectPublication(corpus, findings, AS_OF, history);
		expect(publication.siteErrors).toEqual([]);
		expect(
			publication.heldBack.map(({ findings: errors, ...item }) => ({
				...item,
				rules: errors.map((f) => `${f.line}:${f.column} ${f.rule}`),
			})),
		).toEqual([
			// Issue 2 cites a rule no longer in the registry: issue 1 stands in.
			{
				file: AMENDED,
				agency: 'xa-minh-hoa',
				kind: 'procedure',
				shown: { issue: 1, commit: commits['1'], date: await dateOf(commits['1'] ?? '') },
				rules: ['24:28 legal-unknown', '32:1 step-time-sum'],
			},
			{
				file: PROCEDURE,
				agency: 'xa-minh-hoa',
				kind: 'procedure',
				shown: { issue: 2, commit: commits['2'], date: await dateOf(commits['2'] ?? '') },
				rules: ['32:1 step-time-sum'],
			},
			// Never committed without errors: left out.
			{ file: NEW, agency: 'xa-minh-hoa', kind: 'procedure', shown: null, rules: ['24:1 step-time-sum'] },
		]);
		expect(publication.heldBack[1]?.findings[0]?.message).toBe(findings.find((f) => f.file === PROCEDURE)?.message);
		expect(procedures(publication.corpus)).toEqual([`${AMENDED} QT-MH-03 lần 1`, `${PROCEDURE} QT-MH-01 lần 2`]);
		expect(validateCorpus(publication.corpus, { asOf: AS_OF }).filter((f) => f.severity === 'error')).toEqual([]);
		// The corpus read from disk is left as it was.
		expect(procedures(corpus)).toEqual([`${AMENDED} QT-MH-03 lần 3`, `${PROCEDURE} QT-MH-01 lần 3`, `${NEW} QT-MH-04 lần 1`]);
	});

	it('gives the same choice for the same content, history and date', () => {
		const findings = validateCorpus(corpus, { asOf: AS_OF });
		expect(JSON.stringify(selectPublication(corpus, findings, AS_OF, history))).toBe(
			JSON.stringify(selectPublication(corpus, findings, AS_OF, history)),
		);
	});

	it('leaves the documents out when there is no history to fall back on', () => {
		const publication = selectPublication(corpus, validateCorpus(corpus, { asOf: AS_OF }), AS_OF, undefined);
		expect(publication.heldBack.map((item) => [item.file, item.shown])).toEqual([
			[AMENDED, null],
			[PROCEDURE, null],
			[NEW, null],
		]);
		expect(procedures(publication.corpus)).toEqual([]);
	});
});

describe('what holds back what', () => {
	it('never holds anything back for compliance findings, such as the objectives of a new year', async () => {
		const scratch = await scratchCorpus();
		try {
			const corpus = await loadCorpus(scratch.root);
			const findings = validateCorpus(corpus, { asOf: '2027-01-05' });
			expect(findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['compliance objectives-missing']);
			expect(needsHistory(findings)).toBe(false);
			const publication = selectPublication(corpus, findings, '2027-01-05', undefined);
			expect(publication).toEqual({ corpus, heldBack: [], compliance: findings, siteErrors: [] });
		} finally {
			await scratch.dispose();
		}
	});

	it('leaves out an agency whose agency.yaml has errors, with its documents, and stops on province.yaml', async () => {
		const scratch = await scratchCorpus();
		try {
			await scratch.edit('agencies/xa-minh-hoa/agency.yaml', 'level: cap-xa', 'level: cap-thon');
			await scratch.edit('province.yaml', 'name:', 'ten:');
			const corpus = await loadCorpus(scratch.root);
			const findings = validateCorpus(corpus, { asOf: AS_OF });
			const publication = selectPublication(corpus, findings, AS_OF, undefined);
			expect(publication.heldBack.map((item) => [item.file, item.kind, item.shown, item.findings.map((f) => f.rule)])).toEqual([
				['agencies/xa-minh-hoa/agency.yaml', 'agency', null, ['schema']],
			]);
			expect(publication.corpus.agencies).toEqual([]);
			expect(publication.siteErrors.map((f) => `${f.file} ${f.rule}`)).toEqual([
				'province.yaml province-missing',
				'province.yaml schema',
				'province.yaml schema',
			]);
		} finally {
			await scratch.dispose();
		}
	});

	it('leaves a statistics file with errors out of the figures, and builds despite grade bands that overlap', async () => {
		const scratch = await scratchCorpus();
		try {
			const months =
				'months:\n  - { month: 1, receivedOnline: 1, receivedInPerson: 0, receivedByPost: 0, carriedOver: 0, resolvedEarly: 0, resolvedOnTime: 1, resolvedLate: 0, pendingWithinTime: 0, pendingOverdue: 0, returned: 0, withdrawn: 0 }\n';
			await scratch.write('agencies/xa-minh-hoa/statistics/2026.yaml', `year: 2025\n${months}`);
			await scratch.write('agencies/xa-minh-hoa/statistics/2025.yaml', `year: 2025\n${months}`);
			await scratch.write(
				'province.yaml',
				`${await scratch.read('province.yaml')}grades:\n  - { name: Tốt, min: 80 }\n  - { name: Khá, min: 85 }\n  - { name: Yếu, min: 0 }\n`,
			);
			const corpus = await loadCorpus(scratch.root);
			const findings = validateCorpus(corpus, { asOf: AS_OF });
			const publication = selectPublication(corpus, findings, AS_OF, undefined);
			expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.file} ${f.rule}`)).toEqual([
				'agencies/xa-minh-hoa/statistics/2026.yaml statistics-year',
				'province.yaml grade-bands',
			]);
			expect(publication.siteErrors).toEqual([]);
			expect(publication.heldBack.map((item) => [item.file, item.kind, item.shown])).toEqual([
				['agencies/xa-minh-hoa/statistics/2026.yaml', 'statistics', null],
			]);
			expect(publication.corpus.agencies[0]?.statistics.map((doc) => doc.file)).toEqual(['agencies/xa-minh-hoa/statistics/2025.yaml']);
		} finally {
			await scratch.dispose();
		}
	});
});
