import { describe, expect, it } from 'vitest';
import { fieldOf, groupByField, OTHER_FIELD } from '../../../src/lib/site/fields.ts';
import type { TthcEntry } from '../../../schemas/index.ts';

const entry = (code: string, field: string): TthcEntry => ({
	code,
	name: code,
	decision: '1/QĐ-UBND',
	level: 'cap-xa',
	field,
	days: 1,
	fees: [],
	online: 'khong',
	agencies: [],
});
const catalogue = new Map(
	[entry('1.000001', 'Hộ tịch'), entry('1.000002', 'Đất đai'), entry('1.000003', 'Chứng thực')].map((item) => [item.code, item]),
);
const proc = (title: string, ...tthc: string[]) => ({ id: title, data: { title, tthc } });

describe('fieldOf', () => {
	it('takes the field of the first TTHC found in the catalogue', () => {
		expect(fieldOf(['9.999999', '1.000002'], catalogue)).toBe('Đất đai');
		expect(fieldOf(['9.999999'], catalogue)).toBe(OTHER_FIELD);
	});
});

describe('groupByField', () => {
	it('orders fields and titles the Vietnamese way, with unknown fields last', () => {
		const groups = groupByField(
			[
				proc('Đăng ký kết hôn', '1.000001'),
				proc('Hòa giải tranh chấp', '1.000002'),
				proc('Chứng thực bản sao', '1.000003'),
				proc('Thủ tục lạ', '9.999999'),
				proc('Đăng ký khai sinh', '1.000001'),
			],
			catalogue,
		);
		expect(groups.map((group) => [group.field, group.items.map((item) => item.data.title)])).toEqual([
			['Chứng thực', ['Chứng thực bản sao']],
			['Đất đai', ['Hòa giải tranh chấp']],
			['Hộ tịch', ['Đăng ký kết hôn', 'Đăng ký khai sinh']],
			['Lĩnh vực khác', ['Thủ tục lạ']],
		]);
	});
});
