import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { rendersFile } from '../content/loader.ts';
import { clearBuildSettings, clearHandoff, setBuildSettings, setHandoff, type BuildHandoff } from '../lib/build/context.ts';
import { systemGit } from '../lib/history/git.ts';
import { readHistory } from '../lib/history/read-history.ts';
import { exportCorpus, renderedBodies } from '../lib/load/export.ts';
import type { Corpus } from '../lib/load/index.ts';
import { openRenderCache, pipelineFingerprint, RENDER_CACHE_DIR } from '../lib/markdown/render-cache.ts';
import { createRenderPool, type RenderPool } from '../lib/markdown/render-pool.ts';
import { createSiteIndexer } from '../lib/search/indexer.ts';
import { searchDocumentsFirst } from '../lib/search/pages.ts';
import { siteUrl } from '../lib/site/sitemap.ts';
import type { PhaseClock } from '../lib/timings.ts';
import { releaseTexts } from '../lib/versions-view/types.ts';
import type { BuildSiteOptions } from './io.ts';
import { writeBuildMarker } from './out-dir.ts';
import { wrapPrerenderer } from './prerenderer.ts';
import { writeSearchEngineFiles } from './search-engines.ts';
import { installShards } from './shards.ts';

/**
 * Builds the Astro site into a scratch folder, indexes it with Pagefind, then swaps it into place,
 * so a failed build never leaves a half-written output folder.
 */
export async function buildSite(options: BuildSiteOptions): Promise<void> {
	// Each build works in its own folder inside the project: Astro's prerender chunks (written next
	// to outDir when it lies in the working directory, else into the shared .astro/) import the
	// project's packages, and builds running at the same time must not overwrite each other's files.
	const work = join(options.root, '.astro', 'builds', `${process.pid}-${Date.now()}`);
	const scratch = join(work, 'site');
	await mkdir(work, { recursive: true });
	const { clock } = options;
	clock?.enter('content');
	const indexer = await createSiteIndexer();
	const fingerprint = options.cache === false ? undefined : await pipelineFingerprint(options.root);
	const cache =
		fingerprint === undefined ? undefined : openRenderCache(options.cacheDir ?? join(options.root, RENDER_CACHE_DIR), fingerprint);
	const pool = createRenderPool(undefined, cache);
	try {
		setBuildSettings({ content: options.content, asOf: options.asOf, agency: options.agency, sharded: options.shards !== undefined });
		if (options.corpus !== undefined) setHandoff('build', handoff(options, options.corpus as Corpus, pool));
		setHandoff('indexer', indexer);
		const { build } = await import('astro');
		await build({
			root: options.root,
			outDir: scratch,
			base: options.base,
			cacheDir: join(work, 'cache'),
			logLevel: 'warn',
			integrations: [searchDocumentsFirstIntegration(clock)],
		});
		clock?.enter('index');
		// The pages are written: what they were made from can go before Pagefind, still growing, writes its index.
		clearHandoff('build');
		await pool.close();
		releaseTexts();
		await rm(join(scratch, '.prerender'), { recursive: true, force: true });
		await indexer.finish(join(scratch, 'pagefind'));
		clock?.enter('output');
		if (options.shards !== undefined) await installShards(scratch, options.shards.dirs, options.shards.agencies);
		await writeSearchEngineFiles(scratch, siteUrl(process.env), options.base);
		await writeBuildMarker(scratch);
		await rm(options.outDir, { recursive: true, force: true });
		await moveFolder(scratch, options.outDir);
		// Only after a build that went through: entries no build has used for 30 days go.
		await cache?.prune();
	} finally {
		clearHandoff('build');
		clearHandoff('indexer');
		clearBuildSettings();
		releaseTexts();
		await Promise.all([pool.close(), indexer.close(), cache?.flush()]);
		await rm(work, { recursive: true, force: true });
	}
}

/**
 * Generates the search documents' pages before the others (see SEARCH_DOCUMENT_ROUTES), through
 * the prerenderer hook of Astro's integration API, and tells `clock` when bundling starts (Astro
 * syncs the content collections before `astro:build:start` and bundles the pages after it) and
 * when the first page is rendered.
 */
function searchDocumentsFirstIntegration(clock: PhaseClock | undefined): AstroIntegration {
	return {
		name: 'qms-search-documents-first',
		hooks: {
			'astro:build:start': ({ setPrerenderer }) => {
				clock?.enter('bundle');
				setPrerenderer((astro) =>
					wrapPrerenderer(astro, {
						name: 'qms-search-documents-first',
						getStaticPaths: async () => searchDocumentsFirst(await astro.getStaticPaths()),
						render: (request, options) => {
							clock?.enter('pages');
							return astro.render(request, options);
						},
					}),
				);
			},
		},
	};
}

/**
 * What the content loaders take from this build: the corpus, the workers with every body of the
 * build already queued (they render while Astro starts up), and the git history, read meanwhile.
 */
function handoff(options: BuildSiteOptions, corpus: Corpus, pool: RenderPool): BuildHandoff {
	const root = options.content;
	for (const body of renderedBodies(exportCorpus(corpus), rendersFile)) void pool.render(body).catch(() => undefined);
	const history = options.history ?? readHistory(root, systemGit);
	// The loader awaits it and reports a failure; this only keeps an early failure from counting as unhandled.
	history.catch(() => undefined);
	return {
		root,
		corpus,
		loaded: (options.loaded as Corpus | undefined) ?? corpus,
		heldBack: options.heldBack ?? [],
		compliance: options.compliance ?? [],
		render: pool.render,
		history,
	};
}

/** Renames a folder, copying it when the target is on another file system. */
async function moveFolder(from: string, to: string): Promise<void> {
	await mkdir(dirname(to), { recursive: true });
	try {
		await rename(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		await cp(from, to, { recursive: true });
	}
}
