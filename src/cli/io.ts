import type { Git } from '../lib/history/git.ts';
import type { HistoryResult } from '../lib/history/read-history.ts';
import type { HeldBack } from '../lib/publish/select.ts';
import type { Finding } from '../lib/findings/finding.ts';
import type { Corpus } from '../lib/load/index.ts';
import type { PhaseClock } from '../lib/timings.ts';

/** What a command needs from the outside world, passed in so tests can run commands in-process. */
export interface CliDeps {
	cwd: string;
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	/** The current time, for the default as-of date. */
	now: () => Date;
	loadCorpus: (root: string) => Promise<Corpus>;
	/** Git, for the commands that read history; the system's git when absent. */
	git?: Git;
	/** Builds the site; given only to commands that build. */
	buildSite?: (options: BuildSiteOptions) => Promise<void>;
}

export interface BuildSiteOptions {
	root: string;
	content: string;
	outDir: string;
	agency?: string;
	/** Shard folders (`qms build --agency X` outputs) to put into a portal built without document pages. */
	shards?: { dirs: string[]; agencies: ReadonlySet<string> };
	/** The corpus the command has loaded, validated and chosen what to publish of; the site build takes it instead of reading the files again. */
	corpus?: unknown;
	/** The corpus as loaded, held-back files included, for the forms editor, which must list them so they can be mended. */
	loaded?: unknown;
	/** The files held back from that corpus, and the compliance findings, for the dashboards. */
	heldBack?: readonly HeldBack[];
	compliance?: readonly Finding[];
	/** The git history, when the command has already started reading it. */
	history?: Promise<HistoryResult>;
	base: string;
	/** The day pages show documents in force on and compute figures at. */
	asOf?: string;
	log: (text: string) => void;
	/** Keep rendered Markdown between builds (src/lib/markdown/render-cache.ts); on unless `--no-cache`. */
	cache?: boolean;
	/** Where that cache lives; `.astro/cache/markdown` in the project by default. */
	cacheDir?: string;
	/** Told when each phase of the build starts (`qms build --timings`). */
	clock?: PhaseClock;
}

/** A problem with the command line or the environment: printed in Vietnamese, exit code 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}
