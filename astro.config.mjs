// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/lib/markdown/processor.ts';

export default defineConfig({
	site: process.env['QMS_SITE_URL'] ?? 'https://iso.binhson.gov.vn',
	trailingSlash: 'always',
	// Several pages in flight at once: with one, every page waits for its file to be written.
	build: { format: 'directory', concurrency: 8 },
	// The same pipeline renders bodies in `astro dev` and in the render workers of `qms build`.
	markdown: { processor: markdownProcessor() },
	devToolbar: { enabled: false },
});
