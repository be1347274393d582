// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The baseline of `npm run bench`: a minimal Astro site, one content collection, one dynamic
 * route, default Markdown pipeline. Its cache lives in a scratch folder so every run starts cold,
 * as `qms build` does.
 */
export default defineConfig({
	...(process.env['BENCH_CACHE'] === undefined ? {} : { cacheDir: process.env['BENCH_CACHE'] }),
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
});
