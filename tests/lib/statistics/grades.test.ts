import { describe, expect, it } from 'vitest';
import { bandProblems, formatScore, gradeOf } from '../../../src/lib/statistics/grades.ts';

const BANDS = [
	{ name: 'Tốt', min: 90 },
	{ name: 'Khá', min: 75 },
	{ name: 'Trung bình', min: 50 },
	{ name: 'Yếu', min: 0 },
];

describe('inspection grades', () => {
	it('grade 78.5 under Tốt ≥ 90, Khá ≥ 75 as Khá, and each edge into the band it starts', () => {
		expect(gradeOf(78.5, BANDS.slice(0, 2))).toBe('Khá');
		expect([100, 90, 89.75, 75, 74.5, 50, 0].map((score) => gradeOf(score, BANDS))).toEqual([
			'Tốt',
			'Tốt',
			'Khá',
			'Khá',
			'Trung bình',
			'Trung bình',
			'Yếu',
		]);
	});

	it('leave ungraded a score under every band, and any score without bands', () => {
		expect([gradeOf(60, BANDS.slice(0, 2)), gradeOf(95, [])]).toEqual([null, null]);
	});

	it('find no problem in bands from high to 0, an overlap and a gap otherwise', () => {
		expect(bandProblems(BANDS)).toEqual([]);
		expect(
			bandProblems([
				{ name: 'Khá', min: 75 },
				{ name: 'Tốt', min: 90 },
				{ name: 'Yếu', min: 0 },
			]).map((problem) => problem.index),
		).toEqual([1]);
		expect(bandProblems(BANDS.slice(0, 3))).toEqual([
			{
				index: 2,
				message:
					'Điểm dưới 50 không thuộc xếp loại nào. Thêm xếp loại thấp nhất có "min: 0", hoặc sửa điểm tối thiểu của "Trung bình" thành 0.',
			},
		]);
	});

	it('write scores with the Vietnamese decimal comma', () => {
		expect([formatScore(78.5), formatScore(92)]).toEqual(['78,5', '92']);
	});
});
