import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildTimings, PhaseId } from '../src/lib/timings.ts';

/**
 * What the CPU went to in each phase of a profiled `qms build` (`npm run bench -- --profile`): the
 * V8 CPU profiles `node --cpu-prof` writes for the main thread and each render worker, cut at the
 * phase boundaries `qms build --timings-json` reports. Both use the monotonic clock.
 */
export interface PhaseProfile {
	id: PhaseId;
	label: string;
	wallMs: number;
	peakBytes: number;
	/** Time the main thread was running JavaScript, compiling or collecting garbage. */
	mainBusyMs: number;
	/** Where that time went, largest first: package, project folder or V8 activity. */
	mainTop: Array<{ name: string; ms: number }>;
	/** Busy time of all render workers together. */
	workersBusyMs: number;
}

interface CpuProfile {
	nodes: Array<{ id: number; callFrame: { functionName: string; url: string } }>;
	startTime: number;
	samples: number[];
	timeDeltas: number[];
}

/** The category of a profile node: an npm package, a folder of this project, the built pages, or what V8 calls it. */
export function categoryOf(frame: { functionName: string; url: string }): string {
	const { url, functionName } = frame;
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (pkg !== null) return pkg[1] ?? url;
	if (url.includes('/.astro/builds/')) return 'mã trang đã đóng gói';
	const own = /\/(src\/(?:lib\/)?[^/]+)/.exec(url);
	if (own !== null) return own[1] ?? url;
	if (url.startsWith('node:')) return url;
	return functionName === '' ? '(không tên)' : functionName;
}

const IDLE = new Set(['(idle)', '(program)']);

/**
 * Self time per category of `profile`, in microseconds, within [fromUs, toUs). A sample stands for
 * the interval since the one before it; an interval that straddles a boundary counts for its part
 * inside.
 */
function selfTimes(profile: CpuProfile, fromUs: number, toUs: number): Map<string, number> {
	const category = new Map(profile.nodes.map((node) => [node.id, categoryOf(node.callFrame)]));
	const times = new Map<string, number>();
	let at = profile.startTime;
	for (let index = 0; index < profile.samples.length; index += 1) {
		const before = at;
		at += profile.timeDeltas[index] ?? 0;
		const inside = Math.min(at, toUs) - Math.max(before, fromUs);
		if (inside <= 0) continue;
		const name = category.get(profile.samples[index] ?? -1) ?? '?';
		times.set(name, (times.get(name) ?? 0) + inside);
	}
	return times;
}

const busy = (times: Map<string, number>): number => [...times].reduce((sum, [name, us]) => (IDLE.has(name) ? sum : sum + us), 0);

/** Reads the profiles in `dir` (main thread: thread id 0 in the file name) and cuts them by phase. */
export async function profileByPhase(dir: string, timings: BuildTimings, top = 4): Promise<PhaseProfile[]> {
	const files = (await readdir(dir)).filter((file) => file.endsWith('.cpuprofile'));
	const read = async (file: string) => JSON.parse(await readFile(join(dir, file), 'utf8')) as CpuProfile;
	// CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile
	const thread = (file: string) => file.split('.').at(-3);
	const mains = files.filter((file) => thread(file) === '0');
	if (mains.length !== 1) throw new Error(`Cần đúng một hồ sơ CPU của luồng chính trong ${dir}, thấy ${mains.length}.`);
	const main = await read(mains[0] ?? '');
	const workers = await Promise.all(files.filter((file) => thread(file) !== '0').map(read));
	return timings.phases.map((phase) => {
		const from = phase.monotonicStartUs;
		const to = from + phase.ms * 1000;
		const times = selfTimes(main, from, to);
		const mainTop = [...times]
			.filter(([name]) => !IDLE.has(name))
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, us]) => ({ name, ms: us / 1000 }));
		const workersBusyMs = workers.reduce((sum, worker) => sum + busy(selfTimes(worker, from, to)), 0) / 1000;
		return {
			id: phase.id,
			label: phase.label,
			wallMs: phase.ms,
			peakBytes: phase.peakBytes,
			mainBusyMs: busy(times) / 1000,
			mainTop,
			workersBusyMs,
		};
	});
}

/** One line per phase: wall time, memory, the main thread's busy time and where it went, the workers' time. */
export function profileLines(phases: readonly PhaseProfile[]): string[] {
	const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	return phases.map((phase) => {
		const top = phase.mainTop
			.filter((entry) => entry.ms >= 50)
			.map((entry) => `${entry.name} ${s(entry.ms)}`)
			.join(', ');
		const workers = phase.workersBusyMs >= 50 ? `; luồng Markdown bận ${s(phase.workersBusyMs)}` : '';
		return `${phase.label}: ${s(phase.wallMs)}, đỉnh ${(phase.peakBytes / 1024 ** 2).toFixed(0)} MiB; luồng chính bận ${s(phase.mainBusyMs)}${top === '' ? '' : ` (${top})`}${workers}`;
	});
}
