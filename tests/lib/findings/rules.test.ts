import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/findings/rules.ts';
import { PROJECT_ROOT } from '../../helpers/cli.ts';

describe('the catalogue of rules', () => {
	it('lists every rule id in the README rule table, where officers look them up', async () => {
		const readme = await readFile(`${PROJECT_ROOT}README.md`, 'utf8');
		const table = readme.slice(
			readme.indexOf('### Các quy tắc kiểm tra'),
			readme.indexOf('\n## ', readme.indexOf('### Các quy tắc kiểm tra')),
		);
		expect(Object.keys(RULES).filter((id) => !table.includes(`\`${id}\``))).toEqual([]);
		expect(table).toContain('`frontmatter-language`');
	});
});
