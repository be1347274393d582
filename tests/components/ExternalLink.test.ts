import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { componentRenderer, type ComponentRenderer } from '../helpers/component.ts';

describe('ExternalLink', () => {
	let renderer: ComponentRenderer;
	beforeAll(async () => {
		renderer = await componentRenderer();
	});
	afterAll(() => renderer.close());

	it('renders an http, https, mailto or tel address as a link', async () => {
		expect(
			await renderer.render(
				'/src/components/ExternalLink.astro',
				{ href: 'https://tuphap.binhson.gov.vn', rel: 'noopener noreferrer' },
				'Trang Sở',
			),
		).toBe('<a href="https://tuphap.binhson.gov.vn" rel="noopener noreferrer">Trang Sở</a>');
		expect(await renderer.render('/src/components/ExternalLink.astro', { href: 'tel:02343800000' }, '0234 3800 000')).toBe(
			'<a href="tel:02343800000">0234 3800 000</a>',
		);
	});

	it('renders any other address as text, never as a link', async () => {
		for (const href of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) {
			expect(await renderer.render('/src/components/ExternalLink.astro', { href, rel: 'noopener noreferrer' }, href), href).toBe(
				`<span>${href}</span>`,
			);
		}
	});
});
