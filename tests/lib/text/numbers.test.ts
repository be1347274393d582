import { describe, expect, it } from 'vitest';
import { formatDecimalVi, formatQuantityVi } from '../../../src/lib/text/numbers.ts';

describe('formatDecimalVi', () => {
	it('writes the decimal point as a comma and leaves whole numbers alone', () => {
		expect([0.5, 1.25, 99.77, 10, 0, -2.5].map((value) => formatDecimalVi(value))).toEqual(['0,5', '1,25', '99,77', '10', '0', '-2,5']);
	});

	it('fixes the number of decimals when asked', () => {
		expect([formatDecimalVi(80, 1), formatDecimalVi(66.666, 1), formatDecimalVi(99.775, 2)]).toEqual(['80,0', '66,7', '99,78']);
	});
});

describe('formatQuantityVi', () => {
	it('writes the number with a decimal comma, a space, then the unit', () => {
		expect(formatQuantityVi(1.5, 'ngày')).toBe('1,5 ngày');
		expect(formatQuantityVi(95, '%')).toBe('95 %');
	});
});
