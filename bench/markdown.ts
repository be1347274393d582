import { satteri } from '@astrojs/markdown-satteri';
import { exportCorpus, renderedBodies } from '../src/lib/load/export.ts';
import { loadCorpus } from '../src/lib/load/index.ts';
import { createBodyRenderer } from '../src/lib/markdown/processor.ts';

/**
 * Markdown rendering alone, on one thread: every body a full `qms build` renders through this project's
 * remark/rehype pipeline (the one the render workers run) and through Astro 7's default processor
 * (Sätteri, written in Rust), which the baseline site uses. Both get the same bodies after a
 * warm-up, one after another.
 */
export interface MarkdownComparison {
	bodies: number;
	/** Characters of Markdown rendered. */
	chars: number;
	unifiedMs: number;
	satteriMs: number;
}

export async function compareMarkdown(content: string): Promise<MarkdownComparison> {
	// The bodies src/cli/site.ts hands to the render workers, for a build of the whole province.
	const bodies = renderedBodies(exportCorpus(await loadCorpus(content)), () => true);
	const timeAll = async (render: (body: string) => Promise<unknown>): Promise<number> => {
		for (const body of bodies.slice(0, 20)) await render(body);
		const started = performance.now();
		for (const body of bodies) await render(body);
		return performance.now() - started;
	};
	const unifiedMs = await timeAll(await createBodyRenderer());
	const satteriMs = await timeAll(await createBodyRenderer(satteri()));
	return { bodies: bodies.length, chars: bodies.reduce((sum, body) => sum + body.length, 0), unifiedMs, satteriMs };
}
