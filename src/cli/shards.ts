import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addMergeAttribute, shardIndexPath } from '../lib/shards/merge.ts';
import { shardAgency } from '../lib/shards/shard.ts';
import { UsageError } from './io.ts';

interface Shard {
	dir: string;
	agency: string;
}

/**
 * Puts the shards (outputs of `qms build --agency X`) into the portal output `site`: each agency's
 * pages and its Pagefind index under `<agency>/`, their hashed assets into `_astro/`; then every
 * page's search form gets the list of indexes to merge (Pagefind multisite). Nothing is rebuilt.
 * When the portal's own index is empty (a sharded portal has no document pages), the first shard's
 * index serves as the primary one. Returns the agencies installed.
 */
export async function installShards(site: string, shardDirs: readonly string[], agencies: ReadonlySet<string>): Promise<string[]> {
	const shards = await Promise.all(shardDirs.map((dir) => readShard(dir, agencies)));
	const seen = new Set<string>();
	for (const shard of shards) {
		if (seen.has(shard.agency))
			throw new UsageError(
				`Có hai bản dựng riêng cho cơ quan "${shard.agency}". Mỗi cơ quan chỉ dựng một lần; xóa bản thừa trong thư mục --shards.`,
			);
		seen.add(shard.agency);
	}
	const primaryEmpty = await indexIsEmpty(join(site, 'pagefind'));
	const merged: string[] = [];
	for (const [position, shard] of shards.entries()) {
		await rm(join(site, shard.agency), { recursive: true, force: true });
		await cp(join(shard.dir, shard.agency), join(site, shard.agency), { recursive: true });
		await cp(join(shard.dir, '_astro'), join(site, '_astro'), { recursive: true, force: false }).catch(ignoreMissing);
		if (primaryEmpty && position === 0) {
			await rm(join(site, 'pagefind'), { recursive: true, force: true });
			await cp(join(shard.dir, 'pagefind'), join(site, 'pagefind'), { recursive: true });
		} else {
			await cp(join(shard.dir, 'pagefind'), join(site, shardIndexPath(shard.agency)), { recursive: true });
			merged.push(shardIndexPath(shard.agency));
		}
	}
	const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html'));
	for (const page of pages) {
		const html = await readFile(join(site, page), 'utf8');
		const linked = addMergeAttribute(html, merged);
		if (linked !== html) await writeFile(join(site, page), linked);
	}
	return shards.map((shard) => shard.agency);
}

/** The shard folders inside `dir`: every sub-folder, sorted. */
export async function listShards(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true }).catch(() => {
		throw new UsageError(
			`Không đọc được thư mục --shards "${dir}". Ghi đường dẫn tới thư mục chứa các bản dựng riêng của từng cơ quan (qms build --agency X --out <thư-mục>/X).`,
		);
	});
	const dirs = entries
		.filter((entry) => entry.isDirectory())
		.map((entry) => join(dir, entry.name))
		.sort();
	if (dirs.length === 0)
		throw new UsageError(`Thư mục --shards "${dir}" không có bản dựng nào. Dựng từng cơ quan trước: qms build --agency X --out ${dir}/X.`);
	return dirs;
}

async function readShard(dir: string, agencies: ReadonlySet<string>): Promise<Shard> {
	const entries = await readdir(dir);
	const agency = shardAgency(entries, agencies);
	if (agency === undefined)
		throw new UsageError(
			`Thư mục "${dir}" không phải một bản dựng riêng của cơ quan: cần đúng một thư mục cơ quan có trong nội dung. Dựng bằng qms build --agency X --out ${dir}.`,
		);
	const index = await stat(join(dir, 'pagefind', 'pagefind-entry.json')).catch(() => undefined);
	if (index === undefined)
		throw new UsageError(`Bản dựng "${dir}" thiếu chỉ mục tìm kiếm pagefind/. Dựng lại bằng qms build --agency ${agency} --out ${dir}.`);
	return { dir, agency };
}

async function indexIsEmpty(index: string): Promise<boolean> {
	const entry = await readFile(join(index, 'pagefind-entry.json'), 'utf8').catch(() => undefined);
	if (entry === undefined) return true;
	const languages = (JSON.parse(entry) as { languages?: Record<string, unknown> }).languages ?? {};
	return Object.keys(languages).length === 0;
}

function ignoreMissing(error: unknown): void {
	if ((error as { code?: string }).code !== 'ENOENT') throw error;
}
