// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { sanitizeSchema } from './src/lib/markdown/sanitize.ts';

// Officers' Markdown may carry raw HTML: the unified pipeline keeps what is safe (rehype-sanitize
// with GitHub's allow-list, no script, no event handlers, no frames) and marks external links.
export default defineConfig({
	site: process.env['QMS_SITE_URL'] ?? 'https://iso.binhson.gov.vn',
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		processor: unified({
			rehypePlugins: [
				[rehypeSanitize, sanitizeSchema],
				[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
			],
		}),
	},
	devToolbar: { enabled: false },
});
