import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderedBody } from './processor.ts';

/**
 * Rendered bodies kept on disk between builds, so a build after an officer's one-file edit renders
 * one body instead of all of them. An entry is found by the SHA-256 of the pipeline's fingerprint
 * and the body text: a different body, a changed pipeline source or a changed lock file (any
 * dependency version) never meets an old entry. One small file per entry, read when asked for,
 * so the cache costs no memory. An entry's modification time is the last build that used it;
 * `prune` removes entries no build has used for `maxAgeDays` (so builds of different agencies or
 * folders from one checkout do not evict each other's entries).
 */
export interface RenderCache {
	get: (body: string) => Promise<RenderedBody | undefined>;
	/** Stores an entry; the write finishes in the background (`flush` waits for it). */
	set: (body: string, rendered: RenderedBody) => void;
	/** Waits for the writes, then deletes the entries no build has used for `maxAgeDays`. */
	prune: () => Promise<void>;
	flush: () => Promise<void>;
}

/** Where `qms build` keeps the cache in a project. */
export const RENDER_CACHE_DIR = join('.astro', 'cache', 'markdown');

/**
 * The fingerprint of the Markdown pipeline: every source file of this folder (the pipeline and
 * whatever it imports from here; a change to any of them starts the cache afresh) and the
 * project's package-lock.json. Undefined without a lock file, since the dependency versions are
 * then unknown and no entry could be trusted.
 */
export async function pipelineFingerprint(root: string): Promise<string | undefined> {
	const lock = await readFile(join(root, 'package-lock.json')).catch(() => undefined);
	if (lock === undefined) return undefined;
	const folder = fileURLToPath(new URL('.', import.meta.url));
	const sources = (await readdir(folder)).filter((file) => file.endsWith('.ts')).sort();
	const hash = createHash('sha256').update(lock);
	for (const file of sources) hash.update(`\0${file}\0`).update(await readFile(join(folder, file)));
	return hash.digest('hex');
}

/** Names this cache gives its folders and files; nothing else in the folder is ever deleted. */
const ENTRY_FOLDER = /^[0-9a-f]{2}$/;
const ENTRY_FILE = /^[0-9a-f]{64}\.json(?:\.\d+\.tmp)?$/;

/** An entry as stored, checked: anything else (edited by hand, damaged) counts as missing. */
function asRendered(value: unknown): RenderedBody | undefined {
	const entry = value as Partial<RenderedBody> | null;
	return typeof entry?.html === 'string' && Array.isArray(entry.metadata?.headings) && Array.isArray(entry.metadata.imagePaths)
		? (entry as RenderedBody)
		: undefined;
}

export function openRenderCache(dir: string, fingerprint: string, options: { maxAgeDays?: number; now?: () => Date } = {}): RenderCache {
	const now = options.now ?? (() => new Date());
	const maxAgeMs = (options.maxAgeDays ?? 30) * 86_400_000;
	const writes: Array<Promise<void>> = [];
	const keyOf = (body: string) => createHash('sha256').update(fingerprint).update('\0').update(body).digest('hex');
	const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
	const flush = async () => {
		await Promise.all(writes);
	};
	return {
		get: async (body) => {
			const file = fileOf(keyOf(body));
			const text = await readFile(file, 'utf8').catch(() => undefined);
			if (text === undefined) return undefined;
			let rendered: RenderedBody | undefined;
			try {
				rendered = asRendered(JSON.parse(text));
			} catch {
				rendered = undefined;
			}
			// A damaged entry is rendered again and overwritten.
			if (rendered === undefined) return undefined;
			const at = now();
			writes.push(utimes(file, at, at).catch(() => undefined));
			return rendered;
		},
		set: (body, rendered) => {
			const key = keyOf(body);
			const file = fileOf(key);
			// Written under a temporary name, then renamed: a build stopped halfway leaves no half entry.
			const temporary = `${file}.${process.pid}.tmp`;
			writes.push(
				mkdir(join(dir, key.slice(0, 2)), { recursive: true })
					.then(() => writeFile(temporary, JSON.stringify(rendered)))
					.then(() => rename(temporary, file))
					.catch(() => rm(temporary, { force: true })), // a cache that cannot be written only costs speed
			);
		},
		flush,
		prune: async () => {
			await flush();
			const oldest = now().getTime() - maxAgeMs;
			const folders = (await readdir(dir).catch(() => [] as string[])).filter((folder) => ENTRY_FOLDER.test(folder));
			await Promise.all(
				folders.map(async (folder) => {
					const files = (await readdir(join(dir, folder)).catch(() => [] as string[])).filter((file) => ENTRY_FILE.test(file));
					await Promise.all(
						files.map(async (file) => {
							const path = join(dir, folder, file);
							const modified = await stat(path).then(
								(info) => (info.isFile() ? info.mtimeMs : undefined),
								() => undefined,
							);
							// An entry that cannot be removed (another owner, say) stays: pruning only saves space.
							if (modified !== undefined && modified < oldest) await rm(path, { force: true }).catch(() => undefined);
						}),
					);
				}),
			);
		},
	};
}
