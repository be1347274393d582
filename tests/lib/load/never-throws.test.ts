import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { RULES } from '../../../src/lib/findings/rules.ts';
import { parseCorpus, type SourceFile } from '../../../src/lib/load/index.ts';
import { validateCorpus } from '../../../src/lib/validate/index.ts';
import { VALID_FIXTURE } from '../../helpers/corpus.ts';

const PROCEDURE = 'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md';
const PATHS = [
	PROCEDURE,
	'agencies/xa-minh-hoa/agency.yaml',
	'agencies/xa-minh-hoa/policy.md',
	'agencies/xa-minh-hoa/objectives/2026.md',
	'agencies/xa-minh-hoa/internal/nb-01.md',
	'catalogue/tthc/cap-xa.yaml',
	'catalogue/legal/all.yaml',
	'province.yaml',
	'catalogue/internal-processes.yaml',
];

async function fixtureFiles(): Promise<SourceFile[]> {
	return Promise.all(
		[...PATHS, 'agencies/xa-minh-hoa/internal/nb-03.md'].map(async (path) => ({
			path,
			text: await readFile(join(VALID_FIXTURE, path), 'utf8'),
		})),
	);
}

/** Validating never throws: each problem is a finding with a known rule, a position and a message. */
function expectReportsOnly(files: SourceFile[]): void {
	const findings = validateCorpus(parseCorpus(files), { asOf: '2026-06-30' });
	for (const finding of findings) {
		expect(Object.keys(RULES)).toContain(finding.rule);
		expect(finding.line).toBeGreaterThanOrEqual(1);
		expect(finding.column).toBeGreaterThanOrEqual(1);
		expect(finding.message.length).toBeGreaterThan(10);
	}
}

describe('the validator on random and malformed input', () => {
	it('reports, never throws, whatever text a file holds', async () => {
		const base = await fixtureFiles();
		fc.assert(
			fc.property(
				fc.constantFrom(...PATHS),
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					fc.string().map((s) => `---\n${s}\n---\n`),
				),
				(path, text) => {
					expectReportsOnly(base.map((file) => (file.path === path ? { path, text } : file)));
				},
			),
			{ numRuns: 300 },
		);
	});

	it('reports, never throws, when any frontmatter field holds any value', async () => {
		const base = await fixtureFiles();
		const procedure = base.find((file) => file.path === PROCEDURE)?.text ?? '';
		const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(procedure) ?? [];
		const data = parse(frontmatter) as Record<string, unknown>;
		const keys = [...Object.keys(data), 'cases', 'unknownField'];
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom(...keys),
					fc.anything({
						withNullPrototype: false,
						withBigInt: false,
						withDate: false,
						withMap: false,
						withSet: false,
						withTypedArray: false,
						withSparseArray: false,
						withBoxedValues: false,
					}),
				),
				(changes) => {
					const text = `---\n${stringify({ ...data, ...changes })}---\n${body}`;
					expectReportsOnly(base.map((file) => (file.path === PROCEDURE ? { path: PROCEDURE, text } : file)));
				},
			),
			{ numRuns: 300 },
		);
	});

	it('reports, never throws, on random step tables and legal registries', async () => {
		const base = await fixtureFiles();
		const procedure = base.find((file) => file.path === PROCEDURE)?.text ?? '';
		const step = fc.record(
			{
				action: fc.string(),
				role: fc.string(),
				time: fc.oneof(
					fc.double({ noNaN: false }),
					fc.string(),
					fc.constant('không tính'),
					fc.integer().map((n) => `${n} giờ`),
				),
			},
			{ requiredKeys: [] },
		);
		fc.assert(
			fc.property(fc.array(step, { maxLength: 6 }), fc.oneof(fc.double(), fc.integer(), fc.constant(undefined)), (steps, days) => {
				const text = procedure
					.replace(/days: 3\n/, days === undefined ? '' : `days: ${days}\n`)
					.replace(/steps:\n[\s\S]*?(?=forms:)/, `${stringify({ steps })}`);
				expectReportsOnly(base.map((file) => (file.path === PROCEDURE ? { path: PROCEDURE, text } : file)));
			}),
			{ numRuns: 200 },
		);
	});
});
