import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** Every procedure of the synthetic corpus (`BENCH_CONTENT`), read by Astro's own glob loader. */
export const collections = {
	procedures: defineCollection({
		loader: glob({ pattern: 'agencies/*/procedures/*.md', base: process.env['BENCH_CONTENT'] ?? 'content' }),
	}),
};
