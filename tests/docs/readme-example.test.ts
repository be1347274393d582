import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONTENT, lines, scratchCorpus, type ScratchCorpus } from '../helpers/corpus.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';
import { SECTIONS_BODY } from '../helpers/sections.ts';

const AGENCY = 'agencies/phuong-an-hoa';
const BODY = SECTIONS_BODY;

let corpus: ScratchCorpus;
let readme: string;

beforeAll(async () => {
	readme = await readFile(join(PROJECT_ROOT, 'README.md'), 'utf8');
	corpus = await scratchCorpus(DEMO_CONTENT);
});
afterAll(() => corpus.dispose());

/** The YAML blocks of the README's "Thêm một quy trình", their three-space list indent removed. */
function exampleBlocks(): string[] {
	const start = readme.indexOf('## Thêm một quy trình');
	const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
	return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => (match[1] ?? '').replace(/^ {3}/gm, ''));
}

describe("README's example procedure", () => {
	it('is written in block style, with no value in { } or [ ] where a comma would split it', () => {
		for (const block of exampleBlocks()) expect(block).not.toMatch(/^\s*(?:- )?[A-Za-z]+: [{[]/m);
	});

	it('validates in the demo agency without a finding of its own', async () => {
		const [frontmatter = ''] = exampleBlocks();
		await corpus.write(`${AGENCY}/procedures/dang-ky-lai-khai-sinh.md`, `${frontmatter}\n${BODY}`);
		await copyFile(
			join(corpus.root, AGENCY, 'forms/bm-to-khai-dang-ky-khai-sinh.md'),
			join(corpus.root, AGENCY, 'forms/bm-01-to-khai-dang-ky-lai-khai-sinh.md'),
		);
		const findings = lines((await corpus.validate('2026-11-22')).filter((item) => item.file.endsWith('dang-ky-lai-khai-sinh.md')));
		expect(findings).toEqual([]);
	});
});
