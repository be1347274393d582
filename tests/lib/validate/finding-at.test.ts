import { describe, expect, it } from 'vitest';
import { findingAt } from '../../../src/lib/validate/finding-at.ts';
import { parseYamlSource } from '../../../src/lib/load/yaml-source.ts';

const AT = {
	file: 'agencies/xa-minh-hoa/agency.yaml',
	source: parseYamlSource('id: xa-minh-hoa\ntthc:\n  - 1.001193\n  - 2.000986\n', 4),
};

describe('findingAt', () => {
	it('places the finding at the field, counting the lines before the YAML', () => {
		expect(findingAt('tthc-unknown', AT, ['tthc', 1], 'Mã TTHC "2.000986" không có trong danh mục TTHC.')).toEqual({
			file: 'agencies/xa-minh-hoa/agency.yaml',
			line: 8,
			column: 5,
			severity: 'error',
			rule: 'tthc-unknown',
			message: 'Mã TTHC "2.000986" không có trong danh mục TTHC.',
		});
	});

	it('falls back to the nearest parent present in the file', () => {
		expect(findingAt('agency-unknown', AT, ['tthc', 5, 'code'], 'x')).toMatchObject({ line: 6, column: 1 });
	});

	it('keeps a severity given instead of the rule’s own', () => {
		expect(findingAt('code-duplicate', AT, ['id'], 'x', 'warning')).toMatchObject({ line: 5, column: 1, severity: 'warning' });
	});
});
