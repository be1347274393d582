import type { Git } from './git.ts';

/** One change of a file in one commit of the main line. */
export interface FileChange {
	status: 'A' | 'M' | 'D' | 'R';
	/** Path relative to the repository top. */
	path: string;
	/** For a rename, the old path. */
	from?: string;
}

export interface LogCommit {
	hash: string;
	/** Commit date as git gives it, ISO 8601 with offset. */
	date: string;
	changes: FileChange[];
}

/**
 * The first-parent history touching `pathspec`, oldest first, in ONE `git log` call; renames are
 * detected so a moved document keeps its history.
 */
export async function readLog(git: Git, top: string, pathspec: string): Promise<LogCommit[]> {
	const output = await git.run(
		['log', '--first-parent', '--reverse', '-M', '--name-status', '-z', '--format=%x01%H%x00%cI%x00', '--', pathspec],
		top,
	);
	if (output === undefined) return [];
	return parseLog(output.toString('utf8'));
}

/** Parses `git log -z --name-status --format=%x01%H%x00%cI%x00` output. */
export function parseLog(text: string): LogCommit[] {
	const commits: LogCommit[] = [];
	for (const chunk of text.split('\x01')) {
		if (chunk === '') continue;
		const fields = chunk.split('\0');
		const [hash = '', date = ''] = fields;
		const changes: FileChange[] = [];
		// After the header: "\n" then status, path (and a second path for renames and copies), each NUL-terminated.
		const tokens = fields
			.slice(2)
			.map((token) => token.replace(/^\n/, ''))
			.filter((token) => token !== '');
		for (let index = 0; index < tokens.length;) {
			const status = tokens[index] ?? '';
			const kind = status.charAt(0);
			if (kind === 'R' || kind === 'C') {
				const from = tokens[index + 1] ?? '';
				const path = tokens[index + 2] ?? '';
				changes.push(kind === 'R' ? { status: 'R', path, from } : { status: 'A', path });
				index += 3;
			} else {
				const path = tokens[index + 1] ?? '';
				if (kind === 'A' || kind === 'M' || kind === 'D') changes.push({ status: kind, path });
				else if (kind === 'T') changes.push({ status: 'M', path });
				index += 2;
			}
		}
		commits.push({ hash, date, changes });
	}
	return commits;
}
