import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_HEADINGS } from '../helpers/sections.ts';
import { parse } from 'yaml';
import { decapBundleFiles, decapBundlePath } from '../../src/lib/admin/bundle.ts';
import { generateAdminConfig } from '../../src/lib/admin/generate.ts';
import { adminPage } from '../../src/lib/admin/page.ts';
import { decapServerScript } from '../../src/lib/admin/edit.ts';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { cleanEnv, runQms } from '../helpers/cli.ts';
import { DEMO_CONTENT } from '../helpers/corpus.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';

let repo: TempRepo;
let site: string;
let server: StaticServer;
let proxy: ChildProcess;
let browser: TestBrowser;

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
		});
	});
}

/** The real decap-server in fs mode on the temp repository, resolved once it listens. */
async function startProxy(root: string, port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, [decapServerScript()], {
		cwd: root,
		env: { ...cleanEnv(), PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, MODE: 'fs', LOG_LEVEL: 'info' },
	});
	await new Promise<void>((resolve, reject) => {
		let output = '';
		const onData = (chunk: Buffer) => {
			output += chunk.toString('utf8');
			if (/listening on/i.test(output)) resolve();
		};
		child.stdout?.on('data', onData);
		child.stderr?.on('data', onData);
		child.on('exit', (code) => reject(new Error(`decap-server exited (${String(code)}): ${output}`)));
	});
	return child;
}

beforeAll(async () => {
	repo = await tempRepo(DEMO_CONTENT);
	await repo.commit('Nội dung mẫu');
	const port = await freePort();
	site = await mkdtemp(join(tmpdir(), 'qms-admin-'));
	await mkdir(join(site, 'admin'));
	await writeFile(join(site, 'admin', 'index.html'), adminPage());
	await writeFile(join(site, 'admin', 'config.yml'), await generateAdminConfig(repo.root, repo.content, { localPort: port }));
	for (const file of await decapBundleFiles()) await cp(decapBundlePath(file), join(site, 'admin', file));
	[proxy, server, browser] = await Promise.all([startProxy(repo.root, port), serveStatic(site), launchBrowser()]);
}, 120_000);

afterAll(async () => {
	proxy?.kill();
	await browser?.close();
	await server?.close();
	await repo?.dispose();
	if (site !== undefined) await rm(site, { recursive: true, force: true });
});

/** Opens the editor logged in to the local backend, at `hash`. */
async function openEditor(hash: string): Promise<{ page: Page; errors: string[] }> {
	const opened = await browser.newPage({ width: 1280, height: 1000 });
	await opened.page.goto(`${server.url}admin/`);
	await opened.page.getByRole('button', { name: /Đăng nhập/ }).click();
	await opened.page
		.getByRole('link', { name: /Thông tin tỉnh/ })
		.first()
		.waitFor();
	await opened.page.evaluate((target) => (window.location.hash = target), hash);
	await opened.page.getByText('Tên tài liệu', { exact: true }).first().waitFor();
	return opened;
}

/** A field by its label, which Decap follows with "(không bắt buộc)" for an optional one. */
function labelled(page: Page, label: string) {
	return page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?:\\s*\\(không bắt buộc\\))?$`, 'i'));
}

async function fill(page: Page, label: string, value: string, nth = 0): Promise<void> {
	const fields = labelled(page, label);
	await (nth < 0 ? fields.last() : fields.nth(nth)).fill(value);
}

/** Replaces what a field holds the way a person does (select all, type): Decap's inputs keep their text on a plain fill. */
async function retype(page: Page, label: string, value: string, nth: number): Promise<void> {
	await labelled(page, label).nth(nth).click();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(value);
}

async function choose(page: Page, label: string, option: string): Promise<void> {
	await labelled(page, label).first().click();
	await page.getByText(option, { exact: true }).first().click();
}

async function addRow(page: Page, list: string): Promise<void> {
	await page.getByRole('button', { name: `Add ${list}` }).click();
}

const SECTIONS = SECTION_HEADINGS;

/** Types the body in the Markdown editor (source mode), one heading and one line per section. */
async function writeBody(page: Page, sections: readonly string[]): Promise<void> {
	const editor = page.locator('[data-slate-editor="true"]').last();
	await editor.click();
	await page.keyboard.insertText(sections.map((section) => `## ${section}\n\nNội dung mục ${section.slice(0, 1)}.\n`).join('\n'));
}

