import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoStatisticsFiles } from '../../scripts/demo-statistics.ts';
import { DEMO_CONTENT } from '../helpers/corpus.ts';

describe('the demo statistics script', () => {
	it('writes twelve months for each agency in force, the same on every run, as committed in content/', async () => {
		const files = demoStatisticsFiles();
		expect(Object.keys(files).sort()).toEqual([
			'agencies/phuong-an-hoa/statistics/2025.yaml',
			'agencies/phuong-an-hoa/statistics/2026.yaml',
			'agencies/so-tu-phap/statistics/2025.yaml',
			'agencies/so-tu-phap/statistics/2026.yaml',
		]);
		expect(demoStatisticsFiles()).toEqual(files);
		for (const [path, text] of Object.entries(files))
			expect(await readFile(join(DEMO_CONTENT, path), 'utf8'), `${path}: chạy npm run demo-statistics`).toBe(text);
		const months = Object.values(files).reduce((total, text) => total + (text.match(/^ {2}- month: /gm)?.length ?? 0), 0);
		expect(months).toBe(24);
		expect(Object.values(files).every((text) => text.startsWith('# Số liệu minh họa, hư cấu'))).toBe(true);
	});
});
