import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryOf, profileByPhase, profileLines } from '../../bench/profile.ts';
import type { BuildTimings } from '../../src/lib/timings.ts';
import { cleanEnv, PROJECT_ROOT } from '../helpers/cli.ts';
import { SEARCH_FIXTURE } from '../helpers/site.ts';

const PHASES = ['startup', 'read', 'validate', 'content', 'bundle', 'pages', 'index', 'output'];

let work: string;
let stdout: string;
let timings: BuildTimings;

// One real `qms build --timings --timings-json` of the search fixture under `node --cpu-prof`, with
// an empty render cache of its own so that the render workers run.
beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'qms-timings-'));
	const args = [
		'--cpu-prof',
		'--cpu-prof-dir',
		join(work, 'profile'),
		'src/cli/main.ts',
		'build',
		'--content',
		SEARCH_FIXTURE,
		'--out',
		join(work, 'dist'),
		'--cache-dir',
		join(work, 'cache'),
		'--timings',
		'--timings-json',
		join(work, 'timings.json'),
	];
	const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: cleanEnv() });
	stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8');
	child.stderr.setEncoding('utf8');
	child.stdout.on('data', (chunk: string) => (stdout += chunk));
	child.stderr.on('data', (chunk: string) => (stderr += chunk));
	const code = await new Promise((resolve) => child.on('close', resolve));
	if (code !== 0) throw new Error(`qms build failed (${String(code)}):\n${stdout}\n${stderr}`);
	timings = JSON.parse(await readFile(join(work, 'timings.json'), 'utf8')) as BuildTimings;
}, 120_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('qms build --timings', () => {
	it('reports every phase once, in order, back to back, with the peak memory of the build', () => {
		expect(timings.phases.map((phase) => phase.id)).toEqual(PHASES);
		for (const [index, phase] of timings.phases.entries()) {
			const before = timings.phases[index - 1];
			if (before !== undefined) expect(phase.startMs).toBeCloseTo(before.startMs + before.ms, 6);
			expect(phase.ms).toBeGreaterThan(0);
		}
		const last = timings.phases.at(-1);
		expect(timings.totalMs).toBeCloseTo((last?.startMs ?? 0) + (last?.ms ?? 0), 6);
		expect(timings.peakBytes).toBe(Math.max(...timings.phases.map((phase) => phase.peakBytes)));
		// Astro, the render workers and Pagefind's indexer are running by then.
		expect(timings.phases.find((phase) => phase.id === 'pages')?.peakBytes).toBeGreaterThan(200 * 2 ** 20);
	});

	it('prints the same phases as a table after the build', () => {
		const table = stdout.slice(stdout.indexOf('Thời gian dựng')).trim().split('\n');
		expect(table[0]).toBe('Thời gian dựng (bộ nhớ: đỉnh của tiến trình và các tiến trình con trong giai đoạn):');
		expect(table.slice(1).map((line) => line.replace(/\s+[\d.]+ s\s+\d+ MiB$/, '').trim())).toEqual([
			...timings.phases.map((phase) => phase.label),
			'tổng',
		]);
		expect(table.at(-1)).toMatch(
			new RegExp(`^  tổng\\s+${(timings.totalMs / 1000).toFixed(1)} s\\s+${(timings.peakBytes / 2 ** 20).toFixed(0)} MiB$`),
		);
	});
});

describe('profileByPhase (npm run bench -- --profile)', () => {
	it('cuts the CPU profiles of the build at the phase boundaries', async () => {
		// Every category, not just the four largest: the fixture's page generation is short.
		const phases = await profileByPhase(join(work, 'profile'), timings, 1000);
		expect(phases.map((phase) => phase.id)).toEqual(PHASES);
		const by = (id: string) => phases.find((phase) => phase.id === id);
		// Markdown is rendered by the workers while the content layer loads, and by nobody after.
		expect(by('content')?.workersBusyMs).toBeGreaterThan(0);
		expect(by('output')?.workersBusyMs).toBe(0);
		// Page generation runs the bundled page code on the main thread.
		expect(by('pages')?.mainTop.map((entry) => entry.name)).toContain('mã trang đã đóng gói');
		for (const phase of phases) {
			// At most the phase's wall time; the boundaries are whole microseconds, hence the 1 µs.
			expect(phase.mainBusyMs).toBeLessThanOrEqual(phase.wallMs + 0.001);
			expect(phase.mainTop.reduce((sum, entry) => sum + entry.ms, 0)).toBeCloseTo(phase.mainBusyMs, 3);
		}
		const top = await profileByPhase(join(work, 'profile'), timings);
		expect(top.map((phase) => phase.mainTop)).toEqual(phases.map((phase) => phase.mainTop.slice(0, 4)));
		const lines = profileLines(top);
		expect(lines).toHaveLength(PHASES.length);
		expect(lines[5]).toMatch(/^sinh trang: [\d.]+ s, đỉnh \d+ MiB; luồng chính bận [\d.]+ s/);
	});

	it('prints a phase with the main thread’s largest items from 50 ms up, and the workers from 50 ms up', () => {
		const phase = { id: 'content' as const, label: 'nạp nội dung', wallMs: 24_310, peakBytes: 1300 * 2 ** 20, mainBusyMs: 8_020 };
		const mainTop = [
			{ name: 'devalue', ms: 3_410 },
			{ name: 'vite', ms: 1_270 },
			{ name: '(garbage collector)', ms: 49 },
		];
		expect(
			profileLines([
				{ ...phase, mainTop, workersBusyMs: 46_900 },
				{ ...phase, mainTop: [], workersBusyMs: 49 },
			]),
		).toEqual([
			'nạp nội dung: 24.3 s, đỉnh 1300 MiB; luồng chính bận 8.0 s (devalue 3.4 s, vite 1.3 s); luồng Markdown bận 46.9 s',
			'nạp nội dung: 24.3 s, đỉnh 1300 MiB; luồng chính bận 8.0 s',
		]);
	});

	it('names the package, the project folder or the V8 activity of a frame', () => {
		expect(categoryOf({ functionName: 'tokenize', url: 'file:///w/node_modules/micromark/lib/x.js' })).toBe('micromark');
		expect(categoryOf({ functionName: 'x', url: 'file:///w/node_modules/@astrojs/markdown-remark/dist/index.js' })).toBe(
			'@astrojs/markdown-remark',
		);
		expect(categoryOf({ functionName: 'x', url: 'file:///w/.astro/builds/1-2/site/.prerender/chunks/a.mjs' })).toBe('mã trang đã đóng gói');
		expect(categoryOf({ functionName: 'readHistory', url: 'file:///w/src/lib/history/read-history.ts' })).toBe('src/lib/history');
		expect(categoryOf({ functionName: 'buildSite', url: 'file:///w/src/cli/site.ts' })).toBe('src/cli');
		expect(categoryOf({ functionName: 'readFile', url: 'node:fs' })).toBe('node:fs');
		expect(categoryOf({ functionName: '(garbage collector)', url: '' })).toBe('(garbage collector)');
	});
});
