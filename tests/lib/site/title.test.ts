import { describe, expect, it } from 'vitest';
import { pageTitle, TITLE_MAX } from '../../../src/lib/site/title.ts';

describe('pageTitle', () => {
	it('adds the site name when the whole fits in 70 characters', () => {
		expect(pageTitle('Đăng ký khai sinh', 'Ủy ban nhân dân phường An Hòa')).toBe('Đăng ký khai sinh — Ủy ban nhân dân phường An Hòa');
		expect(pageTitle('Trang chủ', '')).toBe('Trang chủ');
	});

	it('drops the site name when the page title alone fits', () => {
		const title = 'Quy trình đăng ký kết hôn có yếu tố nước ngoài (lần ban hành 2)';
		expect(pageTitle(title, 'Ủy ban nhân dân phường An Hòa')).toBe(title);
	});

	it('cuts a longer title at a word and ends it with an ellipsis', () => {
		const title = 'Quy trình cấp bản sao trích lục hộ tịch, xác nhận thông tin hộ tịch cho công dân cư trú ở nước ngoài';
		const shown = pageTitle(title, 'Sở Tư pháp');
		expect(shown).toBe('Quy trình cấp bản sao trích lục hộ tịch, xác nhận thông tin hộ tịch…');
		expect(shown.length).toBeLessThanOrEqual(TITLE_MAX);
	});
});
