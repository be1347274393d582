import { describe, expect, it } from 'vitest';
import { compareMarkdown } from '../../bench/markdown.ts';
import { VALID_FIXTURE } from '../helpers/corpus.ts';

describe('compareMarkdown', () => {
	it('renders each distinct body a build renders, with both processors', async () => {
		const result = await compareMarkdown(VALID_FIXTURE);
		// policy.md (42 characters), objectives/2026.md (31), and one body of 321 characters shared by
		// the procedure and the two internal processes; the form is not a page of its own.
		expect({ bodies: result.bodies, chars: result.chars }).toEqual({ bodies: 3, chars: 394 });
		expect(result.unifiedMs).toBeGreaterThan(0);
		expect(result.satteriMs).toBeGreaterThan(0);
	});
});
