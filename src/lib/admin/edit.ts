import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LOCAL_BACKEND } from './config.ts';

const require = createRequire(import.meta.url);

/** decap-server's entry script (the package has no bin): the CMS's local backend. */
export function decapServerScript(): string {
	return require.resolve('decap-server');
}

/** Astro's command-line script. */
export function astroScript(): string {
	return join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

/** The two processes of `npm run edit` and how each starts, on loopback only. */
export function editProcesses(root: string, env: NodeJS.ProcessEnv): Array<{ name: string; args: string[]; env: NodeJS.ProcessEnv }> {
	return [
		{
			name: 'decap-server',
			args: [decapServerScript()],
			env: { ...env, PORT: String(LOCAL_BACKEND.port), BIND_HOST: LOCAL_BACKEND.host, GIT_REPO_DIRECTORY: root, MODE: 'fs' },
		},
		{ name: 'astro dev', args: [astroScript(), 'dev', '--host', LOCAL_BACKEND.host], env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } },
	];
}

/**
 * Starts decap-server and the Astro dev server in `root`; Ctrl-C (SIGINT, SIGTERM) stops both,
 * and when one stops the other is stopped too. Resolves with the exit code once both are gone.
 */
export function runEditor(root: string, log: (text: string) => void): Promise<number> {
	const children: ChildProcess[] = editProcesses(root, process.env).map((spec) =>
		spawn(process.execPath, spec.args, { cwd: root, env: spec.env, stdio: 'inherit' }),
	);
	const stopAll = () => {
		for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
	};
	process.once('SIGINT', stopAll);
	process.once('SIGTERM', stopAll);
	log(
		`Trình soạn thảo: http://${LOCAL_BACKEND.host}:4321/admin/ (máy chủ lưu tệp: http://${LOCAL_BACKEND.host}:${LOCAL_BACKEND.port}). Dừng: Ctrl-C.`,
	);
	return new Promise((resolve) => {
		let left = children.length;
		let code = 0;
		for (const child of children) {
			child.on('exit', (exit) => {
				if (exit !== null && exit !== 0) code = exit;
				stopAll();
				left -= 1;
				if (left === 0) resolve(code);
			});
		}
	});
}
