import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemGit } from '../src/lib/history/git.ts';
import { readHistory } from '../src/lib/history/read-history.ts';
import type { BuildTimings } from '../src/lib/timings.ts';
import { generateCorpus } from './corpus/generate.ts';
import type { PlannedProcedure } from './corpus/plan.ts';
import { compareMarkdown, type MarkdownComparison } from './markdown.ts';
import { countPages, measure, type Measured } from './measure.ts';
import { profileByPhase, type PhaseProfile } from './profile.ts';

export const PROJECT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');

export interface Scenario {
	name: string;
	n: number;
	r: number;
	agencies: number;
	/** Build one agency only (`qms build --agency`), the first of the corpus. */
	singleAgency?: boolean;
	/** What to measure beyond generating the corpus. */
	steps: ReadonlyArray<'validate' | 'history' | 'markdown' | 'build' | 'rebuild' | 'shards' | 'baseline'>;
}

export interface Run {
	wallMs: number;
	/** CPU time (user + system); shows how much of the wall time was work when the machine is shared. */
	cpuMs?: number;
	peakBytes: number;
	pages?: number;
}

export interface ScenarioResult {
	scenario: Scenario;
	generateMs: number;
	documents: number;
	validate?: Run;
	/** Markdown rendering alone, this project's unified pipeline against Astro's default (bench/markdown.ts). */
	markdown?: MarkdownComparison;
	history?: Run & { documents: number; issues: number };
	/** The build, with its phases (`qms build --timings-json`) and, with `--profile`, where the CPU went in each. */
	build?: Run & { timings: BuildTimings; profile?: PhaseProfile[] };
	/** The build again after one procedure's body changed: the render cache of the first build holds every other body. */
	rebuild?: Run & { timings: BuildTimings };
	/**
	 * The same site built the sharded way (docs/sharding.md), one job after another: a
	 * `qms build --agency` per agency, then the portal. Each job is a process of its own, so the
	 * peak memory is that of the largest job.
	 */
	shards?: Run & { jobs: Run[]; portal: Run; pages: number };
	/** The baseline: Astro then the Pagefind CLI; `astro` and `pagefind` are its two parts. */
	baseline?: Run & { astro: Run; pagefind: Run };
}

const NODE = process.execPath;
const CLI = join(PROJECT, 'src/cli/main.ts');

/** Generates the corpus of `scenario` in a temporary folder and runs its measurements, one after another. */
export async function runScenario(
	scenario: Scenario,
	log: (line: string) => void,
	options: { keep?: boolean; profile?: boolean } = {},
): Promise<ScenarioResult> {
	const work = await mkdtemp(join(tmpdir(), `qms-bench-${scenario.name}-`));
	try {
		log(`[${scenario.name}] tạo bộ tài liệu N=${scenario.n} R=${scenario.r} cơ quan=${scenario.agencies} trong ${work}`);
		const started = performance.now();
		const corpus = await generateCorpus({ repo: join(work, 'repo'), n: scenario.n, r: scenario.r, agencies: scenario.agencies });
		const result: ScenarioResult = {
			scenario,
			generateMs: performance.now() - started,
			documents: corpus.plan.procedures.length + corpus.plan.agencies.length * 17,
		};
		for (const step of scenario.steps) {
			log(`[${scenario.name}] đo ${step}…`);
			if (step === 'validate') result.validate = await timed(NODE, [CLI, 'validate', corpus.content]);
			if (step === 'history') {
				const start = performance.now();
				const history = await readHistory(corpus.content, systemGit);
				const issues = [...history.documents.values()].reduce((sum, doc) => sum + doc.issues.length, 0);
				result.history = {
					wallMs: performance.now() - start,
					peakBytes: process.memoryUsage().rss,
					documents: history.documents.size,
					issues,
				};
			}
			if (step === 'build' || step === 'rebuild') {
				const out = join(work, 'dist');
				const agency = scenario.singleAgency === true ? ['--agency', corpus.plan.agencies[0]?.id ?? ''] : [];
				const timingsFile = join(work, 'timings.json');
				const profileDir = join(work, `profile-${step}`);
				const profiling = options.profile === true ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
				if (step === 'rebuild') await editOneBody(corpus.content, corpus.plan.procedures[0]);
				// The build starts with an empty render cache of its own; the rebuild finds what the build left there.
				const cache = ['--cache-dir', join(work, 'render-cache')];
				const run = await timed(NODE, [
					...profiling,
					CLI,
					'build',
					'--content',
					corpus.content,
					'--out',
					out,
					...agency,
					...cache,
					'--timings-json',
					timingsFile,
				]);
				const timings = JSON.parse(await readFile(timingsFile, 'utf8')) as BuildTimings;
				const measured = {
					...run,
					pages: await countPages(out),
					timings,
					...(options.profile === true ? { profile: await profileByPhase(profileDir, timings) } : {}),
				};
				if (step === 'build') result.build = measured;
				else result.rebuild = measured;
			}
			if (step === 'markdown') result.markdown = await compareMarkdown(corpus.content);
			if (step === 'shards')
				result.shards = await runShards(
					corpus.content,
					corpus.plan.agencies.map((agency) => agency.id),
					work,
				);
			if (step === 'baseline') result.baseline = await runBaseline(corpus.content, work);
		}
		return result;
	} finally {
		if (options.keep !== true) await rm(work, { recursive: true, force: true });
	}
}

