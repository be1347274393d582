import { describe, expect, it } from 'vitest';
import { StepTimeSchema } from '../../../schemas/step.ts';
import {
	countedHours,
	formatTimeLimitText,
	isHalfHours,
	limitHours,
	parseStepTime,
	stepDays,
	timeLimitOf,
	unstatedSteps,
} from '../../../src/lib/procedure/time.ts';

describe('parseStepTime', () => {
	it('reads days and hours as officials write them, with or without "làm việc", in any case', () => {
		expect(parseStepTime(0.5)).toEqual({ kind: 'counted', hours: 4, unit: 'ngày', amount: 0.5 });
		expect(parseStepTime('0,5 ngày làm việc')).toEqual({ kind: 'counted', hours: 4, unit: 'ngày', amount: 0.5 });
		expect(parseStepTime('1 giờ làm việc')).toEqual({ kind: 'counted', hours: 1, unit: 'giờ', amount: 1 });
		expect(parseStepTime('0,5 Giờ')).toEqual({ kind: 'counted', hours: 0.5, unit: 'giờ', amount: 0.5 });
		expect(parseStepTime('1.5 NGÀY')).toEqual({ kind: 'counted', hours: 12, unit: 'ngày', amount: 1.5 });
	});

	it('reads "không tính", "Không tính thời gian" and "Giờ hành chính" as not counted, and no time as not stated', () => {
		for (const text of ['không tính', 'Không tính thời gian', 'Giờ hành chính', 'giờ hành chính'])
			expect(parseStepTime(text)).toEqual({ kind: 'uncounted' });
		expect(parseStepTime(undefined)).toEqual({ kind: 'unstated' });
		expect(stepDays(undefined)).toBeNull();
		expect(stepDays('4 giờ')).toBe(0.5);
	});

	it('is what the schema accepts, and nothing else', () => {
		for (const text of ['0,5 ngày làm việc', '1 giờ làm việc', 'Không tính thời gian', 'Giờ hành chính', '4 giờ', 'không tính'])
			expect(StepTimeSchema.safeParse(text).success).toBe(true);
		for (const text of ['hai ngày', '0,5', 'giờ', 'ngày làm việc', 'không tính giờ'])
			expect(StepTimeSchema.safeParse(text).success).toBe(false);
	});
});

describe('sums and steps', () => {
	const step = (time?: string | number) => ({ action: 'Xử lý', role: 'Chuyên viên', outputs: [], ...(time === undefined ? {} : { time }) });

	it('adds counted steps in hours and names the steps without a time', () => {
		const steps = [step('0,5 giờ'), step(0.25), step('Giờ hành chính'), step(), step('1 giờ làm việc'), step()];
		expect(countedHours(steps)).toBe(3.5);
		expect(unstatedSteps(steps)).toEqual([4, 6]);
	});

	it('tells half hours from other fractions', () => {
		expect([0.5, 1, 11.5].map(isHalfHours)).toEqual([true, true, true]);
		expect([0.25, 1.2].map(isHalfHours)).toEqual([false, false]);
	});
});

describe('time limits', () => {
	it('are written in days, hours or the same day, and said the way the page says them', () => {
		expect(formatTimeLimitText(timeLimitOf({ days: 10 }) ?? { unit: 'days', amount: -1 })).toBe('10 ngày làm việc');
		expect(formatTimeLimitText(timeLimitOf({ days: 0 }) ?? { unit: 'days', amount: -1 })).toBe('Trong ngày');
		expect(formatTimeLimitText(timeLimitOf({ hours: 12 }) ?? { unit: 'days', amount: -1 })).toBe('12 giờ làm việc');
		expect(formatTimeLimitText(timeLimitOf({ hours: 12, clock: true }) ?? { unit: 'days', amount: -1 })).toBe(
			'12 giờ (tính liên tục, kể cả ngày nghỉ)',
		);
		expect(formatTimeLimitText(timeLimitOf({ sameDay: true }) ?? { unit: 'days', amount: -1 })).toBe('Trong ngày');
		expect(formatTimeLimitText(timeLimitOf({ sameDay: { cutoff: '15:00' } }) ?? { unit: 'days', amount: -1 })).toBe(
			'Trong ngày (hồ sơ nhận sau 15 giờ trả vào ngày làm việc tiếp theo)',
		);
		expect(formatTimeLimitText(timeLimitOf({ sameDay: { cutoff: '16:30' } }) ?? { unit: 'days', amount: -1 })).toBe(
			'Trong ngày (hồ sơ nhận sau 16 giờ 30 trả vào ngày làm việc tiếp theo)',
		);
		expect(timeLimitOf({})).toBeUndefined();
	});

	it('compare in working hours, a same-day limit being one working day at most', () => {
		expect(limitHours({ unit: 'days', amount: 1.5 })).toBe(12);
		expect(limitHours({ unit: 'hours', amount: 12 })).toBe(12);
		expect(limitHours({ unit: 'same-day' })).toBe(8);
	});
});
