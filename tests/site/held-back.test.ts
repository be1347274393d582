import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatProblems } from '../../src/lib/linkcheck/index.ts';
import { todayInVietnam } from '../../src/lib/text/dates.ts';
import { runQms, type CliResult } from '../helpers/cli.ts';
import { issueProcedure, PROCEDURE, tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { readSite } from '../helpers/site.ts';

const PAGE = 'xa-minh-hoa/thu-tuc/dang-ky-khai-sinh';
const INTERNAL = 'agencies/xa-minh-hoa/internal/nb-01.md';
const NEW = 'agencies/xa-minh-hoa/procedures/moi.md';

/** Every file of a folder with the SHA-256 of its bytes, sorted: equal only for byte-identical trees. */
async function fingerprint(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
	const rows = await Promise.all(
		files.map(
			async (file) =>
				`${file.slice(dir.length + 1)} ${createHash('sha256')
					.update(await readFile(file))
					.digest('hex')}`,
		),
	);
	return rows.sort();
}

const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false,
	);

/** The body rows of the table captioned `caption`, cells' text joined with " | ". */
function tableRows(html: string, caption: string): string[] {
	const table = new RegExp(`<caption[^>]*>${caption}</caption>([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
	return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
		.slice(1)
		.map((row) => [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? '')).join(' | '));
}

let repo: TempRepo;
let scratch: string;
let first: string;
let second: string;
let built: CliResult;
let rebuilt: CliResult;
let issue2Date: string;

beforeAll(async () => {
	repo = await tempRepo();
	scratch = await mkdtemp(join(tmpdir(), 'qms-held-back-'));
	await repo.commit('Ban hành lần 1');
	await issueProcedure(repo, 2, '2026-01-10', [
		['days: 3', 'days: 2.5'],
		['time: 2\n', 'time: 1.5\n'],
	]);
	const issue2 = await repo.commit('Ban hành lần 2');
	issue2Date = todayInVietnam(new Date(await repo.git('log', '-1', '--format=%cI', issue2)));
	// Issue 3: the time limit shrinks but the steps still add up to 2.5 days.
	await issueProcedure(repo, 3, '2026-03-01', [['days: 2.5', 'days: 2']]);
	await repo.edit(INTERNAL, 'Xem bảng các bước.', 'Xem bảng các bước đã cập nhật.');
	await repo.write(NEW, (await repo.read(PROCEDURE)).replace(/^code: .*$/m, 'code: QT-MH-04'));
	await repo.commit('Ban hành lần 3');
	first = join(scratch, 'first');
	second = join(scratch, 'second');
	built = await runQms(['build', '--content', repo.content, '--out', first]);
	rebuilt = await runQms(['build', '--content', repo.content, '--out', second]);
}, 240_000);

afterAll(async () => {
	await repo?.dispose();
	if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
});

describe("a build where one procedure's new issue has document errors", () => {
	it('exits 0 and names each held-back file with what the site shows and the errors', () => {
		expect(built.code).toBe(0);
		const [day, month, year] = [issue2Date.slice(8), issue2Date.slice(5, 7), issue2Date.slice(0, 4)];
		// Astro's own warnings (a collection the fixture leaves empty) may come first.
		const lines = built.stdout.split('\n');
		expect(lines.slice(lines.indexOf('Giữ lại 2 tệp có lỗi; mọi trang khác đã được cập nhật:'), -2)).toEqual([
			'Giữ lại 2 tệp có lỗi; mọi trang khác đã được cập nhật:',
			`- ${repo.content}/${PROCEDURE}: vẫn đăng lần ban hành 2 (ghi vào git ngày ${day}/${month}/${year}) cho đến khi sửa hết lỗi.`,
			'    32:1  step-time-sum  Thời hạn giải quyết là 2 ngày làm việc nhưng các bước được tính thời gian cộng lại 2,5 ngày. Sửa thời gian các bước hoặc thời hạn "days" để hai số bằng nhau.',
			`- ${repo.content}/${NEW}: chưa được đăng: chưa có lần ban hành nào không có lỗi.`,
			'    32:1  step-time-sum  Thời hạn giải quyết là 2 ngày làm việc nhưng các bước được tính thời gian cộng lại 2,5 ngày. Sửa thời gian các bước hoặc thời hạn "days" để hai số bằng nhau.',
		]);
		expect(built.stdout.split('\n').at(-2)).toBe(`Đã dựng trang vào ${first} (giữ lại 2 tệp có lỗi ở trên).`);
		expect(built.stderr).toContain(`${repo.content}/${PROCEDURE}:32:1  lỗi  step-time-sum`);
	});

	it("keeps issue 2 on the procedure's page, unchanged, and brings every other page up to date", async () => {
		const html = await readFile(join(first, PAGE, 'index.html'), 'utf8');
		expect(text(/<p class="lede"[^>]*>[\s\S]*?<\/p>/.exec(html)?.[0] ?? '')).toBe(
			'Ủy ban nhân dân xã Minh Hòa · Mã hiệu QT-MH-01, lần ban hành 2, hiệu lực từ 10/01/2026',
		);
		expect([...html.matchAll(/<dd class="fact-value[^"]*">([^<]+)<\/dd>/g)].map((match) => match[1])[0]).toBe('2,5 ngày làm việc');
		expect(await exists(join(first, PAGE, 'lan-2', 'index.html'))).toBe(true);
		expect(await exists(join(first, PAGE, 'lan-3'))).toBe(false);
		expect(await readFile(join(first, 'xa-minh-hoa/noi-bo/nb-01/index.html'), 'utf8')).toContain('Xem bảng các bước đã cập nhật.');
		expect(await exists(join(first, 'xa-minh-hoa/thu-tuc/moi'))).toBe(false);
		const corpus = JSON.parse(await readFile(join(first, 'data/corpus.json'), 'utf8')) as {
			procedures: Array<{ id: string; data: { issue: number } }>;
		};
		expect(corpus.procedures.map((doc) => `${doc.id} ${doc.data.issue}`)).toEqual(['xa-minh-hoa/dang-ky-khai-sinh 2']);
	});

	it('lists the held-back files on the province and agency dashboards, linking only to published pages', async () => {
		const rows = [
			`${PROCEDURE} | Vẫn đăng lần ban hành 2 | Dòng 32: Thời hạn giải quyết là 2 ngày làm việc nhưng các bước được tính thời gian cộng lại 2,5 ngày. Sửa thời gian các bước hoặc thời hạn "days" để hai số bằng nhau. (step-time-sum)`,
			`${NEW} | ! Chưa được đăng | Dòng 32: Thời hạn giải quyết là 2 ngày làm việc nhưng các bước được tính thời gian cộng lại 2,5 ngày. Sửa thời gian các bước hoặc thời hạn "days" để hai số bằng nhau. (step-time-sum)`,
		];
		const province = await readFile(join(first, 'bao-cao/index.html'), 'utf8');
		expect(tableRows(province, 'Tài liệu có lỗi, chưa đăng bản hiện tại: 2')).toEqual(rows);
		expect(province).toContain(`<a href="/${PAGE}/">Vẫn đăng lần ban hành 2</a>`);
		const agency = await readFile(join(first, 'xa-minh-hoa/bao-cao/index.html'), 'utf8');
		expect(tableRows(agency, 'Tài liệu có lỗi, chưa đăng bản hiện tại: 2')).toEqual(rows);
		const site = await readSite({ dir: first, base: '/', dispose: () => Promise.resolve() });
		expect(formatProblems(checkLinks(site))).toBe('');
	});

	it('writes the same bytes when built again from the same content, history and date', async () => {
		expect(rebuilt.code).toBe(0);
		expect(await fingerprint(second)).toEqual(await fingerprint(first));
	});

	it('fails qms validate, naming the document', async () => {
		const result = await runQms(['validate', repo.content]);
		expect(result.code).toBe(1);
		expect(
			result.stdout
				.split('\n')
				.filter((line) => line.includes('  lỗi  '))
				.map((line) =>
					line
						.replace(/^.*?(agencies\/)/, '$1')
						.split('  ')
						.slice(0, 3)
						.join('  '),
				),
		).toEqual([`${PROCEDURE}:32:1  lỗi  step-time-sum`, `${NEW}:32:1  lỗi  step-time-sum`]);
	});

	it('with --strict, exits 1 and leaves the previous output byte-identical', async () => {
		const before = await fingerprint(first);
		const result = await runQms(['build', '--content', repo.content, '--out', first, '--strict']);
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n').at(-1)).toBe(
			'Dừng (--strict): có 2 lỗi trong tài liệu, chưa ghi gì vào thư mục đầu ra. Sửa các lỗi trên rồi chạy lại.',
		);
		expect(await fingerprint(first)).toEqual(before);
	});
});
