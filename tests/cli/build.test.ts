import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runQms } from '../helpers/cli.ts';
import { scratchCorpus, type ScratchCorpus } from '../helpers/corpus.ts';

let corpus: ScratchCorpus;
let out: string;
afterEach(async () => {
	await corpus.dispose();
	await rm(out, { recursive: true, force: true });
});

describe('qms build', () => {
	it('stops on errors before writing anything, keeping the previous output', async () => {
		corpus = await scratchCorpus();
		await corpus.edit('agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md', 'days: 3', 'days: 4');
		out = await mkdtemp(join(tmpdir(), 'qms-out-'));
		await mkdir(join(out, 'xa-minh-hoa'));
		await writeFile(join(out, 'index.html'), 'bản dựng trước');
		await writeFile(join(out, '.qms-build'), '{ "generator": "qms build" }\n');
		const result = await runQms(['build', '--content', corpus.root, '--out', out]);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		const lines = result.stderr.trim().split('\n');
		expect(lines.at(-1)).toBe('Dừng: có 2 lỗi trong tài liệu, chưa ghi gì vào thư mục đầu ra. Sửa các lỗi trên rồi chạy lại.');
		expect(lines.filter((line) => line.includes('  lỗi  ')).map((line) => line.split('  ')[2])).toEqual(['step-time-sum', 'time-limit']);
		expect((await readdir(out)).sort()).toEqual(['.qms-build', 'index.html', 'xa-minh-hoa']);
		expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('bản dựng trước');
	});

	it('refuses an unknown agency, a malformed base and a timings file it cannot write, in Vietnamese, with exit 2', async () => {
		corpus = await scratchCorpus();
		out = await mkdtemp(join(tmpdir(), 'qms-out-'));
		const agency = await runQms(['build', '--content', corpus.root, '--out', out, '--agency', 'xa-khong-co']);
		expect(agency).toEqual({ code: 2, stdout: '', stderr: 'Không có cơ quan "xa-khong-co". Các mã cơ quan: xa-minh-hoa.\n' });
		const base = await runQms(['build', '--content', corpus.root, '--out', out, '--base', 'khong-co-gach']);
		expect(base).toEqual({ code: 2, stdout: '', stderr: '--base "khong-co-gach" không hợp lệ: cần một đường dẫn bắt đầu bằng "/", ví dụ /so-tu-phap/.\n' });
		const timings = join(out, 'khong-co', 'thoi-gian.json');
		expect(await runQms(['build', '--content', corpus.root, '--out', out, '--timings-json', timings])).toEqual({
			code: 2,
			stdout: '',
			stderr: `--timings-json "${timings}": không ghi được vào thư mục "${join(out, 'khong-co')}" (thư mục không có hoặc không có quyền ghi).\n`,
		});
		expect(await readdir(out)).toEqual([]);
	});
});
