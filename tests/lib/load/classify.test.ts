import { describe, expect, it } from 'vitest';
import { classifyPath } from '../../../src/lib/load/classify.ts';
import { documentId } from '../../../src/lib/load/export.ts';

describe('statistics files', () => {
	it('are the year files under an agency’s statistics folder, with the id `<agency>/<year>`', () => {
		expect(classifyPath('agencies/so-tu-phap/statistics/2026.yaml')).toEqual({ kind: 'statistics', agency: 'so-tu-phap' });
		expect(classifyPath('agencies/so-tu-phap/statistics/2026.yml')).toEqual({ kind: 'statistics', agency: 'so-tu-phap' });
		expect(classifyPath('agencies/so-tu-phap/statistics/thang-06.yaml')).toEqual({ kind: 'unknown', agency: 'so-tu-phap' });
		expect(documentId('agencies/so-tu-phap/statistics/2026.yaml', [])).toBe('so-tu-phap/2026');
	});
});
