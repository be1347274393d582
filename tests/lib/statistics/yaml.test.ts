import { describe, expect, it } from 'vitest';
import { leadingComments, renderStatistics } from '../../../src/lib/statistics/yaml.ts';
import { StatisticsSchema } from '../../../schemas/statistics.ts';
import { parseYamlSource, yamlValue } from '../../../src/lib/load/yaml-source.ts';

const counts = {
	receivedOnline: 1,
	receivedInPerson: 2,
	receivedByPost: 3,
	carriedOver: 4,
	resolvedEarly: 5,
	resolvedOnTime: 6,
	resolvedLate: 7,
	pendingWithinTime: 8,
	pendingOverdue: 9,
	returned: 10,
	withdrawn: 11,
};

describe('statistics files', () => {
	it('are written in one layout, months in order, comments kept, and read back the same', () => {
		const data = {
			year: 2026,
			months: [
				{ month: 2, ...counts },
				{ month: 1, ...counts },
			],
		};
		const text = renderStatistics(data, ['Số liệu minh họa.']);
		expect(text.split('\n').slice(0, 6)).toEqual([
			'# Số liệu minh họa.',
			'year: 2026',
			'months:',
			'  - month: 1',
			'    receivedOnline: 1',
			'    receivedInPerson: 2',
		]);
		expect(text.split('\n')).toHaveLength(3 + 2 * 12 + 1);
		expect(StatisticsSchema.parse(yamlValue(parseYamlSource(text)))).toEqual({ year: 2026, months: [data.months[1], data.months[0]] });
		expect(leadingComments(text)).toEqual(['Số liệu minh họa.']);
		expect(renderStatistics(StatisticsSchema.parse(yamlValue(parseYamlSource(text))), leadingComments(text))).toBe(text);
	});
});
