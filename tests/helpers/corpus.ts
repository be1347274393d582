import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/lib/load/index.ts';
import { validateCorpus } from '../../src/lib/validate/index.ts';
import type { Finding } from '../../src/lib/findings/finding.ts';

export const VALID_FIXTURE = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
export const DEMO_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/** A scratch copy of a fixture corpus in a temporary folder, to be changed by one test. */
export interface ScratchCorpus {
	root: string;
	read: (path: string) => Promise<string>;
	write: (path: string, text: string) => Promise<void>;
	/** Replaces the first occurrence of `from` (which must exist) in a file. */
	edit: (path: string, from: string, to: string) => Promise<void>;
	remove: (path: string) => Promise<void>;
	validate: (asOf?: string) => Promise<Finding[]>;
	dispose: () => Promise<void>;
}

export async function scratchCorpus(fixture = VALID_FIXTURE): Promise<ScratchCorpus> {
	const root = await mkdtemp(join(tmpdir(), 'qms-corpus-'));
	await cp(fixture, root, { recursive: true });
	const read = (path: string) => readFile(join(root, path), 'utf8');
	const write = async (path: string, text: string) => {
		await mkdir(dirname(join(root, path)), { recursive: true });
		await writeFile(join(root, path), text);
	};
	return {
		root,
		read,
		write,
		edit: async (path, from, to) => {
			const text = await read(path);
			if (!text.includes(from)) throw new Error(`fixture ${path} does not contain ${JSON.stringify(from)}`);
			await write(path, text.replace(from, to));
		},
		remove: (path) => rm(join(root, path), { recursive: true }),
		validate: async (asOf = '2026-06-30') => validateCorpus(await loadCorpus(root), { asOf }),
		dispose: () => rm(root, { recursive: true, force: true }),
	};
}

/** `file:line:column severity rule message`, the shape officers read, for exact assertions. */
export function lines(findings: readonly Finding[]): string[] {
	return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
}
