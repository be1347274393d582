import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import type { Corpus } from '../../../src/lib/load/corpus.ts';
import type { Finding } from '../../../src/lib/findings/finding.ts';
import { scopeToChanges } from '../../../src/lib/validate/changed.ts';
import { validateCorpus } from '../../../src/lib/validate/index.ts';
import { scratchCorpus, type ScratchCorpus } from '../../helpers/corpus.ts';

const PROCEDURE = 'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md';
const INTERNAL = 'agencies/xa-minh-hoa/internal/nb-01.md';
const AGENCY = 'agencies/xa-minh-hoa/agency.yaml';

describe('the findings a pull request answers for', () => {
	let scratch: ScratchCorpus;
	let corpus: Corpus;
	let findings: Finding[];
	const scope = (changed: string[]) => {
		const { counted, context } = scopeToChanges(corpus, findings, changed);
		return { counted: counted.map((f) => `${f.file} ${f.rule}`), context: context.map((f) => `${f.file} ${f.rule}`) };
	};

	beforeAll(async () => {
		scratch = await scratchCorpus();
		// The procedure cites a law the registry no longer holds; the internal process's steps do not add up.
		await scratch.edit('catalogue/legal/all.yaml', '- number: 123/2015/NĐ-CP', '- number: 124/2015/NĐ-CP');
		await scratch.edit(INTERNAL, 'time: 4 giờ', 'time: 3 giờ');
		await scratch.remove('agencies/xa-minh-hoa/forms/bm-01.md');
		corpus = await loadCorpus(scratch.root);
		findings = validateCorpus(corpus, { asOf: '2026-06-30' });
	});
	afterAll(() => scratch.dispose());

	it('counts the findings of the changed files and leaves the rest as context', () => {
		expect(scope([INTERNAL])).toEqual({
			counted: [`${INTERNAL} step-time-quarter`],
			context: [`${PROCEDURE} legal-unknown`, `${PROCEDURE} form-missing`],
		});
	});

	it('counts a document citing what a changed catalogue defines, or no longer defines', () => {
		// The document counts as a whole: all its findings answer for the change.
		expect(scope(['catalogue/legal/all.yaml'])).toEqual({
			counted: [`${PROCEDURE} legal-unknown`, `${PROCEDURE} form-missing`],
			context: [`${INTERNAL} step-time-quarter`],
		});
		expect(scope(['catalogue/tthc/cap-xa.yaml']).counted).toEqual([`${PROCEDURE} legal-unknown`, `${PROCEDURE} form-missing`]);
		expect(scope(['catalogue/internal-processes.yaml']).counted).toEqual([`${INTERNAL} step-time-quarter`]);
	});

	it('counts the documents naming a changed or deleted form file', () => {
		expect(scope(['agencies/xa-minh-hoa/forms/bm-01.md']).counted).toEqual([`${PROCEDURE} legal-unknown`, `${PROCEDURE} form-missing`]);
	});

	it('counts every file of an agency whose agency.yaml changed, and every file when province.yaml did', () => {
		const all = [`${INTERNAL} step-time-quarter`, `${PROCEDURE} legal-unknown`, `${PROCEDURE} form-missing`];
		expect(scope([AGENCY])).toEqual({ counted: all, context: [] });
		expect(scope(['province.yaml'])).toEqual({ counted: all, context: [] });
	});
});
