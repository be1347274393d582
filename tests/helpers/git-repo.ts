import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { VALID_FIXTURE } from './corpus.ts';

const exec = promisify(execFile);

/** A temporary git repository whose `content/` starts as a copy of a fixture corpus. */
export interface TempRepo {
	root: string;
	content: string;
	git: (...args: string[]) => Promise<string>;
	read: (path: string) => Promise<string>;
	edit: (path: string, from: string, to: string) => Promise<void>;
	write: (path: string, text: string) => Promise<void>;
	move: (from: string, to: string) => Promise<void>;
	/** Commits everything; returns the new commit's hash. */
	commit: (message: string) => Promise<string>;
	dispose: () => Promise<void>;
}

export async function tempRepo(fixture = VALID_FIXTURE): Promise<TempRepo> {
	const root = await mkdtemp(join(tmpdir(), 'qms-repo-'));
	const content = join(root, 'content');
	await cp(fixture, content, { recursive: true });
	const env = {
		...process.env,
		GIT_AUTHOR_NAME: 'Thư ký ISO',
		GIT_AUTHOR_EMAIL: 'iso@example.vn',
		GIT_COMMITTER_NAME: 'Thư ký ISO',
		GIT_COMMITTER_EMAIL: 'iso@example.vn',
	};
	const git = async (...args: string[]) => (await exec('git', args, { cwd: root, env })).stdout.trim();
	await git('init', '-q', '-b', 'main');
	const read = (path: string) => readFile(join(content, path), 'utf8');
	const write = async (path: string, text: string) => {
		await mkdir(dirname(join(content, path)), { recursive: true });
		await writeFile(join(content, path), text);
	};
	return {
		root,
		content,
		git,
		read,
		write,
		edit: async (path, from, to) => {
			const text = await read(path);
			if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
			await write(path, text.replace(from, to));
		},
		move: async (from, to) => {
			await mkdir(dirname(join(content, to)), { recursive: true });
			await rename(join(content, from), join(content, to));
		},
		commit: async (message) => {
			await git('add', '-A');
			await git('commit', '-q', '-m', message);
			return git('rev-parse', 'HEAD');
		},
		dispose: () => rm(root, { recursive: true, force: true }),
	};
}

export const PROCEDURE = 'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md';

/** Raises the fixture procedure to `issue` with a revision row, changing its processing time to `days`. */
export async function issueProcedure(
	repo: TempRepo,
	issue: number,
	date: string,
	changes: Array<[string, string]>,
	path = PROCEDURE,
): Promise<void> {
	let text = await repo.read(path);
	text = text
		.replace(/^issue: \d+$/m, `issue: ${issue}`)
		.replace(/^issued: .*$/m, `issued: ${date}`)
		.replace(/^effective: .*$/m, `effective: ${date}`);
	text = text.replace(/^tthc:/m, `  - issue: ${issue}\n    date: ${date}\n    part: Mục 5\n    description: Sửa đổi lần ${issue}\ntthc:`);
	for (const [from, to] of changes) {
		if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
		text = text.replace(from, to);
	}
	await repo.write(path, text);
}
