import { defaultSchema } from 'rehype-sanitize';
import type { Options } from 'rehype-sanitize';

/**
 * GitHub's allow-list (what github.com lets through in READMEs): no script, style, iframe, object
 * or event-handler attributes; only http, https, mailto and tel links. Table cell alignment is kept
 * for the tables officers paste.
 */
export const sanitizeSchema: Options = {
	...defaultSchema,
	// A <style> element is dropped; without `strip` its CSS text would be left on the page.
	strip: [...(defaultSchema.strip ?? []), 'style'],
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
	attributes: {
		...defaultSchema.attributes,
		td: [...(defaultSchema.attributes?.['td'] ?? []), 'align'],
		th: [...(defaultSchema.attributes?.['th'] ?? []), 'align'],
	},
};
