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

	it('gives a limit in hours or the same day as written, and a range across units from the shortest', () => {
		expect(formatTimeLimit({ hours: 12 })).toBe('12 giờ làm việc');
		expect(formatTimeLimit({ hours: 12, clock: true })).toBe('12 giờ (tính liên tục, kể cả ngày nghỉ)');
		expect(formatTimeLimit({ sameDay: { cutoff: '15:00' } })).toBe('Trong ngày (hồ sơ nhận sau 15 giờ trả vào ngày làm việc tiếp theo)');
		expect(formatTimeLimit({ cases: [{ days: 3 }, { hours: 12 }] })).toBe('12 giờ làm việc – 3 ngày làm việc');
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
				timed: true,
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
		const tables = stepTables({
			cases: [
				{ name: 'Thông thường', days: 1, steps: [step(0.25), step(0.75)] },
				{ name: 'Cần xác minh', days: 5, steps: [step(5), step('không tính')] },
			],
		});
		expect(tables.map(({ name, limit, total }) => ({ name, limit, total }))).toEqual([
			{ name: 'Thông thường', limit: '1 ngày làm việc', total: '1 ngày làm việc' },
			{ name: 'Cần xác minh', limit: '5 ngày làm việc', total: '5 ngày làm việc' },
		]);
	});
});

describe('stepTables of a procedure in parts or with steps not timed', () => {
	const step = (time?: string | number) => ({ action: 'Xử lý', role: 'Chuyên viên', outputs: [], ...(time === undefined ? {} : { time }) });

	it('gives a table in parts with no rows of its own, each part numbered, with its agency, limit and total', () => {
		const [table] = stepTables({
			days: 3,
			parts: [
				{ name: 'Cấp xã', agency: 'UBND xã', days: 1, steps: [step(1)] },
				{ name: 'Cấp tỉnh', hours: 16, steps: [step('8 giờ'), step('8 giờ')] },
			],
		});
		expect(table?.rows).toEqual([]);
		expect(table?.total).toBe('3 ngày làm việc');
		expect(
			table?.parts.map(({ label, agency, limit, total, rows }) => ({
				label,
				agency,
				limit,
				total,
				numbers: rows.map((row) => row.number),
			})),
		).toEqual([
			{ label: 'I. Cấp xã', agency: 'UBND xã', limit: '1 ngày làm việc', total: '1 ngày làm việc', numbers: [1] },
			{ label: 'II. Cấp tỉnh', agency: undefined, limit: '16 giờ làm việc', total: '16 giờ làm việc', numbers: [1, 2] },
		]);
	});

	it('names the steps without a time and says their time is not written', () => {
		const [table] = stepTables({ days: 3, steps: [step(1), step(), step('không tính')] });
		expect(table?.unstated).toEqual([2]);
		expect(table?.rows.map((row) => [row.time, row.counted])).toEqual([
			['1 ngày', true],
			['Chưa ghi thời gian', true],
			['Không tính thời gian', false],
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
