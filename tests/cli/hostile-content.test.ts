import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQms, type CliResult } from '../helpers/cli.ts';
import { scratchCorpus, type ScratchCorpus } from '../helpers/corpus.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const HOSTILE_FIXTURE = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const PROCEDURES = 'agencies/xa-minh-hoa/procedures';
/** Files the code in the `---js`, `---javascript` and `---coffee` headers would write in the working directory. */
const MARKERS = ['hostile-js-ran.txt', 'hostile-javascript-ran.txt', 'hostile-coffee-ran.txt'];

/** Every file under `root` with its size: what a run must leave as it found it. */
async function tree(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
	return Promise.all(files.sort().map(async (file) => `${file} ${(await stat(file)).size}`));
}

/** The findings printed for `file`, without the folder prefix: `line:column  level  rule  message`. */
function findingsOf(result: CliResult, file: string): string[] {
	return result.stdout
		.split('\n')
		.filter((row) => row.startsWith(`./${file}:`))
		.map((row) => row.slice(`./${file}:`.length));
}

function expectNoCrash(result: CliResult): void {
	expect(result.stdout + result.stderr).not.toMatch(/^ {4}at |Error:|RangeError|TypeError/m);
}

describe('qms on hostile content', () => {
	let corpus: ScratchCorpus;
	let validate: CliResult;
	let before: string[];

	beforeAll(async () => {
		corpus = await scratchCorpus(HOSTILE_FIXTURE);
		// Cases too large to keep in the repository are written here.
		await corpus.write(
			`${PROCEDURES}/bi-danh-100kb.md`,
			`---\ncode: QT-MH-80\nnote: &dai "${'x'.repeat(100_000)}"\nconditions:\n${'  - *dai\n'.repeat(20_000)}---\n## 1. Mục đích\n`,
		);
		await corpus.write(
			`${PROCEDURES}/du-lieu-lon.md`,
			`---\ncode: QT-MH-81\ntitle: Quy trình có trường rất dài\nconditions: ${'Điều kiện. '.repeat(30_000)}\n---\n## 1. Mục đích\n`,
		);
		await corpus.write(
			`${PROCEDURES}/noi-dung-dai.md`,
			`${(await corpus.read(`${PROCEDURES}/dang-ky-khai-sinh.md`)).replace('code: QT-MH-01', 'code: QT-MH-82')}\n${'Nội dung rất dài. '.repeat(70_000)}\n`,
		);
		before = await tree(corpus.root);
		validate = await runQms(['validate', '.'], corpus.root);
	}, 60_000);

	afterAll(() => corpus.dispose());

	it('exits 1 with findings only: no stack trace, nothing written, no header code run', async () => {
		expect(validate.code).toBe(1);
		expect(validate.stderr).toBe('');
		expectNoCrash(validate);
		expect(await tree(corpus.root)).toEqual(before);
		for (const marker of MARKERS) expect(existsSync(join(corpus.root, marker)), marker).toBe(false);
	});

	it.each([
		[
			'ma-javascript.md',
			'1:4  lỗi  frontmatter-language  Dòng đầu tiên "---js" có thêm "js" sau ba dấu gạch ngang: phần thông tin đầu tệp chỉ được viết bằng YAML nên phần này không được đọc. Xóa "js" để dòng đầu tiên chỉ còn "---".',
		],
		[
			'ma-javascript-day-du.md',
			'1:4  lỗi  frontmatter-language  Dòng đầu tiên "---javascript" có thêm "javascript" sau ba dấu gạch ngang: phần thông tin đầu tệp chỉ được viết bằng YAML nên phần này không được đọc. Xóa "javascript" để dòng đầu tiên chỉ còn "---".',
		],
		[
			'ma-coffee.md',
			'1:4  lỗi  frontmatter-language  Dòng đầu tiên "---coffee" có thêm "coffee" sau ba dấu gạch ngang: phần thông tin đầu tệp chỉ được viết bằng YAML nên phần này không được đọc. Xóa "coffee" để dòng đầu tiên chỉ còn "---".',
		],
		[
			'ghi-chu-sau-gach.md',
			'1:5  lỗi  frontmatter-language  Dòng đầu tiên "--- tiếng Việt" có thêm "tiếng Việt" sau ba dấu gạch ngang: phần thông tin đầu tệp chỉ được viết bằng YAML nên phần này không được đọc. Xóa "tiếng Việt" để dòng đầu tiên chỉ còn "---".',
		],
		[
			'tham-chieu-long-nhau.md',
			'5:10  lỗi  alias-expansion  Các tham chiếu "*tên" lặp lại nội dung của neo "&tên" làm dữ liệu lớn hơn 256 KB (giới hạn cho một tài liệu). Viết trực tiếp giá trị thay cho tham chiếu, và chỉ dùng tham chiếu cho đoạn ngắn.',
		],
		[
			'bi-danh-100kb.md',
			'5:5  lỗi  alias-expansion  Các tham chiếu "*tên" lặp lại nội dung của neo "&tên" làm dữ liệu lớn hơn 256 KB (giới hạn cho một tài liệu). Viết trực tiếp giá trị thay cho tham chiếu, và chỉ dùng tham chiếu cho đoạn ngắn.',
		],
		[
			'du-lieu-lon.md',
			'4:1  lỗi  data-too-large  Phần thông tin đầu tệp lớn hơn 256 KB. Rút gọn trường này; văn bản dài nên đặt ở phần nội dung hoặc thành biểu mẫu đính kèm.',
		],
		[
			'noi-dung-dai.md',
			'56:1  lỗi  body-too-large  Nội dung tệp dài hơn 1 MB (giới hạn cho một tài liệu). Tách phần phụ lục dài thành biểu mẫu trong thư mục forms/ hoặc rút gọn nội dung.',
		],
		[
			'Đăng ký khai tử.md',
			'1:1  lỗi  address-duplicate  Tệp này và tệp "agencies/xa-minh-hoa/procedures/dang-ky-khai-tu.md" cùng ra một địa chỉ trang /xa-minh-hoa/thu-tuc/dang-ky-khai-tu/, nên một trong hai trang bị mất. Đổi tên hoặc sửa để mỗi tệp có địa chỉ riêng, hoặc xóa tệp thừa.',
		],
		[
			'Đăng ký kết hôn.md',
			'1:1  lỗi  file-name  Tên tệp là địa chỉ của trang nên chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang. Đổi tên tệp thành "dang-ky-ket-hon.md".',
		],
		[
			'dang-ky-giam-ho.MD',
			'1:1  lỗi  document-misplaced  Phần mở rộng của tệp "dang-ky-giam-ho.MD" phải viết thường thì tệp mới được đọc. Đổi tên tệp thành "dang-ky-giam-ho.md".',
		],
		[
			'luu-tru/dang-ky-khai-sinh-cu.md',
			'1:1  lỗi  document-misplaced  Tệp nằm trong thư mục con của agencies/xa-minh-hoa/procedures/ nên không được đọc. Chuyển tệp vào thẳng agencies/xa-minh-hoa/procedures/ (các tài liệu không chia thư mục con).',
		],
	])('reports procedures/%s as exactly one finding', (name, expected) => {
		expect(findingsOf(validate, `${PROCEDURES}/${name}`)).toEqual([expected]);
	});

	it('reports two objectives of one year at the file not named after it, and publishes the other', () => {
		expect(findingsOf(validate, 'agencies/xa-minh-hoa/objectives/2025.md')).toEqual([
			'1:1  lỗi  address-duplicate  Tệp này và tệp "agencies/xa-minh-hoa/objectives/2026.md" cùng ra một địa chỉ trang /xa-minh-hoa/muc-tieu/2026/, nên một trong hai trang bị mất. Đổi tên hoặc sửa để mỗi tệp có địa chỉ riêng, hoặc xóa tệp thừa.',
		]);
		expect(findingsOf(validate, 'agencies/xa-minh-hoa/objectives/2026.md')).toEqual([]);
		expect(findingsOf(validate, `${PROCEDURES}/dang-ky-khai-tu.md`)).toEqual([]);
	});

	it('stops qms build --strict before writing anything', async () => {
		const out = join(await mkdtemp(join(tmpdir(), 'qms-hostile-out-')), 'dist');
		try {
			const result = await runQms(['build', '--content', '.', '--out', out, '--strict'], corpus.root);
			expect(result.code).toBe(1);
			expectNoCrash(result);
			expect(result.stderr).toContain('frontmatter-language');
			expect(result.stderr).toContain('alias-expansion');
			// The output folder may be prepared for the build, never filled.
			expect(existsSync(out) ? await readdir(out) : []).toEqual([]);
			expect(await tree(corpus.root)).toEqual(before);
		} finally {
			await rm(join(out, '..'), { recursive: true, force: true });
		}
	}, 60_000);

	it('builds the rest with qms build, holding back every file with errors, running no header code', async () => {
		const out = join(await mkdtemp(join(tmpdir(), 'qms-hostile-out-')), 'dist');
		try {
			const result = await runQms(['build', '--content', corpus.root, '--out', out]);
			expect(result.code).toBe(0);
			expectNoCrash(result);
			const held = result.stdout
				.split('\n')
				.filter((line) => line.startsWith('- '))
				.map((line) => line.slice(`- ${corpus.root}/`.length, line.indexOf(': ')));
			expect(held).toContain('agencies/xa-thu-nghiem/agency.yaml');
			expect(held).toContain(`${PROCEDURES}/ma-javascript.md`);
			expect(held).toContain(`${PROCEDURES}/noi-dung-dai.md`);
			expect(await readdir(join(out, 'xa-minh-hoa', 'thu-tuc'))).toContain('dang-ky-khai-sinh');
			expect(existsSync(join(out, 'xa-thu-nghiem'))).toBe(false);
			expect(await tree(corpus.root)).toEqual(before);
			for (const marker of MARKERS) expect(existsSync(join(corpus.root, marker)), marker).toBe(false);
		} finally {
			await rm(join(out, '..'), { recursive: true, force: true });
		}
	}, 120_000);
});

describe('qms diff on a header written in JavaScript', () => {
	let repo: TempRepo;
	afterAll(() => repo.dispose());

	it('reads old and new revisions without running it', async () => {
		repo = await tempRepo();
		const from = await repo.commit('Ban hành lần 1');
		await repo.write(`${PROCEDURES}/ma-javascript.md`, await readFile(join(HOSTILE_FIXTURE, PROCEDURES, 'ma-javascript.md'), 'utf8'));
		await repo.commit('Thêm tệp có mã JavaScript');
		const result = await runQms(['diff', from, 'HEAD'], repo.root);
		expectNoCrash(result);
		expect(result.stderr).toBe('');
		for (const marker of MARKERS) expect(existsSync(join(repo.root, marker)), marker).toBe(false);
	}, 60_000);
});
