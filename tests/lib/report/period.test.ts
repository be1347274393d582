import { describe, expect, it } from 'vitest';
import { inPeriod, monthPeriod, percentOf } from '../../../src/lib/report/period.ts';

describe('percentOf', () => {
	it('rounds to one decimal', () => {
		expect(percentOf(216, 270)).toBe(80);
		expect(percentOf(219, 273)).toBe(80.2);
		expect(percentOf(2, 3)).toBe(66.7);
		expect(percentOf(10, 12)).toBe(83.3);
		expect(percentOf(1, 16)).toBe(6.3);
	});
	it('is null when nothing is assigned', () => {
		expect(percentOf(0, 0)).toBeNull();
	});
});

describe('monthPeriod', () => {
	it('runs from the first of the as-of month to the as-of date', () => {
		expect(monthPeriod('2026-06-15')).toEqual({ from: '2026-06-01', to: '2026-06-15' });
		expect(inPeriod('2026-06-15', monthPeriod('2026-06-15'))).toBe(true);
		expect(inPeriod('2026-06-16', monthPeriod('2026-06-15'))).toBe(false);
		expect(inPeriod('2026-05-31', monthPeriod('2026-06-15'))).toBe(false);
	});
});
