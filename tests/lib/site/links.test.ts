import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../src/lib/site/links.ts';

describe('safeHref', () => {
	it.each(['https://tuphap.binhson.gov.vn/', 'http://a.vn', 'mailto:iso@binhson.gov.vn', 'tel:02343800000'])(
		'lets %s become a link',
		(address) => {
			expect(safeHref(address)).toBe(address);
		},
	);

	it.each([
		'javascript:alert(1)',
		' JaVaScRiPt:alert(1)',
		'java\tscript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'//evil.example',
		'tuphap.binhson.gov.vn',
		'',
	])('keeps %j as text', (address) => {
		expect(safeHref(address)).toBeUndefined();
	});
});
