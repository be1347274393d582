import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { treeResidentBytes } from '../src/lib/timings.ts';

export interface Measured {
	/** Wall time in milliseconds. */
	wallMs: number;
	/** User + system CPU time of the process and its waited-for children, in milliseconds (0 without /usr/bin/time). */
	cpuMs: number;
	/**
	 * Peak resident memory in bytes: the larger of the biggest single process (`/usr/bin/time -v`,
	 * when installed) and the sum over the process tree polled every 200 ms from /proc.
	 */
	peakBytes: number;
	code: number;
	output: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `command args` as a child process and measures its wall time and peak resident memory. */
export async function measure(
	command: string,
	args: readonly string[],
	options: { cwd: string; env?: Record<string, string> },
): Promise<Measured> {
	const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
	const useTime = existsSync(GNU_TIME);
	const [file, argv] = useTime ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, [...args]];
	const started = performance.now();
	const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const keep = (chunk: Buffer) => {
		output = (output + chunk.toString('utf8')).slice(-20_000);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	let treePeak = 0;
	const poll = setInterval(() => {
		if (child.pid !== undefined) treePeak = Math.max(treePeak, treeResidentBytes(child.pid));
	}, 200);
	const code = await new Promise<number>((resolve) => child.on('close', (exit) => resolve(exit ?? 1)));
	clearInterval(poll);
	const wallMs = performance.now() - started;
	let single = 0;
	let cpuMs = 0;
	if (useTime) {
		const text = await readFile(timeFile, 'utf8').catch(() => '');
		const [user = 0, system = 0, maxKib = 0] = (text.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
		single = maxKib * 1024 || 0;
		cpuMs = (user + system) * 1000 || 0;
		await rm(timeFile, { force: true });
	}
	return { wallMs, cpuMs, peakBytes: Math.max(single, treePeak), code, output };
}

/** Number of `.html` files under `dir`. */
export async function countPages(dir: string): Promise<number> {
	const files = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
	return files.filter((file) => file.endsWith('.html')).length;
}
