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

/** An output folder holding a previous build's files. */
async function previousOutput(): Promise<string> {
	const folder = await mkdtemp(join(tmpdir(), 'qms-out-'));
	await mkdir(join(folder, 'xa-minh-hoa'));
	await writeFile(join(folder, 'index.html'), 'bản dựng trước');
	await writeFile(join(folder, '.qms-build'), '{ "generator": "qms build" }\n');
	return folder;
}

async function expectPreviousOutput(folder: string): Promise<void> {
	expect((await readdir(folder)).sort()).toEqual(['.qms-build', 'index.html', 'xa-minh-hoa']);
	expect(await readFile(join(folder, 'index.html'), 'utf8')).toBe('bản dựng trước');
}

describe('qms build', () => {
	it('with --strict, stops on errors before writing anything, keeping the previous output', async () => {
		corpus = await scratchCorpus();
		await corpus.edit('agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md', 'days: 3', 'days: 4');
		out = await previousOutput();
		const result = await runQms(['build', '--content', corpus.root, '--out', out, '--strict']);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		const lines = result.stderr.trim().split('\n');
		expect(lines.at(-1)).toBe('Dừng (--strict): có 2 lỗi trong tài liệu, chưa ghi gì vào thư mục đầu ra. Sửa các lỗi trên rồi chạy lại.');
		expect(lines.filter((line) => line.includes('  lỗi  ')).map((line) => line.split('  ')[2])).toEqual(['step-time-sum', 'time-limit']);
		await expectPreviousOutput(out);
	});

	it('stops on errors in province.yaml, which every page carries, and on an agency it cannot publish', async () => {
		corpus = await scratchCorpus();
		await corpus.edit('province.yaml', 'demo: true', 'demo: co');
		out = await previousOutput();
		const province = await runQms(['build', '--content', corpus.root, '--out', out]);
		expect(province.code).toBe(1);
		expect(province.stdout).toBe('');
		expect(province.stderr.trim().split('\n').at(-1)).toBe(
			'Dừng: province.yaml có lỗi (tên tỉnh, mẫu mã hiệu, cờ dữ liệu mẫu có trên mọi trang), chưa ghi gì vào thư mục đầu ra. Sửa các lỗi trên rồi chạy lại.',
		);
		await corpus.edit('province.yaml', 'demo: co', 'demo: true');
		await corpus.edit('agencies/xa-minh-hoa/agency.yaml', 'level: cap-xa', 'level: cap-thon');
		const agency = await runQms(['build', '--content', corpus.root, '--out', out, '--agency', 'xa-minh-hoa']);
		expect(agency.code).toBe(1);
		expect(agency.stderr.trim().split('\n').at(-1)).toBe(
			'Dừng: agency.yaml của cơ quan "xa-minh-hoa" có lỗi nên không dựng được trang riêng của cơ quan, chưa ghi gì vào thư mục đầu ra. Sửa các lỗi trên rồi chạy lại.',
		);
		await expectPreviousOutput(out);
	});

	it("builds a corpus where no agency has a policy or statistics yet without Astro's English warnings about empty collections", async () => {
		corpus = await scratchCorpus();
		await corpus.remove('agencies/xa-minh-hoa/policy.md');
		out = await mkdtemp(join(tmpdir(), 'qms-out-'));
		const result = await runQms(['build', '--content', corpus.root, '--out', out]);
		expect(result.code).toBe(0);
		expect(result.stderr.trim().split('\n').at(-1)).toBe('Tổng cộng: 0 lỗi, 1 điểm chưa tuân thủ, 0 cảnh báo.');
		// Astro logs to stdout; the one line left is the notice of a content folder outside git.
		const lines = result.stdout.trim().split('\n');
		expect(lines.filter((line) => line.includes('[WARN]')).map((line) => line.replace(/^\S+ /, '').slice(0, 60))).toEqual([
			'[WARN] [qms-history] Thư mục nội dung không nằm trong kho gi',
		]);
		expect(lines.at(-1)).toBe(`Đã dựng trang vào ${out} (1 điểm chưa tuân thủ ở trên).`);
		expect(await readFile(join(out, 'xa-minh-hoa', 'index.html'), 'utf8')).toContain('Chính sách chất lượng');
	});

	it('refuses an unknown agency, a malformed base and a timings file it cannot write, in Vietnamese, with exit 2', async () => {
		corpus = await scratchCorpus();
		out = await mkdtemp(join(tmpdir(), 'qms-out-'));
		const agency = await runQms(['build', '--content', corpus.root, '--out', out, '--agency', 'xa-khong-co']);
		expect(agency).toEqual({ code: 2, stdout: '', stderr: 'Không có cơ quan "xa-khong-co". Các mã cơ quan: xa-minh-hoa.\n' });
		const base = await runQms(['build', '--content', corpus.root, '--out', out, '--base', 'khong-co-gach']);
		expect(base).toEqual({
			code: 2,
			stdout: '',
			stderr: '--base "khong-co-gach" không hợp lệ: cần một đường dẫn bắt đầu bằng "/", ví dụ /so-tu-phap/.\n',
		});
		const timings = join(out, 'khong-co', 'thoi-gian.json');
		expect(await runQms(['build', '--content', corpus.root, '--out', out, '--timings-json', timings])).toEqual({
			code: 2,
			stdout: '',
			stderr: `--timings-json "${timings}": không ghi được vào thư mục "${join(out, 'khong-co')}" (thư mục không có hoặc không có quyền ghi).\n`,
		});
		expect(await readdir(out)).toEqual([]);
	});
});
