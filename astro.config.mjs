// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeRawIfNeeded from './src/lib/markdown/raw-if-needed.ts';
import { sanitizeSchema } from './src/lib/markdown/sanitize.ts';

// Officers' Markdown may carry raw HTML: the unified pipeline keeps what is safe (rehype-sanitize
// with GitHub's allow-list, no script, no event handlers, no frames) and marks external links.
export default defineConfig({
	site: process.env['QMS_SITE_URL'] ?? 'https://iso.binhson.gov.vn',
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		processor: unified({
			// Smart quotes cost a retext parse of every text node (about 70 ms of a 100 ms render in the
			// benchmark) and Vietnamese administrative text keeps straight quotes anyway.
			smartypants: false,
			rehypePlugins: [
				// Raw HTML becomes elements first, so the allow-list judges it tag by tag; without this
				// step sanitising drops every raw block whole, safe tables and links included.
				rehypeRawIfNeeded,
				[rehypeSanitize, sanitizeSchema],
				[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
			],
		}),
	},
	devToolbar: { enabled: false },
});
