import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.ts';
import { runQms } from '../helpers/cli.ts';
import { loadCorpus } from '../../src/lib/load/index.ts';
import { validateCorpus } from '../../src/lib/validate/index.ts';
import { generateReportCorpus, type GeneratedCorpus } from '../fixtures/report/generate.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/statistics/', import.meta.url));

let corpus: GeneratedCorpus;

async function qms(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(args, {
		cwd: corpus.root,
		stdout: (text) => out.push(text),
		stderr: (text) => err.push(text),
		now: () => new Date('2026-07-31T03:00:00Z'),
		loadCorpus,
	});
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** Copies a CSV fixture into the corpus folder and runs `qms import-stats` on it with the content folder `.`. */
async function importFixture(name: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	await copyFile(join(FIXTURES, name), join(corpus.root, name));
	return qms(['import-stats', name, '--content', '.', ...flags]);
}

const read = (path: string): Promise<string> => readFile(join(corpus.root, path), 'utf8');

beforeEach(async () => {
	corpus = await generateReportCorpus();
});
afterEach(() => corpus.dispose());

describe('qms import-stats', () => {
	it('merges the month of each unit of a semicolon export with a BOM, thousands dots and a total row', async () => {
		const before = await read('agencies/so-kiem-thu/statistics/2026.yaml');
		const { code, stdout, stderr } = await importFixture('thang-07-2026.csv');
		expect([code, stderr]).toEqual([0, '']);
		expect(stdout.split('\n')).toEqual([
			'Đã ghi agencies/so-kiem-thu/statistics/2026.yaml: thêm tháng 7.',
			'Đã ghi agencies/xa-kiem-thu/statistics/2026.yaml: thêm tháng 7.',
			'Chạy "qms validate" để kiểm tra số liệu cân đối giữa các tháng.',
		]);
		const after = await read('agencies/so-kiem-thu/statistics/2026.yaml');
		expect(after.startsWith(before)).toBe(true);
		expect(after.slice(before.length)).toBe(
			'  - month: 7\n    receivedOnline: 8100\n    receivedInPerson: 3800\n    receivedByPost: 100\n    carriedOver: 455\n    resolvedEarly: 9500\n    resolvedOnTime: 1700\n    resolvedLate: 20\n    pendingWithinTime: 900\n    pendingOverdue: 35\n    returned: 250\n    withdrawn: 50\n',
		);
		const findings = validateCorpus(await loadCorpus(corpus.root), { asOf: '2026-07-31' }).filter((item) =>
			item.rule.startsWith('statistics'),
		);
		// The export balances and the Sở's July carries over June's 455 pending dossiers.
		expect(findings).toEqual([]);
	});

	it('reads a comma export without diacritics, by agency id, and says when a month is replaced', async () => {
		const first = await importFixture('khong-dau.csv');
		expect(first.code).toBe(0);
		const again = await importFixture('khong-dau.csv');
		expect([again.code, again.stdout.split('\n')[0]]).toEqual([
			0,
			'Đã ghi agencies/xa-kiem-thu/statistics/2026.yaml: thay số liệu tháng 7.',
		]);
		expect(await read('agencies/xa-kiem-thu/statistics/2026.yaml')).toContain(
			'  - month: 7\n    receivedOnline: 1200\n    receivedInPerson: 300\n',
		);
	});

	it('reports every bad row by its line, one message each, and writes nothing', async () => {
		const before = await Promise.all(['so-kiem-thu', 'xa-kiem-thu'].map((id) => read(`agencies/${id}/statistics/2026.yaml`)));
		const { code, stdout, stderr } = await importFixture('loi-thang-07-2026.csv');
		expect([code, stdout]).toEqual([1, '']);
		expect(stderr.split('\n')).toEqual([
			'Dòng 3: đơn vị "Phòng Không Có" không trùng tên cơ quan nào trong agency.yaml (ghi đúng tên, hoặc thêm cột "Mã đơn vị").',
			'Dòng 4: tháng "13/2026" không đọc được (ghi 06/2026 hoặc 2026-06); "Tiếp nhận trực tuyến" là "abc", không phải số hồ sơ (số nguyên không âm, ví dụ 12.000).',
			'Dòng 5: số liệu tháng 7/2026 của so-kiem-thu đã có ở dòng 2.',
			'Dòng 6: "Rút hồ sơ" là "-5", không phải số hồ sơ (số nguyên không âm, ví dụ 12.000); tổng 1600 khác tiếp nhận trực tuyến + trực tiếp + bưu chính = 1500.',
			'Không ghi tệp nào: sửa 4 lỗi trên trong loi-thang-07-2026.csv rồi chạy lại.',
		]);
		expect(await Promise.all(['so-kiem-thu', 'xa-kiem-thu'].map((id) => read(`agencies/${id}/statistics/2026.yaml`)))).toEqual(before);
		expect((await readdir(join(corpus.root, 'agencies/so-kiem-thu/statistics'))).sort()).toEqual(['2026.yaml']);
	});

	it('names unknown and ambiguous columns, and asks for the unit and month it cannot find', async () => {
		const { code, stderr } = await importFixture('cot-la.csv');
		expect(code).toBe(1);
		expect(stderr.split('\n')).toEqual([
			'Dòng 1: cột 3 "Quá hạn" không rõ là hồ sơ đã giải quyết hay đang giải quyết: đặt tên "Đã giải quyết quá hạn" hoặc "Đang giải quyết quá hạn"; cột 4 "Ghi chú nội bộ" không phải cột nào của báo cáo số liệu hồ sơ (xem bảng tên cột trong README).',
			'Dòng 1: không có cột "Tháng"; thêm cột đó, hoặc ghi --month YYYY-MM.',
			'Không ghi tệp nào: sửa 2 lỗi trên trong cot-la.csv rồi chạy lại.',
		]);
	});

	it('takes the unit and month from --agency and --month, and refuses bad ones', async () => {
		await corpus.write(
			'don-vi.csv',
			'Trực tuyến,Trực tiếp,Bưu chính,Kỳ trước chuyển qua,Trước hạn,Đúng hạn,Đã giải quyết quá hạn,Trong hạn,Đang giải quyết quá hạn\n10,5,0,0,8,4,1,2,0\n',
		);
		const ok = await qms(['import-stats', 'don-vi.csv', '--content', '.', '--agency', 'so-kiem-thu', '--month', '2027-01']);
		expect([ok.code, ok.stdout.split('\n')[0]]).toEqual([0, 'Đã ghi agencies/so-kiem-thu/statistics/2027.yaml: thêm tháng 1.']);
		expect(await read('agencies/so-kiem-thu/statistics/2027.yaml')).toBe(
			'year: 2027\nmonths:\n  - month: 1\n    receivedOnline: 10\n    receivedInPerson: 5\n    receivedByPost: 0\n    carriedOver: 0\n    resolvedEarly: 8\n    resolvedOnTime: 4\n    resolvedLate: 1\n    pendingWithinTime: 2\n    pendingOverdue: 0\n    returned: 0\n    withdrawn: 0\n',
		);
		expect(await qms(['import-stats', 'don-vi.csv', '--content', '.', '--agency', 'khong-co', '--month', '2027-01'])).toEqual({
			code: 2,
			stdout: '',
			stderr: '--agency "khong-co" không có trong thư mục agencies/ (cần agencies/khong-co/agency.yaml hợp lệ).',
		});
		expect(await qms(['import-stats', 'don-vi.csv', '--content', '.', '--month', '13-2027'])).toEqual({
			code: 2,
			stdout: '',
			stderr: '--month "13-2027" không hợp lệ. Ghi theo dạng YYYY-MM, ví dụ --month 2026-06.',
		});
		expect(await qms(['import-stats', 'khong-co.csv', '--content', '.'])).toEqual({
			code: 2,
			stdout: '',
			stderr: 'Không đọc được tệp "khong-co.csv". Kiểm tra đường dẫn.',
		});
	});

	it('changes no file when one of them cannot be written', async () => {
		const before = await read('agencies/so-kiem-thu/statistics/2026.yaml');
		// A folder where the xã's file is staged makes its write fail after the Sở's was staged.
		await mkdir(join(corpus.root, `agencies/xa-kiem-thu/statistics/2026.yaml.${process.pid}.tmp`));
		const { code, stdout, stderr } = await importFixture('thang-07-2026.csv');
		expect({ code, stdout, stderr }).toEqual({
			code: 2,
			stdout: '',
			stderr:
				'Không ghi được số liệu vào thư mục nội dung (EISDIR); chưa tệp nào bị thay đổi. Kiểm tra quyền ghi và dung lượng đĩa rồi chạy lại.',
		});
		expect(await read('agencies/so-kiem-thu/statistics/2026.yaml')).toBe(before);
		expect(await readdir(join(corpus.root, 'agencies/so-kiem-thu/statistics'))).toEqual(['2026.yaml']);
	});

	it('exits 1 as a process on bad rows, 2 on a bad command line, never with a stack trace', async () => {
		await copyFile(join(FIXTURES, 'loi-thang-07-2026.csv'), join(corpus.root, 'loi.csv'));
		const bad = await runQms(['import-stats', 'loi.csv', '--content', '.'], corpus.root);
		expect([bad.code, bad.stderr.split('\n').at(-2)]).toEqual([1, 'Không ghi tệp nào: sửa 4 lỗi trên trong loi.csv rồi chạy lại.']);
		const usage = await runQms(['import-stats', '--content', '.'], corpus.root);
		expect(usage).toEqual({ code: 2, stdout: '', stderr: 'Ghi tệp CSV cần nhập, ví dụ: qms import-stats bao-cao-thang-06.csv\n' });
	});

	it('keeps the comments at the top of a statistics file it rewrites', async () => {
		await corpus.write(
			'agencies/xa-kiem-thu/statistics/2026.yaml',
			`# Số liệu minh họa, hư cấu.\n${await read('agencies/xa-kiem-thu/statistics/2026.yaml')}`,
		);
		expect((await importFixture('khong-dau.csv')).code).toBe(0);
		expect((await read('agencies/xa-kiem-thu/statistics/2026.yaml')).split('\n').slice(0, 4)).toEqual([
			'# Số liệu minh họa, hư cấu.',
			'year: 2026',
			'months:',
			'  - month: 5',
		]);
	});
});
