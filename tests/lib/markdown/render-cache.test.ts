import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRenderCache, pipelineFingerprint } from '../../../src/lib/markdown/render-cache.ts';
import { createRenderPool } from '../../../src/lib/markdown/render-pool.ts';
import { PROJECT_ROOT } from '../../helpers/cli.ts';

const RENDERED = { html: '<p>Nộp hồ sơ</p>', metadata: { headings: [], imagePaths: [] } };
const DAY = 86_400_000;

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'qms-render-cache-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const entries = async () => (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.json'));

describe('the render cache', () => {
	it('gives back what was stored for the same body and the same pipeline, and nothing else', async () => {
		const cache = openRenderCache(dir, 'pipeline-1');
		expect(await cache.get('Nộp hồ sơ')).toBeUndefined();
		cache.set('Nộp hồ sơ', RENDERED);
		await cache.flush();
		expect(await entries()).toHaveLength(1);
		expect(await openRenderCache(dir, 'pipeline-1').get('Nộp hồ sơ')).toEqual(RENDERED);
		expect(await openRenderCache(dir, 'pipeline-1').get('Nộp hồ sơ.')).toBeUndefined();
		expect(await openRenderCache(dir, 'pipeline-2').get('Nộp hồ sơ')).toBeUndefined();
	});

	it('treats a damaged entry as missing: cut short, or JSON of another shape', async () => {
		const cache = openRenderCache(dir, 'p');
		cache.set('a', RENDERED);
		await cache.flush();
		const [file = ''] = await entries();
		for (const text of ['{"html": "<p>cắt ngang', 'null', '{}', '{"html": "<p>x</p>", "metadata": {"headings": []}}']) {
			await writeFile(join(dir, file), text);
			expect(await openRenderCache(dir, 'p').get('a'), text).toBeUndefined();
		}
	});

	it('prunes only its own entries: other files in the folder stay, however old', async () => {
		const cache = openRenderCache(dir, 'p');
		cache.set('cũ', RENDERED);
		await cache.flush();
		await mkdir(join(dir, 'ab'), { recursive: true });
		await mkdir(join(dir, 'cua-cong-cu-khac'), { recursive: true });
		// A folder named like an entry is not removed, and does not make the pruning fail.
		const folderLikeEntry = join(dir, 'cd', `${'c'.repeat(64)}.json`);
		await mkdir(folderLikeEntry, { recursive: true });
		const foreign = [join(dir, 'ghi-chu.txt'), join(dir, 'ab', 'khong-phai-muc.json'), join(dir, 'cua-cong-cu-khac', 'a.json')];
		const old = new Date(Date.now() - 365 * DAY);
		for (const file of foreign) {
			await writeFile(file, 'x');
			await utimes(file, old, old);
		}
		await utimes(folderLikeEntry, old, old);
		await openRenderCache(dir, 'p', { now: () => new Date(Date.now() + 31 * DAY) }).prune();
		// The entry went; every other file is still there.
		expect(await openRenderCache(dir, 'p').get('cũ')).toBeUndefined();
		expect((await entries()).sort()).toEqual(['ab/khong-phai-muc.json', `cd/${'c'.repeat(64)}.json`, 'cua-cong-cu-khac/a.json']);
		expect(await readFile(join(dir, 'ghi-chu.txt'), 'utf8')).toBe('x');
		expect(await readdir(folderLikeEntry)).toEqual([]);
	});

	it('prunes the entries no build has used for 30 days, keeping those read since', async () => {
		const first = openRenderCache(dir, 'p');
		first.set('dùng lại', RENDERED);
		first.set('bỏ đi', RENDERED);
		await first.flush();
		const later = openRenderCache(dir, 'p', { now: () => new Date(Date.now() + 31 * DAY) });
		expect(await later.get('dùng lại')).toEqual(RENDERED);
		await later.prune();
		expect(await entries()).toHaveLength(1);
		expect(await openRenderCache(dir, 'p').get('dùng lại')).toEqual(RENDERED);
		expect(await openRenderCache(dir, 'p').get('bỏ đi')).toBeUndefined();
		// Within 30 days nothing goes.
		await openRenderCache(dir, 'p', { now: () => new Date(Date.now() + 29 * DAY) }).prune();
		expect(await entries()).toHaveLength(1);
	});

	it('fingerprints the pipeline from the lock file and the pipeline source; none without a lock file', async () => {
		const fingerprint = await pipelineFingerprint(PROJECT_ROOT);
		expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
		expect(await pipelineFingerprint(PROJECT_ROOT)).toBe(fingerprint);
		await writeFile(join(dir, 'package-lock.json'), '{}');
		const other = await pipelineFingerprint(dir);
		expect(other).toMatch(/^[0-9a-f]{64}$/);
		expect(other).not.toBe(fingerprint);
		expect(await pipelineFingerprint(join(dir, 'khong-co'))).toBeUndefined();
	});
});

describe('the render pool with a cache', () => {
	it('takes a cached body from the cache instead of rendering it, and stores what it renders', async () => {
		const seeded = openRenderCache(dir, 'p');
		// Not what the pipeline would write for this body: seen only if the pool read the cache.
		seeded.set('## Mục 1', RENDERED);
		await seeded.flush();
		const cache = openRenderCache(dir, 'p');
		const pool = createRenderPool(1, cache);
		try {
			expect(await pool.render('## Mục 1')).toEqual(RENDERED);
			const fresh = await pool.render('## Mục 2');
			expect(fresh.html).toBe('<h2 id="vb-muc-2">Mục 2</h2>');
			await cache.flush();
			expect(await openRenderCache(dir, 'p').get('## Mục 2')).toEqual(fresh);
		} finally {
			await pool.close();
		}
	});
});
