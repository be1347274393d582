import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { INDEX_ROOT, indexedPage } from '../lib/search/pages.ts';
import type { BuildSiteOptions } from './io.ts';
import { installShards } from './shards.ts';

/**
 * Builds the Astro site into a scratch folder, indexes it with Pagefind, then swaps it into place,
 * so a failed build never leaves a half-written output folder.
 */
export async function buildSite(options: BuildSiteOptions): Promise<void> {
	process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
	// Each build works in its own folder inside the project: Astro's prerender chunks (written next
	// to outDir when it lies in the working directory, else into the shared .astro/) import the
	// project's packages, and builds running at the same time must not overwrite each other's files.
	const work = join(options.root, '.astro', 'builds', `${process.pid}-${Date.now()}`);
	const scratch = join(work, 'site');
	await mkdir(work, { recursive: true });
	process.env['QMS_CONTENT'] = options.content;
	if (options.asOf === undefined) delete process.env['QMS_AS_OF'];
	else process.env['QMS_AS_OF'] = options.asOf;
	// In prerendered pages import.meta.env.BASE_URL reads process.env first; a stray BASE_URL (Vitest sets one) would beat --base.
	delete process.env['BASE_URL'];
	if (options.agency === undefined) delete process.env['QMS_AGENCY'];
	else process.env['QMS_AGENCY'] = options.agency;
	if (options.shards === undefined) delete process.env['QMS_SHARDED'];
	else process.env['QMS_SHARDED'] = '1';
	// Handed to src/content/loader.ts, which runs in Vite's module graph and cannot share imports with the CLI.
	if (options.corpus !== undefined) (globalThis as Record<symbol, unknown>)[Symbol.for('qms.validated-corpus')] = { root: options.content, corpus: options.corpus };
	try {
		const { build } = await import('astro');
		await build({ root: options.root, outDir: scratch, base: options.base, cacheDir: join(work, 'cache'), logLevel: 'warn' });
		await rm(join(scratch, '.prerender'), { recursive: true, force: true });
		await indexSite(scratch);
		if (options.shards !== undefined) await installShards(scratch, options.shards.dirs, options.shards.agencies);
		await rm(options.outDir, { recursive: true, force: true });
		await moveFolder(scratch, options.outDir);
	} finally {
		delete (globalThis as Record<symbol, unknown>)[Symbol.for('qms.validated-corpus')];
		await rm(work, { recursive: true, force: true });
	}
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

/**
 * Writes the Pagefind index into `<site>/pagefind`; Pagefind's errors come back as values and are
 * checked. Pages are handed over one by one, encoded for Vietnamese search (see src/lib/search/fold.ts).
 */
async function indexSite(site: string): Promise<void> {
	const pagefind = await import('pagefind');
	try {
		const created = await pagefind.createIndex({ forceLanguage: 'vi', rootSelector: INDEX_ROOT });
		if (created.errors.length > 0 || created.index === undefined) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
		const files = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
		for (const file of files) {
			const page = indexedPage(file, await readFile(join(site, file), 'utf8'));
			if (page === undefined) continue;
			const added = await created.index.addHTMLFile(page);
			if (added.errors.length > 0) throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`);
		}
		const written = await created.index.writeFiles({ outputPath: join(site, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
}