/** What an officer does between two builds: one more paragraph in one procedure. */
async function editOneBody(content: string, procedure: PlannedProcedure | undefined): Promise<void> {
	if (procedure === undefined) throw new Error('Bộ tài liệu không có quy trình nào để sửa.');
	const file = join(content, 'agencies', procedure.agency.id, 'procedures', `${procedure.slug}.md`);
	await writeFile(file, `${await readFile(file, 'utf8')}\nGhi chú: bổ sung cách tra cứu kết quả trên Cổng dịch vụ công.\n`);
}

async function runShards(content: string, agencies: readonly string[], work: string): Promise<NonNullable<ScenarioResult['shards']>> {
	const shards = join(work, 'shards');
	const jobs: Run[] = [];
	// Each job as on a fresh CI runner: no render cache.
	for (const agency of agencies)
		jobs.push(await timed(NODE, [CLI, 'build', '--content', content, '--agency', agency, '--out', join(shards, agency), '--no-cache']));
	const out = join(work, 'shards-dist');
	const portal = await timed(NODE, [CLI, 'build', '--content', content, '--shards', shards, '--out', out, '--no-cache']);
	const runs = [...jobs, portal];
	return {
		jobs,
		portal,
		wallMs: runs.reduce((sum, run) => sum + run.wallMs, 0),
		cpuMs: runs.reduce((sum, run) => sum + (run.cpuMs ?? 0), 0),
		peakBytes: Math.max(...runs.map((run) => run.peakBytes)),
		pages: await countPages(out),
	};
}

async function runBaseline(content: string, work: string): Promise<NonNullable<ScenarioResult['baseline']>> {
	const out = join(work, 'baseline-dist');
	const env = { BENCH_CONTENT: content, BENCH_CACHE: join(work, 'baseline-cache'), ASTRO_TELEMETRY_DISABLED: '1' };
	const astro = {
		...(await timed(
			NODE,
			[join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', join(PROJECT, 'bench/baseline'), '--outDir', out, '--silent'],
			env,
		)),
		pages: await countPages(out),
	};
	const pagefind = await timed(join(PROJECT, 'node_modules/.bin/pagefind'), ['--site', out, '--silent']);
	return {
		wallMs: astro.wallMs + pagefind.wallMs,
		cpuMs: (astro.cpuMs ?? 0) + (pagefind.cpuMs ?? 0),
		peakBytes: Math.max(astro.peakBytes, pagefind.peakBytes),
		pages: astro.pages,
		astro,
		pagefind,
	};
}

async function timed(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
	const measured: Measured = await measure(command, args, { cwd: PROJECT, env });
	if (measured.code !== 0) throw new Error(`${command} ${args.join(' ')} thoát với mã ${measured.code}:\n${measured.output}`);
	return { wallMs: measured.wallMs, cpuMs: measured.cpuMs, peakBytes: measured.peakBytes };
}