/** Publishes the entry ("Công bố ngay") and waits until decap-server has written `file` (its text was `before`). */
async function save(page: Page, file: string, before: string): Promise<void> {
	await page.getByRole('button', { name: /^Công bố$/ }).click();
	await page.getByRole('menuitem', { name: /Công bố ngay/ }).click();
	await expect.poll(() => readFile(file, 'utf8').catch(() => 'absent'), { timeout: 20_000 }).not.toBe(before);
}

/** The file the form writes: the fields in the form's order, defaults of a new dossier row first, the step time typed as `0,5` written as a number. */
const CREATED = `---
code: QT-AH-20
title: Quy trình đăng ký giám hộ
issue: 1
issued: 2026-10-01
effective: 2026-10-01
drafted:
  name: Nguyễn Thị Lan
  title: Công chức Tư pháp - Hộ tịch
reviewed:
  name: Trần Văn Minh
  title: Phó Chủ tịch UBND phường
approved:
  name: Trần Quốc Bảo
  title: Chủ tịch UBND phường
revisions:
  - issue: 1
    date: 2026-10-01
    part: Toàn bộ
    description: Ban hành lần đầu
tthc:
  - "1.004837"
legalBases:
  - 60/2014/QH13
dossier:
  - count: 1
    need: bat-buoc
    name: Tờ khai đăng ký giám hộ
    copy: ban-chinh
dossierSets: 1
days: 3
reception: Trung tâm Phục vụ hành chính công phường An Hòa
methods:
  - truc-tiep
applicants: Cá nhân
result: Trích lục đăng ký giám hộ
steps:
  - action: Tiếp nhận hồ sơ
    role: Bộ phận Một cửa
    time: 0.5
  - action: Thẩm định, trình ký
    role: Công chức Tư pháp - Hộ tịch
    time: 2
  - action: Ký, đóng dấu
    role: Chủ tịch UBND phường
    time: 4 giờ
  - action: Trả kết quả
    role: Bộ phận Một cửa
    time: không tính
records:
  - name: Sổ đăng ký giám hộ
    keeper: Công chức Tư pháp - Hộ tịch
    retention: Vĩnh viễn
---
## 1. Mục đích

Nội dung mục 1.

## 2. Phạm vi

Nội dung mục 2.

## 3. Tài liệu viện dẫn

Nội dung mục 3.

## 4. Định nghĩa và từ viết tắt

Nội dung mục 4.

## 5. Nội dung quy trình

Nội dung mục 5.

## 6. Biểu mẫu

Nội dung mục 6.

## 7. Hồ sơ cần lưu

Nội dung mục 7.
`;

