import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQms, type CliResult } from '../helpers/cli.ts';

const HOSTILE = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const AGENCY = 'tests/fixtures/hostile/agencies/xa-thu-nghiem';

/** Every file under `dir` (the fixture must come out of every command as it went in). */
async function listing(dir: string): Promise<string[]> {
	return (await readdir(dir, { recursive: true })).sort();
}

let before: string[];
let validate: CliResult;
beforeAll(async () => {
	before = await listing(HOSTILE);
	validate = await runQms(['validate', 'tests/fixtures/hostile']);
});

/** The finding lines of `file`, in the order `qms validate` prints them. */
function findingsOf(file: string): string[] {
	return validate.stdout.split('\n').filter((line) => line.startsWith(`${file}:`));
}

describe('qms validate on hostile data', () => {
	it('fails with exit 1, in Vietnamese, without a stack trace', () => {
		expect(validate.code).toBe(1);
		expect(validate.stderr).toBe('');
		expect(validate.stdout).not.toMatch(/\n\s+at |Error:/);
	});

	it('reports a link that would run code, a name on two lines and days that do not exist in agency.yaml', () => {
		expect(findingsOf(`${AGENCY}/agency.yaml`)).toEqual([
			`${AGENCY}/agency.yaml:3:1  lỗi  schema  Trường "name": chỉ ghi trên một dòng, không xuống dòng.`,
			`${AGENCY}/agency.yaml:10:3  lỗi  schema  Trường "contact.website": chỉ nhận địa chỉ trang web bắt đầu bằng https:// hoặc http://, ví dụ https://tuphap.binhson.gov.vn.`,
			`${AGENCY}/agency.yaml:11:1  lỗi  schema  Trường "validFrom": ngày không có thật trong lịch.`,
			`${AGENCY}/agency.yaml:15:5  lỗi  schema  Trường "declarations[0].date": ngày không có thật trong lịch.`,
		]);
	});

	it('reports a title and a role with line breaks, 29 February 2025, and amounts written the Vietnamese way with the value meant', () => {
		const file = `${AGENCY}/procedures/dang-ky-khai-sinh.md`;
		expect(findingsOf(file)).toEqual([
			`${file}:3:1  lỗi  schema  Trường "title": chỉ ghi trên một dòng, không xuống dòng.`,
			`${file}:5:1  lỗi  schema  Trường "issued": ngày không có thật trong lịch.`,
			`${file}:27:5  lỗi  schema  Trường "fees[0].amount": số tiền 8 đồng nhỏ bất thường (dưới 500 đồng); nếu định ghi 8000 đồng thì viết 8000, không dùng dấu chấm ngăn cách hàng nghìn (YAML đọc 8.000 là 8).`,
			`${file}:30:5  lỗi  schema  Trường "fees[1].amount": số tiền phải là số đồng nguyên, đang ghi 12.5; nếu định ghi 12500 đồng thì viết 12500, không dùng dấu chấm ngăn cách hàng nghìn.`,
			`${file}:32:5  lỗi  schema  Trường "fees[2].amount": ghi số tiền không có dấu chấm ngăn cách hàng nghìn: 1200000 thay cho 1.200.000.`,
			`${file}:41:5  lỗi  schema  Trường "steps[1].role": chỉ ghi trên một dòng, không xuống dòng.`,
		]);
	});
});

describe('qms build on hostile data', () => {
	let parent: string;
	let build: CliResult;
	beforeAll(async () => {
		parent = await mkdtemp(join(tmpdir(), 'qms-hostile-'));
		build = await runQms(['build', '--content', HOSTILE, '--out', join(parent, 'dist')]);
	});
	afterAll(() => rm(parent, { recursive: true, force: true }));

	it('publishes none of it, with no stack trace and nothing written outside the output folder', async () => {
		// The agency is held back, its agency.yaml having errors; the rest of the province is built.
		expect(build.code).toBe(0);
		expect(build.stdout).toContain(
			`- ${HOSTILE}/agencies/xa-thu-nghiem/agency.yaml: cơ quan "xa-thu-nghiem" và mọi tài liệu của cơ quan chưa được đăng vì agency.yaml có lỗi.\n`,
		);
		expect(build.stderr).not.toMatch(/\n\s+at |Error:/);
		expect(await listing(HOSTILE)).toEqual(before);
		const written = await readdir(parent);
		expect(written.filter((name) => name !== 'dist')).toEqual([]);
		if (written.includes('dist')) {
			const files = await listing(join(parent, 'dist'));
			expect(files.filter((file) => file.includes('xa-thu-nghiem'))).toEqual([]);
			for (const file of files.filter((name) => name.endsWith('.html')))
				expect(await readFile(join(parent, 'dist', file), 'utf8')).not.toContain('javascript:');
		}
	});
});
