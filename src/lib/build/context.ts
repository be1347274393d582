import type { Finding } from '../findings/finding.ts';
import type { HistoryResult } from '../history/read-history.ts';
import type { Corpus } from '../load/corpus.ts';
import type { RenderedBody } from '../markdown/processor.ts';
import type { HeldBack } from '../publish/index.ts';
import type { SiteIndexer } from '../search/indexer.ts';

/**
 * The side channels of a build, in one place (docs/build.md tells why each exists). `qms build`
 * runs Astro in its own process, but Astro loads the content loaders, the middleware and the pages
 * in Vite's module graph, where a module of the CLI is another instance: what the CLI hands over
 * goes through `process.env` (settings) and `globalThis` under `Symbol.for` keys (live objects).
 * Nothing else in the project reads `process.env` for a build or `Symbol.for` at all.
 */

/** The settings of one `qms build`, as its options give them. */
export interface BuildSettings {
	/** `--content`: the content folder the loaders read. */
	content: string;
	/** `--as-of`: the day pages show documents in force on. */
	asOf?: string | undefined;
	/** `--agency`: the agency of a single-agency build. */
	agency?: string | undefined;
	/** `--shards`: a portal that takes every document page from the agencies' own builds. */
	sharded: boolean;
}

const ENV = { content: 'QMS_CONTENT', asOf: 'QMS_AS_OF', agency: 'QMS_AGENCY', sharded: 'QMS_SHARDED' } as const;

/** The settings of the running build; all unset in `astro dev` or a plain `astro build`. */
export function buildSettings(): { [K in keyof BuildSettings]: K extends 'sharded' ? boolean : string | undefined } {
	return {
		content: process.env[ENV.content],
		asOf: process.env[ENV.asOf],
		agency: process.env[ENV.agency],
		sharded: process.env[ENV.sharded] === '1',
	};
}

/**
 * Passes `settings` to the Astro build about to start in this process. Prerendered pages read
 * `import.meta.env.BASE_URL` from `process.env` first, so a stray `BASE_URL` (Vitest sets one)
 * would beat `--base`: it is removed.
 */
export function setBuildSettings(settings: BuildSettings): void {
	process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
	delete process.env['BASE_URL'];
	clearBuildSettings();
	process.env[ENV.content] = settings.content;
	if (settings.asOf !== undefined) process.env[ENV.asOf] = settings.asOf;
	if (settings.agency !== undefined) process.env[ENV.agency] = settings.agency;
	if (settings.sharded) process.env[ENV.sharded] = '1';
}

/**
 * The site's base path with one trailing slash (`/`, `/so-tu-phap/`): `qms build --base`, as Astro
 * gives it to the pages and the middleware (Vite's `import.meta.env`, so only in its module graph).
 */
export function siteBase(): string {
	const base = import.meta.env.BASE_URL;
	return base.endsWith('/') ? base : `${base}/`;
}

/** Removes the settings of a finished build, so a later build or dev server in this process starts clean. */
export function clearBuildSettings(): void {
	for (const name of Object.values(ENV)) delete process.env[name];
}

/**
 * What `qms build` hands to the content loaders: the corpus it has just loaded and validated (so
 * the build does not read it twice), its render workers (bodies already queued while Astro starts)
 * and the git history being read.
 */
export interface BuildHandoff {
	root: string;
	corpus: Corpus;
	/** The corpus as loaded, held-back files included: what the forms editor lists (src/pages/admin/config.yml.ts). */
	loaded: Corpus;
	/** Files held back for their document errors (see `publishCorpus`). */
	heldBack: readonly HeldBack[];
	/** The compliance findings, shown on the dashboards. */
	compliance: readonly Finding[];
	render: (body: string) => Promise<RenderedBody>;
	history: Promise<HistoryResult>;
}

/** The body and rendered HTML of a document's issue, as the pages receive it. */
export interface PastText {
	body: string;
	html: string;
}

/** The live objects shared across module graphs, by name. */
export interface Handoffs {
	/** From `qms build` to the content loaders. */
	build: BuildHandoff;
	/** From `qms build` to src/middleware.ts, which hands it every rendered search document. */
	indexer: SiteIndexer;
	/** Past issues' texts, from the history loader to the pages (see `StoredVersion`). */
	pastTexts: Map<string, PastText>;
	/** Working-tree documents' texts, from the content loader to the pages (see `currentTexts`). */
	currentTexts: Map<string, PastText>;
}

const KEYS: { readonly [K in keyof Handoffs]: symbol } = {
	build: Symbol.for('qms.build-handoff'),
	indexer: Symbol.for('qms.site-indexer'),
	pastTexts: Symbol.for('qms.past-issue-texts'),
	currentTexts: Symbol.for('qms.current-texts'),
};

const held = globalThis as unknown as Record<symbol, unknown>;

/** The handoff `name`, if one is set in this process. */
export function getHandoff<K extends keyof Handoffs>(name: K): Handoffs[K] | undefined {
	return held[KEYS[name]] as Handoffs[K] | undefined;
}

export function setHandoff<K extends keyof Handoffs>(name: K, value: Handoffs[K]): void {
	held[KEYS[name]] = value;
}

export function clearHandoff(name: keyof Handoffs): void {
	delete held[KEYS[name]];
}
