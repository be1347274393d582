import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/lib/load/frontmatter.ts';
import { readContentTree } from '../../../src/lib/load/read-tree.ts';
import { hasYamlErrors, parseYamlSource, yamlValue } from '../../../src/lib/load/yaml-source.ts';
import { DEMO_CONTENT, VALID_FIXTURE } from '../../helpers/corpus.ts';

describe('reading YAML fast and locating it on demand', () => {
	it('gives the value the positional parser gives, for every file of the demo and the fixture', async () => {
		const files = [...(await readContentTree(DEMO_CONTENT)), ...(await readContentTree(VALID_FIXTURE))].filter(
			(file) => file.text !== undefined,
		);
		expect(files.length).toBeGreaterThan(60);
		for (const file of files) {
			const source = file.path.endsWith('.md') ? parseMarkdown(file.text ?? '').yaml : parseYamlSource(file.text ?? '');
			if (source === undefined) continue;
			expect(yamlValue(source), file.path).toEqual(source.doc.toJS() ?? undefined);
		}
	});

	it('keeps unquoted TTHC codes as written, trailing zeros included', () => {
		expect(yamlValue(parseYamlSource('tthc: [1.001190, 1.000894.000.00.00.H29]\ndays: 1.5\nissued: 2026-01-05\nok: true\n'))).toEqual({
			tthc: ['1.001190', '1.000894.000.00.00.H29'],
			days: 1.5,
			issued: '2026-01-05',
			ok: true,
		});
	});

	it('falls back to the positional parser for errors, with their positions', () => {
		const source = parseYamlSource('code: QT-01\ntitle: [a, b\nissue: 1\n');
		expect(yamlValue(source)).toBeUndefined();
		expect(hasYamlErrors(source)).toBe(true);
		expect(source.doc.errors.map((error) => error.code)).toContain('BAD_INDENT');
	});
});
