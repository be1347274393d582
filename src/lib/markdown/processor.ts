import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeHeadingIds from './heading-ids.ts';
import rehypeRawIfNeeded from './raw-if-needed.ts';
import rehypeTableFrames from './table-frames.ts';
import { sanitizeSchema } from './sanitize.ts';

/**
 * The Markdown pipeline of every body, in one place for `astro.config.mjs` (Astro renders with it
 * in `astro dev`) and for the render workers of `qms build` (src/lib/markdown/render-pool.ts), so
 * both write the same HTML.
 *
 * Officers' Markdown may carry raw HTML: the unified pipeline keeps what is safe (rehype-sanitize
 * with GitHub's allow-list, no script, no event handlers, no frames) and marks external links.
 */
export function markdownProcessor(): ReturnType<typeof unified> {
	return unified({
		// Smart quotes cost a retext parse of every text node (about 70 ms of a 100 ms render in the
		// benchmark) and Vietnamese administrative text keeps straight quotes anyway.
		smartypants: false,
		rehypePlugins: [
			// Raw HTML becomes elements first, so the allow-list judges it tag by tag; without this
			// step sanitising drops every raw block whole, safe tables and links included.
			rehypeRawIfNeeded,
			[rehypeSanitize, sanitizeSchema],
			[rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
			// After sanitising, which would prefix the ids with "user-content-".
			rehypeHeadingIds,
			// After sanitising too, which would drop the frame's role and tabindex.
			rehypeTableFrames,
		],
	});
}

/** A rendered body as Astro's content layer stores it (`rendered` of a store entry). */
export interface RenderedBody {
	html: string;
	metadata: { headings: Array<{ depth: number; slug: string; text: string }>; imagePaths: string[] };
}

type Renderer = Awaited<ReturnType<ReturnType<typeof unified>['createRenderer']>>;

/**
 * A renderer with the options Astro's content layer gives its own (`renderMarkdown` of a loader):
 * Astro's Markdown defaults and no image domains, as this project configures none. `processor` is
 * this project's pipeline; the bench passes Astro's default one to compare.
 */
export async function createBodyRenderer(
	processor: Pick<ReturnType<typeof unified>, 'createRenderer'> = markdownProcessor(),
): Promise<(body: string) => Promise<RenderedBody>> {
	const renderer: Renderer = await processor.createRenderer({
		image: { domains: [], remotePatterns: [] },
		syntaxHighlight: markdownConfigDefaults.syntaxHighlight,
		shikiConfig: markdownConfigDefaults.shikiConfig,
		gfm: markdownConfigDefaults.gfm,
		smartypants: markdownConfigDefaults.smartypants,
	});
	return async (body) => {
		const { code, metadata } = await renderer.render(body, { frontmatter: {} });
		return {
			html: code,
			metadata: { headings: metadata.headings, imagePaths: [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])] },
		};
	};
}
