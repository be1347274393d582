import { relative, sep } from 'node:path';
import type { SourceFile } from '../load/read-tree.ts';
import type { Git } from './git.ts';

const TEXT_FILE = /\.(md|ya?ml)$/;
const FORM = /^agencies\/[^/]+\/forms\//;

/**
 * The content folder as it was at `rev`, in the shape `parseCorpus` reads: one `git ls-tree` and
 * one `git cat-file --batch`. Undefined when `rev` is not a revision of the repository.
 */
export async function readSnapshot(git: Git, contentRoot: string, rev: string): Promise<SourceFile[] | undefined> {
	const top = (await git.run(['rev-parse', '--show-toplevel'], contentRoot))?.toString('utf8').trim();
	if (top === undefined) return undefined;
	const prefix = relative(top, contentRoot).split(sep).join('/');
	const commit = (await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], top))?.toString('utf8').trim();
	if (commit === undefined || commit === '') return undefined;
	const listing = await git.run(['ls-tree', '-r', '-z', '--name-only', commit, '--', prefix === '' ? '.' : prefix], top);
	if (listing === undefined) return undefined;
	const paths = listing
		.toString('utf8')
		.split('\0')
		.filter((path) => path !== '')
		.map((path) => ({ repo: path, content: prefix === '' ? path : path.slice(prefix.length + 1) }))
		.filter((path) => !/(^|\/)\./.test(path.content));
	const texts = paths.filter((path) => TEXT_FILE.test(path.content) && !FORM.test(path.content));
	const blobs = await git.readBlobs(
		texts.map((path) => `${commit}:${path.repo}`),
		top,
	);
	return paths
		.map((path) => {
			const text = blobs.get(`${commit}:${path.repo}`);
			return text === undefined ? { path: path.content } : { path: path.content, text };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}
