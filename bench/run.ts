/**
 * `npm run bench -- [--n 1000] [--r 1] [--agencies 10] [--targets] [--only a,b] [--no-baseline] [--keep] [--profile] [--shards]`
 *
 * Generates a synthetic corpus with a real git history in a temporary folder, then measures
 * `qms validate`, the history extraction, the full `qms build` (child process of the real CLI) and
 * a baseline (a minimal Astro site over the same bodies, then the Pagefind CLI). `--targets` runs
 * every configuration issue 6 sets a target for and prints PASS/FAIL lines. Writes bench/RESULTS.md.
 * `--shards` also builds the custom corpus the sharded way (one job per agency, then the portal).
 * `--profile` runs each build under `node --cpu-prof` and prints, phase by phase, where the main
 * thread's time went; it writes bench/PROFILE.md instead, since profiling slows the build a little,
 * and leaves out the baseline, the rebuild and the sharded jobs.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine, resultsMarkdown, scenarioLines, targetLines } from './report.ts';
import { PROJECT, runScenario, type Scenario, type ScenarioResult } from './scenario.ts';
import { judgeTargets, TARGET_SCENARIOS, type TargetLine } from './targets.ts';

const { values } = parseArgs({
	args: process.argv.slice(2),
	options: {
		n: { type: 'string', default: '1000' },
		r: { type: 'string', default: '1' },
		agencies: { type: 'string', default: '10' },
		targets: { type: 'boolean', default: false },
		only: { type: 'string' },
		'no-baseline': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		profile: { type: 'boolean', default: false },
		shards: { type: 'boolean', default: false },
	},
});

const count = (flag: string, text: string): number => {
	const value = Number(text);
	if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} cần một số nguyên dương, nhận "${text}".`);
	return value;
};

const only = values.only?.split(',').map((name) => name.trim());
const custom: Scenario = {
	name: 'custom',
	n: count('n', values.n),
	r: count('r', values.r),
	agencies: count('agencies', values.agencies),
	steps: ['validate', 'history', 'build', ...(values.shards ? (['shards'] as const) : []), 'baseline'],
};
// A profiled run is about where one build's time goes: the runs that are not profiled (baseline,
// rebuild, sharded jobs) are left out, and no target is judged on profiled, slower builds.
const leftOut = new Set<Scenario['steps'][number]>([
	...(values['no-baseline'] || values.profile ? (['baseline'] as const) : []),
	...(values.profile ? (['rebuild', 'shards'] as const) : []),
]);
const scenarios = (
	values.targets ? TARGET_SCENARIOS.filter((scenario) => only === undefined || only.includes(scenario.name)) : [custom]
).map((scenario) => ({
	...scenario,
	steps: scenario.steps.filter((step) => !leftOut.has(step)),
}));

const print = (line: string): void => void process.stdout.write(`${line}\n`);
const machine = describeMachine(PROJECT);
print(
	`Máy: ${machine.cpu}, ${machine.cores} nhân, ${machine.memory}; Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}; tải ${machine.load}`,
);
const results: ScenarioResult[] = [];
for (const scenario of scenarios) {
	const result = await runScenario(scenario, (line) => void process.stderr.write(`${line}\n`), {
		keep: values.keep,
		profile: values.profile,
	});
	results.push(result);
	for (const line of scenarioLines(result)) print(line);
}
const targets: TargetLine[] = values.targets && !values.profile ? judgeTargets(results) : [];
if (targets.length > 0) {
	print('== Mục tiêu');
	for (const line of targetLines(targets)) print(line);
}
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
const file = values.profile ? 'bench/PROFILE.md' : 'bench/RESULTS.md';
await writeFile(join(PROJECT, file), resultsMarkdown(machine, command, results, targets, new Date()));
print(`Đã ghi ${file}.`);
