import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** A file of the content folder; `text` is read only for Markdown and YAML files. */
export interface SourceFile {
	/** Path relative to the content folder, with `/` separators. */
	path: string;
	text?: string;
}

const TEXT_FILE = /\.(md|ya?ml)$/;
const HIDDEN = /(^|\/)\./;
const FORM = /^agencies\/[^/]+\/forms\//;

/** Reads every file under `root` (hidden files skipped), sorted by path so every run sees the same order. */
export async function readContentTree(root: string): Promise<SourceFile[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const paths = entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((path) => !HIDDEN.test(path))
		.sort();
	// Forms are attachments: only their presence matters, whatever their extension.
	return Promise.all(
		paths.map(async (path) =>
			TEXT_FILE.test(path) && !FORM.test(path) ? { path, text: await readFile(join(root, path), 'utf8') } : { path },
		),
	);
}
