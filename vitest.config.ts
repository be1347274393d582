import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Browser and build tests start Astro, Pagefind and Chromium: generous, not tight, limits.
		testTimeout: 120_000,
		hookTimeout: 600_000,
		pool: 'forks',
		// Astro builds in one project root share .astro/: build and browser tests must not overlap.
		fileParallelism: false,
	},
});
