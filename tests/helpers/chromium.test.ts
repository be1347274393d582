import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { findChromium } from './chromium.ts';
import { readPdf } from './pdf.ts';

let dir: string;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'qms-chromium-'));
});

afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** A file at `name` in the temporary folder, executable or not. */
async function file(name: string, executable = true): Promise<string> {
	const path = join(dir, name);
	await writeFile(path, '#!/bin/sh\n', { mode: executable ? 0o755 : 0o644 });
	return path;
}

describe('findChromium', () => {
	it('takes the executable named by QMS_CHROMIUM over every system path', async () => {
		const named = await file('named-chrome');
		const system = await file('chromium');
		expect(await findChromium({ env: { QMS_CHROMIUM: named }, systemPaths: [system], packaged: false })).toEqual({
			executablePath: named,
			source: 'QMS_CHROMIUM',
			env: {},
		});
	});

	it('stops at a QMS_CHROMIUM that is not an executable instead of looking elsewhere', async () => {
		const named = await file('chrome.txt', false);
		const system = await file('chromium');
		await expect(findChromium({ env: { QMS_CHROMIUM: named }, systemPaths: [system], packaged: false })).rejects.toThrow(
			`QMS_CHROMIUM trỏ tới "${named}", nhưng đó không phải tệp chạy được. Sửa đường dẫn hoặc bỏ biến này để dùng Chromium của hệ thống hoặc của gói @sparticuz/chromium.`,
		);
	});

	it('takes the first system path that is an executable, skipping missing and non-executable files', async () => {
		const missing = join(dir, 'chromium');
		const notExecutable = await file('chromium-browser', false);
		const second = await file('google-chrome');
		const third = await file('google-chrome-stable');
		expect(
			await findChromium({ env: { QMS_CHROMIUM: '' }, systemPaths: [missing, notExecutable, second, third], packaged: false }),
		).toEqual({
			executablePath: second,
			source: 'system',
			env: {},
		});
	});

	it('says where it looked when there is no Chromium and the packaged one cannot run here', async () => {
		const missing = join(dir, 'chromium');
		await expect(findChromium({ env: {}, systemPaths: [missing], packaged: false })).rejects.toThrow(
			`Không tìm thấy Chromium ở ${missing}, và gói @sparticuz/chromium chỉ có bản cho Linux x64. Cài Chromium hoặc Chrome, hoặc đặt QMS_CHROMIUM là đường dẫn tới tệp chạy của nó.`,
		);
	});
});

describe('the Chromium of @sparticuz/chromium, when there is no other', () => {
	it('is unpacked once per package version with its libraries, and prints Vietnamese text to an A4 PDF', async () => {
		const packageDir = dirname(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')));
		const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
		const cacheDir = join(dir, 'cache');
		const options = { env: { LD_LIBRARY_PATH: '/opt/lib' }, systemPaths: [join(dir, 'chromium')], cacheDir, packaged: true };
		const location = await findChromium(options);
		const unpacked = join(cacheDir, `chromium-${version}`);
		expect(location).toEqual({
			executablePath: join(unpacked, 'chromium'),
			source: '@sparticuz/chromium',
			env: { LD_LIBRARY_PATH: `${join(unpacked, 'al2023', 'lib')}:/opt/lib` },
		});
		expect(await readdir(cacheDir)).toEqual([`chromium-${version}`]);
		expect(await readdir(join(unpacked, 'al2023', 'lib'))).toEqual(
			expect.arrayContaining(['libexpat.so.1', 'libnspr4.so', 'libnss3.so', 'libnssutil3.so', 'libplc4.so', 'libplds4.so']),
		);
		await writeFile(join(unpacked, 'marker'), '');
		expect(await findChromium(options)).toEqual(location);
		expect((await readdir(unpacked)).sort()).toEqual(['al2023', 'chromium', 'marker']);

		const browser = await launchBrowser(location);
		try {
			expect(browser.browser.version().split('.')[0]).toBe(version.split('.')[0]);
			const { page, errors } = await browser.newPage();
			await page.setContent('<p style="font: 14pt serif">Ủy ban nhân dân phường Đông Tiến: đăng ký hộ kinh doanh</p>');
			const pages = await readPdf(await page.pdf({ format: 'A4' }));
			expect(pages.map(({ text }) => text)).toEqual(['Ủy ban nhân dân phường Đông Tiến: đăng ký hộ kinh doanh']);
			// A4 is 595.28 × 841.89 points; Chromium rounds the page to its pixel grid.
			expect(Math.abs((pages[0]?.width ?? 0) - 595.28)).toBeLessThan(2);
			expect(Math.abs((pages[0]?.height ?? 0) - 841.89)).toBeLessThan(2);
			expect(errors).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
