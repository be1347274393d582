import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs the real `qms` command in a child process (the Node that runs the tests, ≥ 22.12). */
export function runQms(args: string[], cwd = PROJECT_ROOT): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [MAIN, ...args], { cwd, env: cleanEnv() });
		let stdout = '';
		let stderr = '';
		// Decoded as a stream, so a Vietnamese letter split across two chunks stays whole.
		child.stdout.setEncoding('utf8');
		child.stderr.setEncoding('utf8');
		child.stdout.on('data', (chunk: string) => (stdout += chunk));
		child.stderr.on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
	});
}

/** The environment without what Vitest adds for its own Vite (BASE_URL, MODE …), which would leak into Astro. */
export function cleanEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
	for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID'])
		delete env[key];
	return env;
}
