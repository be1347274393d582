import { describe, expect, it } from 'vitest';
import { heldBackHref } from '../../../src/lib/publish/href.ts';
import type { HeldBack } from '../../../src/lib/publish/select.ts';

const item = (file: string, kind: HeldBack['kind'], shown: HeldBack['shown']): HeldBack => ({
	file,
	agency: 'xa-y',
	kind,
	shown,
	findings: [],
});
const SHOWN = { issue: 2, commit: 'abc', date: '2026-01-10' };

describe('the page standing in for a held-back file', () => {
	it("is the document's own page when a past issue is published there", () => {
		expect(heldBackHref('/so/', item('agencies/xa-y/procedures/Đăng ký.md', 'procedure', SHOWN))).toBe('/so/xa-y/thu-tuc/dang-ky/');
		expect(heldBackHref('/', item('agencies/xa-y/internal/nb-02.md', 'internal-process', SHOWN))).toBe('/xa-y/noi-bo/nb-02/');
		expect(heldBackHref('/', item('agencies/xa-y/policy.md', 'policy', SHOWN))).toBe('/xa-y/chinh-sach/');
		expect(heldBackHref('/', item('agencies/xa-y/objectives/2026.md', 'objectives', SHOWN))).toBe('/xa-y/muc-tieu/2026/');
	});

	it('is none when nothing is published in its place', () => {
		expect(heldBackHref('/', item('agencies/xa-y/procedures/moi.md', 'procedure', null))).toBeUndefined();
		expect(heldBackHref('/', item('agencies/xa-y/agency.yaml', 'agency', null))).toBeUndefined();
	});
});
