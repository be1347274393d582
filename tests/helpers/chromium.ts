import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The usual places of a system Chromium or Chrome (Debian, Ubuntu, Fedora, Google's packages, snap, macOS). */
export const SYSTEM_CHROMIUM_PATHS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Where the packaged browser is unpacked: inside node_modules, so `npm ci` starts it afresh. */
export const CHROMIUM_CACHE = fileURLToPath(new URL('../../node_modules/.cache/qms-site/', import.meta.url));

/** A Chromium to launch, where it came from, and the environment variables it needs. */
export interface ChromiumLocation {
	executablePath: string;
	source: 'QMS_CHROMIUM' | 'system' | '@sparticuz/chromium';
	env: Record<string, string>;
}

export interface FindChromiumOptions {
	env?: NodeJS.ProcessEnv;
	systemPaths?: readonly string[];
	/** Folder under which the packaged browser is unpacked, one subfolder per version. */
	cacheDir?: string;
	/** Whether this machine runs the packaged browser, a Linux x64 build. */
	packaged?: boolean;
}

/**
 * The Chromium for the browser tests, first found wins: the executable named by `QMS_CHROMIUM`
 * (an error when it is not one), an executable at one of `systemPaths`, else the browser shipped in
 * the npm package @sparticuz/chromium, unpacked once per version into `cacheDir`.
 */
export async function findChromium(options: FindChromiumOptions = {}): Promise<ChromiumLocation> {
	const { env = process.env, systemPaths = SYSTEM_CHROMIUM_PATHS, cacheDir = CHROMIUM_CACHE } = options;
	const named = env['QMS_CHROMIUM'];
	if (named !== undefined && named !== '') {
		if (!(await isExecutable(named)))
			throw new Error(
				`QMS_CHROMIUM trỏ tới "${named}", nhưng đó không phải tệp chạy được. Sửa đường dẫn hoặc bỏ biến này để dùng Chromium của hệ thống hoặc của gói @sparticuz/chromium.`,
			);
		return { executablePath: named, source: 'QMS_CHROMIUM', env: {} };
	}
	for (const path of systemPaths) {
		if (await isExecutable(path)) return { executablePath: path, source: 'system', env: {} };
	}
	if (!(options.packaged ?? (process.platform === 'linux' && process.arch === 'x64'))) {
		throw new Error(
			`Không tìm thấy Chromium ở ${systemPaths.join(', ')}, và gói @sparticuz/chromium chỉ có bản cho Linux x64. Cài Chromium hoặc Chrome, hoặc đặt QMS_CHROMIUM là đường dẫn tới tệp chạy của nó.`,
		);
	}
	return unpackPackagedChromium(cacheDir, env['LD_LIBRARY_PATH']);
}

async function isExecutable(path: string): Promise<boolean> {
	try {
		await access(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * The packaged browser, unpacked (about 200 MB, a few seconds) unless an earlier run did. Each run
 * unpacks into a folder of its own and renames it into place, so concurrent test runs never launch a
 * half-written binary. The libraries it links to (NSS, NSPR, expat) come from the package too, so a
 * machine without them runs it as well.
 */
async function unpackPackagedChromium(cacheDir: string, libraryPath: string | undefined): Promise<ChromiumLocation> {
	const packageDir = dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')));
	const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
	const dir = join(cacheDir, `chromium-${version}`);
	const location: ChromiumLocation = {
		executablePath: join(dir, 'chromium'),
		source: '@sparticuz/chromium',
		env: { LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), libraryPath].filter(Boolean).join(':') },
	};
	if (await isExecutable(location.executablePath)) return location;
	await mkdir(cacheDir, { recursive: true });
	const staging = await mkdtemp(join(cacheDir, `.chromium-${version}-`));
	try {
		await run(process.execPath, [fileURLToPath(new URL('./chromium-unpack.ts', import.meta.url)), staging]);
		await rename(staging, dir);
	} catch (error) {
		await rm(staging, { recursive: true, force: true });
		// Another run renamed its copy into place first: use that one.
		if (!(await isExecutable(location.executablePath))) throw error;
	}
	return location;
}
