import { describe, expect, it } from 'vitest';
import { oneLine } from '../../../src/lib/text/one-line.ts';

describe('oneLine', () => {
	it('makes every kind of line break a space', () => {
		expect(oneLine('a\nb\r\nc\rd\u2028e\u2029f\u0085g\vh\fi')).toBe('a b c d e f g h i');
		expect(oneLine('Tên  không\tđổi')).toBe('Tên  không\tđổi');
	});
});
