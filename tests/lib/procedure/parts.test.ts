import { describe, expect, it } from 'vitest';
import { partLabel, romanNumeral, stepLists } from '../../../src/lib/procedure/parts.ts';

describe('parts', () => {
	it('are numbered I, II … as step tables write them', () => {
		expect([1, 2, 3, 4, 5, 9, 12].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XII']);
		expect(partLabel(1, 'Cấp tỉnh')).toBe('II. Cấp tỉnh');
	});

	it('give every list of steps with its path, in cases too', () => {
		const step = { action: 'Xử lý', role: 'Chuyên viên', outputs: [] };
		const lists = stepLists({
			parts: [{ name: 'Cấp xã', days: 1, steps: [step] }],
			cases: [
				{ name: 'A', days: 1, steps: [step] },
				{
					name: 'B',
					days: 2,
					parts: [
						{ name: 'Cấp xã', days: 1, steps: [step] },
						{ name: 'Cấp tỉnh', days: 1, steps: [step] },
					],
				},
			],
		});
		expect(lists.map((list) => list.path.join('.'))).toEqual([
			'parts.0.steps',
			'cases.0.steps',
			'cases.1.parts.0.steps',
			'cases.1.parts.1.steps',
		]);
	});
});
