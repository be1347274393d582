import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { SiteFiles } from '../../src/lib/linkcheck/index.ts';

const run = promisify(execFile);

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The fixture corpus for search and browser tests: two agencies, đ in titles, a land-law field. */
export const SEARCH_FIXTURE = fileURLToPath(new URL('../fixtures/search/', import.meta.url));

export interface BuildOptions {
	/** Content folder; the search fixture by default. */
	content?: string;
	agency?: string;
	base?: string;
}

/** A built site in a temporary folder, removed by `dispose`. */
export interface BuiltSite {
	dir: string;
	base: string;
	dispose: () => Promise<void>;
}

/**
 * Builds a site with the real `qms build` (Astro, then Pagefind) in a child process, so every
 * build starts from a clean Astro and content layer. Throws with the command's output on failure.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuiltSite> {
	const parent = await mkdtemp(join(tmpdir(), 'qms-site-'));
	const dir = join(parent, 'dist');
	const base = options.base ?? '/';
	const args = ['src/cli/main.ts', 'build', '--content', options.content ?? SEARCH_FIXTURE, '--out', dir, '--base', base];
	if (options.agency !== undefined) args.push('--agency', options.agency);
	try {
		await run(process.execPath, args, { cwd: PROJECT_ROOT, env: buildEnv(), maxBuffer: 16 * 1024 * 1024 });
	} catch (error) {
		await rm(parent, { recursive: true, force: true });
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		throw new Error(`qms build ${args.slice(2).join(' ')} failed:\n${stdout}\n${stderr}`);
	}
	return { dir, base, dispose: () => rm(parent, { recursive: true, force: true }) };
}

/**
 * The environment of a build started from a test: Vitest sets NODE_ENV=test and Vite's BASE_URL,
 * MODE, DEV, PROD and SSR in process.env, and Astro would take BASE_URL over `--base`.
 */
function buildEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	for (const name of ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
	for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
	return env;
}

/** Every file of a built site and the text of its HTML pages, for the link check and the safety scan. */
export async function readSite(site: BuiltSite): Promise<SiteFiles> {
	const files = (await readdir(site.dir, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) =>
			join(entry.parentPath, entry.name)
				.slice(site.dir.length + 1)
				.split('\\')
				.join('/'),
		);
	const pages = new Map<string, string>();
	for (const file of files.filter((name) => name.endsWith('.html')).sort()) pages.set(file, await readFile(join(site.dir, file), 'utf8'));
	return { files: new Set(files), pages, base: site.base };
}
