import { describe, expect, it } from 'vitest';
import { columnView, numberColumns } from '../../../src/lib/site/columns.ts';

describe('columnView', () => {
	it('gives a plain heading no class', () => {
		expect(columnView('Tên thủ tục')).toEqual({ label: 'Tên thủ tục', className: undefined });
	});

	it('gives a number column the class num', () => {
		expect(columnView({ label: 'Tiếp nhận', num: true })).toEqual({ label: 'Tiếp nhận', className: 'num' });
	});

	it('gives a column marked not numeric no class', () => {
		expect(columnView({ label: 'Cấp', num: false })).toEqual({ label: 'Cấp', className: undefined });
	});
});

describe('numberColumns', () => {
	it('marks every heading as a number column, in order', () => {
		expect(numberColumns(['Tiếp nhận', 'Quá hạn'])).toEqual([
			{ label: 'Tiếp nhận', num: true },
			{ label: 'Quá hạn', num: true },
		]);
	});
});
