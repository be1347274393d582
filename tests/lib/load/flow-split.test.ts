import { describe, expect, it } from 'vitest';
import { findFlowSplit } from '../../../src/lib/load/flow-split.ts';
import { parseYamlSource } from '../../../src/lib/load/yaml-source.ts';

const split = (text: string, path: Array<string | number>, key: string) => findFlowSplit(parseYamlSource(text, 1), path, key);

describe('findFlowSplit', () => {
	it('finds the value a comma cut in { … }, with every piece after it, and the line of the key', () => {
		expect(split('steps:\n  - { action: Thẩm định, trình ký, role: Chuyên viên }\n', ['steps', 0], 'trình ký')).toEqual({
			field: 'action',
			quoted: 'action: "Thẩm định, trình ký"',
			position: { line: 3, column: 26 },
		});
		expect(split('x: { action: Ký, đóng dấu, vào sổ }\n', ['x'], 'đóng dấu')).toMatchObject({ quoted: 'action: "Ký, đóng dấu, vào sổ"' });
	});

	it('finds a decimal comma', () => {
		expect(split('s: { time: 0,5 ngày }\n', ['s'], '5 ngày')).toMatchObject({ field: 'time', quoted: 'time: "0,5 ngày"' });
	});

	it('says nothing of a misspelt field with a value, of block style, or of a value too long to repeat', () => {
		expect(split('s: { rol: Chuyên viên }\n', ['s'], 'rol')).toBeUndefined();
		expect(split('s:\n  action: Thẩm định\n  trình ký:\n', ['s'], 'trình ký')).toBeUndefined();
		expect(split(`s: { action: ${'a'.repeat(400)}, b }\n`, ['s'], 'b')).toBeUndefined();
	});
});
