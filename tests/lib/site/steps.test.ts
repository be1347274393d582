import { describe, expect, it } from 'vitest';
import { formatTimeLimit, formatWorkingDays, stepTables, stepTimeText } from '../../../src/lib/site/steps.ts';
import { fixtureSite } from './fixture.ts';

describe('stepTimeText', () => {
	it('writes days with a decimal comma, keeps hours, and names uncounted steps', () => {
		expect(stepTimeText(0.5)).toBe('0,5 ngày');
		expect(stepTimeText(2)).toBe('2 ngày');
		expect(stepTimeText('4 giờ')).toBe('4 giờ');
		expect(stepTimeText('1.5 ngày')).toBe('1,5 ngày');
		expect(stepTimeText('0,25 giờ')).toBe('0,25 giờ');
		expect(stepTimeText('không tính')).toBe('Không tính thời gian');
	});
});

describe('formatTimeLimit', () => {
	it('gives a single time, or the range from the shortest to the longest case as the procedure page does', () => {
		const cases = (...days: number[]) => days.map((value, index) => ({ name: `Trường hợp ${index + 1}`, days: value, steps: [] }));
		expect(formatTimeLimit({ days: 3 })).toBe('3 ngày làm việc');
		expect(formatTimeLimit({ cases: cases(5, 1, 2.5) })).toBe('1 – 5 ngày làm việc');
		expect(formatTimeLimit({ cases: cases(0.5, 0.5) })).toBe('0,5 ngày làm việc');
		expect(formatTimeLimit({ cases: cases(0, 3) })).toBe('Trong ngày – 3 ngày làm việc');
	});
});

describe('stepTables', () => {
	it('gives the fixture procedure one table whose counted steps add up to 3 days', async () => {
		const { procedure } = await fixtureSite();
		expect(stepTables(procedure)).toEqual([
			{
				limit: '3 ngày làm việc',
				total: '3 ngày làm việc',
				unstated: [],
				parts: [],
				rows: [
					{ number: 1, action: 'Tiếp nhận, kiểm tra hồ sơ', role: 'Bộ phận Một cửa', time: '0,5 ngày', counted: true, outputs: ['BM-01'] },
					{ number: 2, action: 'Thẩm định, trình ký', role: 'Công chức Tư pháp - Hộ tịch', time: '2 ngày', counted: true, outputs: [] },
					{ number: 3, action: 'Ký giấy khai sinh', role: 'Chủ tịch UBND xã', time: '4 giờ', counted: true, outputs: [] },
					{ number: 4, action: 'Trả kết quả', role: 'Bộ phận Một cửa', time: 'Không tính thời gian', counted: false, outputs: [] },
				],
			},
		]);
	});

	it('gives one table per case, each with its own time limit and total', () => {
		const step = (time: number | string) => ({ action: 'Xử lý', role: 'Chuyên viên', time, outputs: [] });
		const tables = stepTables({ cases: [{ name: 'Thông thường', days: 1, steps: [step(0.25), step(0.75)] }, { name: 'Cần xác minh', days: 5, steps: [step(5), step('không tính')] }] });
		expect(tables.map(({ name, limit, total }) => ({ name, limit, total }))).toEqual([
			{ name: 'Thông thường', limit: '1 ngày làm việc', total: '1 ngày làm việc' },
			{ name: 'Cần xác minh', limit: '5 ngày làm việc', total: '5 ngày làm việc' },
		]);
	});
});

describe('formatWorkingDays', () => {
	it('writes working days the Vietnamese way', () => {
		expect(formatWorkingDays(3)).toBe('3 ngày làm việc');
		expect(formatWorkingDays(0.5)).toBe('0,5 ngày làm việc');
		expect(formatWorkingDays(0)).toBe('Trong ngày');
	});
});
