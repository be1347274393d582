import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/findings/rules.ts';
import { exportCorpus } from '../../../src/lib/load/export.ts';
import { parseCorpus, readContentTree, type SourceFile } from '../../../src/lib/load/index.ts';
import { validateCorpus } from '../../../src/lib/validate/index.ts';
import { VALID_FIXTURE } from '../../helpers/corpus.ts';
import { mutatedFile, type BaseFile } from '../../helpers/mutations.ts';

/** Mutated files per corpus, and corpora: 50 × 200 = 10,000 documents, about 6 s of one core. */
const BATCH = 50;
const RUNS = 200;

/** Places `files` in the fixture corpus: a file at an existing path replaces it, a repeated path gets a number. */
function withFiles(base: readonly SourceFile[], files: readonly BaseFile[]): SourceFile[] {
	const byPath = new Map(base.map((file) => [file.path, file]));
	const added = new Set<string>();
	files.forEach((file, index) => {
		const path = added.has(file.path) ? file.path.replace(/(\.[^./]+)?$/, `-${index}$1`) : file.path;
		added.add(path);
		byPath.set(path, /\.(md|ya?ml)$/.test(path) ? { path, text: file.text } : { path });
	});
	return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

describe('the loader on 10,000 mutated documents', () => {
	it('reports every problem as a finding at a position, and never throws', async () => {
		const base = (await readContentTree(VALID_FIXTURE)).filter((file) => file.text !== undefined);
		const texts = await Promise.all(
			base.map(async (file) => ({ path: file.path, text: await readFile(join(VALID_FIXTURE, file.path), 'utf8') })),
		);
		const rules = new Set(Object.keys(RULES));
		let documents = 0;
		fc.assert(
			fc.property(fc.array(mutatedFile(texts), { minLength: BATCH, maxLength: BATCH }), (files) => {
				documents += files.length;
				const corpus = parseCorpus(withFiles(base, files));
				exportCorpus(corpus);
				for (const finding of validateCorpus(corpus, { asOf: '2026-06-30' })) {
					if (!rules.has(finding.rule) || !(finding.line >= 1) || !(finding.column >= 1) || finding.message.length < 20)
						throw new Error(`bad finding ${JSON.stringify(finding)}`);
				}
			}),
			{ numRuns: RUNS },
		);
		expect(documents).toBe(BATCH * RUNS);
	}, 120_000);
});
