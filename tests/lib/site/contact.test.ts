import { describe, expect, it } from 'vitest';
import { feedbackLink, phoneLink } from '../../../src/lib/site/contact.ts';

describe('phoneLink', () => {
	it('dials the digits and shows the number without a line break', () => {
		expect(phoneLink('0234 3822 415')).toEqual({ href: 'tel:02343822415', text: '0234\u00a03822\u00a0415' });
		expect(phoneLink('+84 234 3822 415').href).toBe('tel:+842343822415');
	});
});

describe('feedbackLink', () => {
	const address = 'Số 25 đường Lê Lợi';
	it('prefers e-mail, with the document in the subject', () => {
		expect(feedbackLink({ address, email: 'stp@binhson.gov.vn', phone: '0234 3822 415' }, 'Đăng ký khai sinh')).toEqual({
			kind: 'email',
			href: 'mailto:stp@binhson.gov.vn?subject=G%C3%B3p%20%C3%BD%3A%20%C4%90%C4%83ng%20k%C3%BD%20khai%20sinh',
			text: 'stp@binhson.gov.vn',
		});
	});

	it('falls back to the telephone, then the website, then nothing', () => {
		expect(feedbackLink({ address, phone: '0234 3822 415', website: 'https://stp.example.vn' }, 'A')).toEqual({
			kind: 'phone',
			href: 'tel:02343822415',
			text: '0234\u00a03822\u00a0415',
		});
		expect(feedbackLink({ address, website: 'https://stp.example.vn' }, 'A')).toEqual({
			kind: 'website',
			href: 'https://stp.example.vn',
			text: 'https://stp.example.vn',
		});
		expect(feedbackLink({ address }, 'A')).toBeUndefined();
	});
});
