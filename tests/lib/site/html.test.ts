import { describe, expect, it } from 'vitest';
import { demoteHeadings } from '../../../src/lib/site/html.ts';

describe('demoteHeadings', () => {
	it('moves headings down, keeps attributes, and stops at h6', () => {
		expect(demoteHeadings('<h1>A</h1><h2 id="muc-dich">1. Mục đích</h2><h6>Z</h6><header>x</header>', 1)).toBe(
			'<h2>A</h2><h3 id="muc-dich">1. Mục đích</h3><h6>Z</h6><header>x</header>',
		);
	});
});
