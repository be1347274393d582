import { relative, sep } from 'node:path';
import type { Git } from './git.ts';

/**
 * The files of the content folder `contentRoot` that differ from where the current branch left
 * `rev` (their merge base, so commits added to `rev` since do not count): committed, staged,
 * edited or new, deleted included; paths relative to the content folder, sorted. Undefined when
 * the folder is not in a git repository or `rev` is unknown there.
 */
export async function changedFiles(contentRoot: string, rev: string, git: Git): Promise<string[] | undefined> {
	const top = (await git.run(['rev-parse', '--show-toplevel'], contentRoot))?.toString('utf8').trim();
	if (top === undefined) return undefined;
	const base = (await git.run(['merge-base', rev, 'HEAD'], top))?.toString('utf8').trim();
	if (base === undefined || base === '') return undefined;
	const prefix = relative(top, contentRoot).split(sep).join('/');
	const pathspec = prefix === '' ? '.' : prefix;
	const [diff, untracked] = await Promise.all([
		git.run(['diff', '--name-only', '--no-renames', '-z', base, '--', pathspec], top),
		git.run(['ls-files', '--others', '--exclude-standard', '-z', '--', pathspec], top),
	]);
	if (diff === undefined || untracked === undefined) return undefined;
	const paths = [...diff.toString('utf8').split('\0'), ...untracked.toString('utf8').split('\0')].filter((path) => path !== '');
	const inContent = paths.map((path) => (prefix === '' ? path : path.slice(prefix.length + 1)));
	return [...new Set(inContent)].sort();
}
