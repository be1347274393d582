// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/lib/markdown/processor.ts';
import { siteUrl } from './src/lib/site/sitemap.ts';

export default defineConfig({
	site: siteUrl(process.env),
	trailingSlash: 'always',
	// Several pages in flight at once: with one, every page waits for its file to be written.
	build: { format: 'directory', concurrency: 8 },
	// The same pipeline renders bodies in `astro dev` and in the render workers of `qms build`.
	markdown: { processor: markdownProcessor() },
	devToolbar: { enabled: false },
});
