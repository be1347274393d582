import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, PROJECT_ROOT, runQms } from '../helpers/cli.ts';
import { VALID_FIXTURE } from '../helpers/corpus.ts';

const exec = promisify(execFile);

const RULE =
	'qms build xóa và thay thế toàn bộ thư mục --out, nên chỉ nhận một thư mục chưa có, một thư mục trống hoặc kết quả của lần dựng trước (có tệp .qms-build). Chọn thư mục khác, ví dụ --out dist.';

let base: string;
let project: string;

/** Every path under `dir` with its size, `.git` included: what a refused build must leave as it was. */
async function listing(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return Promise.all(
		entries.map(async (entry) => {
			const path = join(entry.parentPath, entry.name);
			return `${path.slice(dir.length)} ${entry.isFile() ? (await stat(path)).size : '/'}`;
		}),
	).then((lines) => lines.sort());
}

beforeAll(async () => {
	// base/project: a project with package.json, content/ and a git repository, inside a folder of its own.
	base = await mkdtemp(join(tmpdir(), 'qms-out-guard-'));
	project = join(base, 'project');
	await cp(VALID_FIXTURE, join(project, 'content'), { recursive: true });
	await writeFile(join(project, 'package.json'), '{ "private": true }\n');
	await mkdir(join(project, 'ghi-chu'));
	await writeFile(join(project, 'ghi-chu', 'viec-can-lam.txt'), 'không được xóa\n');
	await mkdir(join(project, 'kho-khac'));
	await exec('git', ['init', '-q'], { cwd: join(project, 'kho-khac') });
	await exec('git', ['init', '-q'], { cwd: project });
	await exec('git', ['add', 'content', 'package.json'], { cwd: project });
	await exec('git', ['-c', 'user.name=Thư ký ISO', '-c', 'user.email=iso@example.vn', 'commit', '-q', '-m', 'Nội dung'], { cwd: project });
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('qms build --out', () => {
	it.each([
		['.', () => `--out "${project}": đây là thư mục dự án. ${RULE}`],
		['content', () => `--out "${join(project, 'content')}": đây là thư mục nội dung. ${RULE}`],
		['..', () => `--out "${base}": thư mục này chứa thư mục dự án "${project}". ${RULE}`],
		['/', () => `--out "/": thư mục này chứa thư mục dự án "${project}". ${RULE}`],
		[
			'content/agencies',
			() => `--out "${join(project, 'content/agencies')}": thư mục này nằm trong thư mục nội dung "${join(project, 'content')}". ${RULE}`,
		],
		['.git/site', () => `--out "${join(project, '.git/site')}": thư mục này nằm trong thư mục .git của một kho. ${RULE}`],
		['kho-khac', () => `--out "${join(project, 'kho-khac')}": thư mục này là một kho git (có .git). ${RULE}`],
		[
			'ghi-chu',
			() =>
				`--out "${join(project, 'ghi-chu')}": thư mục không trống và không phải kết quả của qms build (không có tệp .qms-build). ${RULE}`,
		],
		['package.json', () => `--out "${join(project, 'package.json')}": đây là một tệp, không phải thư mục. ${RULE}`],
		[
			'package.json/x',
			() =>
				`--out "${join(project, 'package.json/x')}": "${join(project, 'package.json')}" là một tệp, không phải thư mục, nên không tạo được thư mục bên dưới. Chọn một thư mục ghi được, ví dụ --out dist.`,
		],
		[
			'/proc/x',
			() =>
				'--out "/proc/x": không tạo được thư mục trong "/proc" (không có quyền ghi, hoặc hệ thống tệp không cho ghi). Chọn một thư mục ghi được, ví dụ --out dist.',
		],
	])('refuses --out %s before reading anything, touching nothing', async (out, message) => {
		const before = await listing(base);
		const result = await runQms(['build', '--out', out], project);
		expect(result).toEqual({ code: 2, stdout: '', stderr: `${message()}\n` });
		expect(await listing(base)).toEqual(before);
	});

	it('refuses a folder it may not write into, before building', async () => {
		const open = await mkdtemp(join(tmpdir(), 'qms-out-perm-'));
		try {
			await chmod(open, 0o755);
			await mkdir(join(open, 'chi-doc'), { mode: 0o555 });
			const out = join(open, 'chi-doc', 'dist');
			// Permission bits do not bind root's capabilities: as root, the command runs with none, so the folder's
			// bits apply to it as to any user, while it still reads a checkout it owns, wherever that lies (a user
			// such as "nobody" could not read one under a private folder, e.g. one made by mktemp -d).
			const command =
				process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-all', '--inh-caps=-all', process.execPath] : [process.execPath];
			const [file = '', ...args] = [
				...command,
				join(PROJECT_ROOT, 'src/cli/main.ts'),
				'build',
				'--content',
				'tests/fixtures/valid',
				'--out',
				out,
			];
			const result = await exec(file, args, { cwd: PROJECT_ROOT, env: cleanEnv() }).then(
				() => ({ code: 0, stderr: '' }),
				(error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
			);
			expect(result).toEqual({
				code: 2,
				stderr: `--out "${out}": không tạo được thư mục trong "${join(open, 'chi-doc')}" (không có quyền ghi, hoặc hệ thống tệp không cho ghi). Chọn một thư mục ghi được, ví dụ --out dist.\n`,
			});
			expect(await readdir(join(open, 'chi-doc'))).toEqual([]);
		} finally {
			await rm(open, { recursive: true, force: true });
		}
	});

	it('refuses a timings file that would overwrite a file of the project, or land in the content', async () => {
		const before = await listing(base);
		expect(await runQms(['build', '--timings-json', 'package.json'], project)).toEqual({
			code: 2,
			stdout: '',
			stderr: `--timings-json "${join(project, 'package.json')}": tệp đã có và không phải số liệu thời gian của một lần dựng trước; qms build không ghi đè lên tệp khác.\n`,
		});
		expect(await runQms(['build', '--timings-json', 'content/thoi-gian.json'], project)).toEqual({
			code: 2,
			stdout: '',
			stderr: `--timings-json "${join(project, 'content/thoi-gian.json')}": tệp nằm trong thư mục nội dung "${join(project, 'content')}"; ghi số liệu thời gian ra ngoài thư mục nội dung.\n`,
		});
		expect(await runQms(['build', '--timings-json', 'ghi-chu'], project)).toEqual({
			code: 2,
			stdout: '',
			stderr: `--timings-json "${join(project, 'ghi-chu')}": đây là một thư mục; ghi đường dẫn tới một tệp, ví dụ thoi-gian.json.\n`,
		});
		expect(await listing(base)).toEqual(before);
	});

	it('refuses to write the portal over the shards it reads', async () => {
		const shards = join(project, 'ghi-chu');
		expect(await runQms(['build', '--shards', shards, '--out', join(shards, 'x')], project)).toEqual({
			code: 2,
			stdout: '',
			stderr: `--out "${join(shards, 'x')}": thư mục này nằm trong thư mục --shards "${shards}". ${RULE}\n`,
		});
	});

	it('replaces the output of an earlier build, and marks its own', async () => {
		const out = join(base, 'dist');
		await mkdir(out);
		await writeFile(join(out, '.qms-build'), '{ "generator": "qms build" }\n');
		await writeFile(join(out, 'cu.html'), 'bản dựng trước');
		const result = await runQms(['build', '--content', join(project, 'content'), '--out', out]);
		expect(result.code).toBe(0);
		const entries = await readdir(out);
		expect(entries).not.toContain('cu.html');
		expect(entries).toContain('index.html');
		expect(JSON.parse(await readFile(join(out, '.qms-build'), 'utf8'))).toEqual({
			generator: 'qms build',
			note: 'Thư mục do qms build tạo; lần dựng sau sẽ xóa và thay thế toàn bộ.',
		});
	});
});
