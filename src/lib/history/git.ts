import { spawn } from 'node:child_process';

/** The git operations history needs; the real one runs the `git` binary, tests use real temporary repositories. */
export interface Git {
	/** Runs `git <args>` in `cwd`; resolves with stdout, or undefined when git exits non-zero or is missing. */
	run(args: readonly string[], cwd: string): Promise<Buffer | undefined>;
	/** Contents of many `<rev>:<path>` objects in one `git cat-file --batch` process; missing ones are absent. */
	readBlobs(specs: readonly string[], cwd: string): Promise<Map<string, string>>;
}

function collect(args: readonly string[], cwd: string, input?: string): Promise<Buffer | undefined> {
	return new Promise((resolve) => {
		const child = spawn('git', args, {
			cwd,
			stdio: ['pipe', 'pipe', 'ignore'],
			env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
		});
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', () => resolve(undefined));
		child.on('close', (code) => resolve(code === 0 ? Buffer.concat(chunks) : undefined));
		child.stdin.on('error', () => undefined);
		child.stdin.end(input);
	});
}

/** Parses `git cat-file --batch` output: `<sha> <type> <size>\n<bytes>\n`, or `<spec> missing\n`. */
export function parseBatch(output: Buffer, specs: readonly string[]): Map<string, string> {
	const blobs = new Map<string, string>();
	let offset = 0;
	for (const spec of specs) {
		const end = output.indexOf(10, offset);
		if (end < 0) break;
		const header = output.subarray(offset, end).toString('utf8');
		offset = end + 1;
		const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
		if (match === null) continue;
		const size = Number(match[2]);
		if (match[1] === 'blob') blobs.set(spec, output.subarray(offset, offset + size).toString('utf8'));
		offset += size + 1;
	}
	return blobs;
}

export const systemGit: Git = {
	run: (args, cwd) => collect(args, cwd),
	readBlobs: async (specs, cwd) => {
		if (specs.length === 0) return new Map();
		const output = await collect(['cat-file', '--batch'], cwd, `${specs.join('\n')}\n`);
		return output === undefined ? new Map() : parseBatch(output, specs);
	},
};
