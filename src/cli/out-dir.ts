import { mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './io.ts';

/** The file every `qms build` output carries, so a later build knows the folder is its own to replace. */
export const BUILD_MARKER = '.qms-build';
const MARKER_TEXT = `${JSON.stringify({ generator: 'qms build', note: 'Thư mục do qms build tạo; lần dựng sau sẽ xóa và thay thế toàn bộ.' })}\n`;

/** The paths of one `qms build`, resolved against the working folder. */
export interface BuildPaths {
	cwd: string;
	/** The content folder, already checked to exist. */
	content: string;
	out: string;
	shards?: string;
	timingsJson?: string;
}

/** Writes the marker into a finished output folder (before it replaces the previous one). */
export async function writeBuildMarker(dir: string): Promise<void> {
	await writeFile(join(dir, BUILD_MARKER), MARKER_TEXT);
}

/**
 * Checks, before any work, that the build may write where it is told to. `--out` is deleted and
 * replaced, so it may only be a missing folder, an empty one, or the output of an earlier build;
 * never the project, the content, an ancestor of either, a git work tree, nor the shards it reads.
 * `--timings-json` may create a file or replace an earlier timings file, never another file.
 * Throws a UsageError (exit 2) that says what to do.
 */
export async function checkBuildPaths(paths: BuildPaths): Promise<void> {
	const out = await realPath(paths.out);
	const project = await realPath(await projectRoot(paths.cwd));
	const content = await realPath(paths.content);
	const guarded = [
		{ dir: project, name: 'thư mục dự án' },
		...(project === (await realPath(paths.cwd)) ? [] : [{ dir: await realPath(paths.cwd), name: 'thư mục đang làm việc' }]),
		{ dir: content, name: 'thư mục nội dung' },
		...(paths.shards === undefined ? [] : [{ dir: await realPath(paths.shards), name: 'thư mục --shards' }]),
	];
	const refuse = (reason: string) =>
		new UsageError(
			`--out "${paths.out}": ${reason}. qms build xóa và thay thế toàn bộ thư mục --out, nên chỉ nhận một thư mục chưa có, một thư mục trống hoặc kết quả của lần dựng trước (có tệp ${BUILD_MARKER}). Chọn thư mục khác, ví dụ --out dist.`,
		);
	for (const { dir, name } of guarded) {
		if (out === dir) throw refuse(`đây là ${name}`);
		if (isInside(out, dir)) throw refuse(`thư mục này chứa ${name} "${dir}"`);
	}
	if (isInside(content, out)) throw refuse(`thư mục này nằm trong thư mục nội dung "${content}"`);
	if (out.split(sep).includes('.git')) throw refuse('thư mục này nằm trong thư mục .git của một kho');
	if (paths.shards !== undefined && isInside(await realPath(paths.shards), out))
		throw refuse(`thư mục này nằm trong thư mục --shards "${paths.shards}"`);
	await checkOutFolder(paths.out, out, refuse);
	if (paths.timingsJson !== undefined) await checkTimingsFile(paths.timingsJson, content);
}

async function checkOutFolder(given: string, out: string, refuse: (reason: string) => UsageError): Promise<void> {
	const info = await stat(out).catch(() => undefined);
	if (info !== undefined && !info.isDirectory()) throw refuse('đây là một tệp, không phải thư mục');
	if (info !== undefined) {
		const entries = await readdir(out);
		if (entries.includes('.git')) throw refuse('thư mục này là một kho git (có .git)');
		if (entries.length > 0 && !(await hasMarker(out)))
			throw refuse(`thư mục không trống và không phải kết quả của qms build (không có tệp ${BUILD_MARKER})`);
	}
	// The finished site is moved to `out` from inside the project: its parent must take a new folder.
	await checkCanCreate(
		dirname(out),
		(reason) => new UsageError(`--out "${given}": ${reason}. Chọn một thư mục ghi được, ví dụ --out dist.`),
	);
}

async function checkTimingsFile(given: string, content: string): Promise<void> {
	const file = await realPath(given);
	const refuse = (reason: string) => new UsageError(`--timings-json "${given}": ${reason}.`);
	if (file === content || isInside(content, file))
		throw refuse(`tệp nằm trong thư mục nội dung "${content}"; ghi số liệu thời gian ra ngoài thư mục nội dung`);
	if (file.split(sep).includes('.git')) throw refuse('tệp nằm trong thư mục .git của kho');
	const info = await stat(file).catch(() => undefined);
	if (info?.isDirectory() === true) throw refuse('đây là một thư mục; ghi đường dẫn tới một tệp, ví dụ thoi-gian.json');
	if (info !== undefined && !(await isTimingsFile(file)))
		throw refuse('tệp đã có và không phải số liệu thời gian của một lần dựng trước; qms build không ghi đè lên tệp khác');
	await checkCanCreate(
		dirname(file),
		() => refuse(`không ghi được vào thư mục "${dirname(given)}" (thư mục không có hoặc không có quyền ghi)`),
		false,
	);
}

/**
 * Proves that a folder can be created in `dir`, or in its nearest existing ancestor when
 * `missingOk`, by creating and removing an empty one: permission bits say nothing under /proc or
 * on a read-only mount, nor to root.
 */
async function checkCanCreate(dir: string, fail: (reason: string) => UsageError, missingOk = true): Promise<void> {
	let existing = dir;
	let info = await stat(existing).catch(() => undefined);
	while (info === undefined && missingOk && dirname(existing) !== existing) {
		existing = dirname(existing);
		info = await stat(existing).catch(() => undefined);
	}
	if (info === undefined) throw fail(`thư mục "${dir}" không có`);
	if (!info.isDirectory()) throw fail(`"${existing}" là một tệp, không phải thư mục, nên không tạo được thư mục bên dưới`);
	const probe = await mkdtemp(join(existing, '.qms-probe-')).catch(() => undefined);
	if (probe === undefined) throw fail(`không tạo được thư mục trong "${existing}" (không có quyền ghi, hoặc hệ thống tệp không cho ghi)`);
	await rm(probe, { recursive: true, force: true });
}

async function hasMarker(dir: string): Promise<boolean> {
	const text = await readFile(join(dir, BUILD_MARKER), 'utf8').catch(() => undefined);
	return parsed(text)?.['generator'] === 'qms build';
}

async function isTimingsFile(file: string): Promise<boolean> {
	const value = parsed(await readFile(file, 'utf8').catch(() => undefined));
	return Array.isArray(value?.['phases']) && typeof value?.['totalMs'] === 'number';
}

function parsed(text: string | undefined): Record<string, unknown> | undefined {
	if (text === undefined) return undefined;
	try {
		const value: unknown = JSON.parse(text);
		return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

/** The nearest folder from `cwd` up that holds package.json; `cwd` itself when there is none. */
async function projectRoot(cwd: string): Promise<string> {
	for (let dir = cwd; ; dir = dirname(dir)) {
		if ((await stat(join(dir, 'package.json')).catch(() => undefined))?.isFile() === true) return dir;
		if (dirname(dir) === dir) return cwd;
	}
}

/** The absolute path with symbolic links of its existing part resolved, so a link cannot hide a guarded folder. */
async function realPath(path: string): Promise<string> {
	const absolute = resolve(path);
	const real = await realpath(absolute).catch(() => undefined);
	if (real !== undefined) return real;
	const parent = dirname(absolute);
	return parent === absolute ? absolute : join(await realPath(parent), basename(absolute));
}

/** True when `inner` lies strictly inside `outer`. */
function isInside(outer: string, inner: string): boolean {
	const path = relative(outer, inner);
	return path !== '' && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}
