import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareMarkdown } from '../../bench/markdown.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('compareMarkdown', () => {
	it('renders every non-empty body of the corpus with both processors', async () => {
		dir = await mkdtemp(join(tmpdir(), 'qms-md-'));
		await mkdir(join(dir, 'a', 'procedures'), { recursive: true });
		await writeFile(join(dir, 'a', 'procedures', 'x.md'), '---\ncode: X\n---\n# Mục đích\n\nNộp hồ sơ tại **bộ phận một cửa**.\n');
		await writeFile(join(dir, 'a', 'procedures', 'trong.md'), '---\ncode: Y\n---\n\n');
		await writeFile(join(dir, 'a', 'chinh-sach.md'), '---\nyear: 2026\n---\n| Bước | Ngày |\n|---|---|\n| 1 | 0,5 |\n');
		await writeFile(join(dir, 'a', 'agency.yaml'), 'id: a\n');
		const result = await compareMarkdown(dir);
		expect({ bodies: result.bodies, chars: result.chars }).toEqual({ bodies: 2, chars: '# Mục đích\n\nNộp hồ sơ tại **bộ phận một cửa**.\n'.length + '| Bước | Ngày |\n|---|---|\n| 1 | 0,5 |\n'.length });
		expect(result.unifiedMs).toBeGreaterThan(0);
		expect(result.satteriMs).toBeGreaterThan(0);
	});
});
