import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildSiteOptions } from './io.ts';

/**
 * Builds the Astro site into a scratch folder, indexes it with Pagefind, then swaps it into place,
 * so a failed build never leaves a half-written output folder.
 */
export async function buildSite(options: BuildSiteOptions): Promise<void> {
	process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
	const scratch = `${options.outDir}.building-${process.pid}`;
	await rm(scratch, { recursive: true, force: true });
	process.env['QMS_CONTENT'] = options.content;
	if (options.agency === undefined) delete process.env['QMS_AGENCY'];
	else process.env['QMS_AGENCY'] = options.agency;
	try {
		const { build } = await import('astro');
		await build({ root: options.root, outDir: scratch, base: options.base, logLevel: 'warn' });
		await indexSite(scratch);
		await rm(options.outDir, { recursive: true, force: true });
		await rename(scratch, options.outDir);
	} finally {
		await rm(scratch, { recursive: true, force: true });
	}
}

/** Writes the Pagefind index into `<site>/pagefind`; Pagefind's errors come back as values and are checked. */
async function indexSite(site: string): Promise<void> {
	const pagefind = await import('pagefind');
	try {
		const created = await pagefind.createIndex({ forceLanguage: 'vi' });
		if (created.errors.length > 0 || created.index === undefined) throw new Error(`Pagefind: ${created.errors.join('; ')}`);
		const added = await created.index.addDirectory({ path: site });
		if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
		const written = await created.index.writeFiles({ outputPath: join(site, 'pagefind') });
		if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	} finally {
		await pagefind.close();
	}
}