describe('the forms editor at /admin/', () => {
	it('creates a procedure through the form that qms validate accepts', async () => {
		const { page, errors } = await openEditor('/collections/procedure--phuong-an-hoa/new');
		await fill(page, 'Mã hiệu tài liệu, duy nhất trong cơ quan', 'QT-AH-20');
		await fill(page, 'Tên tài liệu', 'Quy trình đăng ký giám hộ');
		await fill(page, 'Lần ban hành', '1');
		await fill(page, 'Ngày ban hành', '2026-10-01');
		await fill(page, 'Ngày có hiệu lực', '2026-10-01');
		for (const [index, [name, title]] of [
			['Nguyễn Thị Lan', 'Công chức Tư pháp - Hộ tịch'],
			['Trần Văn Minh', 'Phó Chủ tịch UBND phường'],
			['Trần Quốc Bảo', 'Chủ tịch UBND phường'],
		].entries()) {
			await fill(page, 'Họ và tên', name ?? '', index);
			await fill(page, 'Chức vụ', title ?? '', index);
		}
		await addRow(page, 'bảng theo dõi sửa đổi');
		await fill(page, 'Lần ban hành tạo ra thay đổi này', '1');
		await fill(page, 'Ngày ban hành lần đó', '2026-10-01');
		await fill(page, 'Vị trí sửa đổi', 'Toàn bộ');
		await fill(page, 'Tóm tắt nội dung sửa đổi', 'Ban hành lần đầu');
		await choose(page, 'Mã các TTHC mà quy trình áp dụng', '1.004837 — Đăng ký giám hộ');
		await choose(page, 'Số ký hiệu văn bản trong danh mục văn bản pháp luật', '60/2014/QH13 — Luật Hộ tịch');
		await fill(page, 'Tên giấy tờ', 'Tờ khai đăng ký giám hộ');
		await choose(page, 'Bản chính / bản sao / bản sao chứng thực', 'ban-chinh');
		await fill(page, 'Thời hạn giải quyết, ngày làm việc', '3');
		await fill(page, 'Nơi tiếp nhận hồ sơ và trả kết quả', 'Trung tâm Phục vụ hành chính công phường An Hòa');
		await choose(page, 'Cách thức thực hiện', 'truc-tiep');
		await fill(page, 'Đối tượng thực hiện', 'Cá nhân');
		await fill(page, 'Kết quả giải quyết', 'Trích lục đăng ký giám hộ');
		for (const [action, role, time] of [
			['Tiếp nhận hồ sơ', 'Bộ phận Một cửa', '0,5'],
			['Thẩm định, trình ký', 'Công chức Tư pháp - Hộ tịch', '2'],
			['Ký, đóng dấu', 'Chủ tịch UBND phường', '4 giờ'],
			['Trả kết quả', 'Bộ phận Một cửa', 'không tính'],
		]) {
			await addRow(page, 'các bước xử lý');
			await fill(page, 'Nội dung công việc', action ?? '', -1);
			await fill(page, 'Bộ phận, người thực hiện', role ?? '', -1);
			await fill(page, 'Thời gian thực hiện', time ?? '', -1);
		}
		await addRow(page, 'hồ sơ cần lưu');
		await fill(page, 'Tên hồ sơ', 'Sổ đăng ký giám hộ');
		await fill(page, 'Bộ phận, người lưu', 'Công chức Tư pháp - Hộ tịch');
		await fill(page, 'Thời gian lưu', 'Vĩnh viễn');
		await writeBody(page, SECTIONS);
		// The form refuses a step time the schema would refuse, with the schema's message, and writes nothing.
		await retype(page, 'Thời gian thực hiện', 'nửa ngày', 1);
		await page.getByRole('button', { name: /^Công bố$/ }).click();
		await page.getByRole('menuitem', { name: /Công bố ngay/ }).click();
		await page
			.getByText('ghi số ngày làm việc (0.5), "0,5 ngày làm việc", "4 giờ", "1 giờ làm việc", "không tính thời gian" hoặc "giờ hành chính"')
			.first()
			.waitFor();
		const file = join(repo.content, 'agencies/phuong-an-hoa/procedures/quy-trinh-dang-ky-giam-ho.md');
		expect(await readFile(file, 'utf8').catch(() => 'absent')).toBe('absent');
		await retype(page, 'Thời gian thực hiện', '2', 1);
		await save(page, file, 'absent');
		expect(await readFile(file, 'utf8')).toBe(CREATED);
		const validated = await runQms(['validate', 'content', '--format', 'json'], repo.root);
		expect(validated.code).toBe(0);
		const findings = (JSON.parse(validated.stdout) as { findings: Array<{ file: string }> }).findings;
		expect(findings.filter((finding) => finding.file.endsWith('/quy-trinh-dang-ky-giam-ho.md'))).toEqual([]);
		// Decap logs a refused save as console.error(undefined); the page has no favicon (404).
		expect(errors.filter((error) => !error.includes('404'))).toEqual(['undefined']);
	}, 120_000);

	it('edits an existing procedure and keeps what the form did not touch', async () => {
		const path = 'agencies/phuong-an-hoa/procedures/dang-ky-khai-tu.md';
		const before = await repo.read(path);
		const { page, errors } = await openEditor(`/collections/procedure--phuong-an-hoa/entries/dang-ky-khai-tu`);
		await fill(page, 'Kết quả giải quyết', 'Trích lục khai tử (bản chính)');
		await save(page, join(repo.content, path), before);
		const after = await repo.read(path);
		const [, frontBefore = '', bodyBefore] = before.split(/^---$/m);
		const [, frontAfter = '', bodyAfter] = after.split(/^---$/m);
		expect(bodyAfter).toBe(bodyBefore);
		expect(parse(frontAfter)).toEqual({ ...parse(frontBefore), result: 'Trích lục khai tử (bản chính)' });
		expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
	}, 120_000);
});
