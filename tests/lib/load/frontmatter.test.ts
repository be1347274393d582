import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frontmatterLanguageFinding, parseMarkdown } from '../../../src/lib/load/frontmatter.ts';
import { locate } from '../../../src/lib/load/yaml-source.ts';

describe('reading the frontmatter of a Markdown file', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'qms-frontmatter-'));
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));

	it.each(['js', 'javascript', 'coffee', 'coffeescript', 'JS'])(
		'never runs a header opened with ---%s, and reads no data from it',
		(tag) => {
			const marker = join(dir, `${tag}.txt`);
			const code = `{ a: (globalThis.qmsPwned = 1, require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x')) }`;
			const parsed = parseMarkdown(`---${tag}\n${code}\n---\n# Nội dung\n`);
			expect(parsed).toEqual({
				yaml: undefined,
				data: undefined,
				body: '# Nội dung\n',
				bodyLine: 4,
				language: { name: tag, line: `---${tag}`, column: 4 },
			});
			expect(existsSync(marker)).toBe(false);
			expect((globalThis as Record<string, unknown>)['qmsPwned']).toBeUndefined();
		},
	);

	it('treats any other text after the opening --- as a language it does not read, with a finding at line 1', () => {
		const parsed = parseMarkdown('--- tiếng Việt\ncode: QT-01\n---\nThân bài\n');
		expect(parsed.data).toBeUndefined();
		expect(parsed.language).toEqual({ name: 'tiếng Việt', line: '--- tiếng Việt', column: 5 });
		expect(frontmatterLanguageFinding('a.md', parsed.language ?? { name: '', line: '', column: 1 })).toEqual({
			file: 'a.md',
			line: 1,
			column: 5,
			severity: 'error',
			rule: 'frontmatter-language',
			message:
				'Dòng đầu tiên "--- tiếng Việt" có thêm "tiếng Việt" sau ba dấu gạch ngang: phần thông tin đầu tệp chỉ được viết bằng YAML nên phần này không được đọc. Xóa "tiếng Việt" để dòng đầu tiên chỉ còn "---".',
		});
	});

	it('reads YAML opened by ---, ---yaml or ---yml, with file lines', () => {
		for (const opening of ['---', '---yaml', '---yml', '---  ']) {
			const parsed = parseMarkdown(`${opening}\ncode: QT-01\nissue: 2\n---\n## 1. Mục đích\n`);
			expect(parsed.data, opening).toEqual({ code: 'QT-01', issue: 2 });
			expect(parsed.body).toBe('## 1. Mục đích\n');
			expect(parsed.bodyLine).toBe(5);
			expect(parsed.yaml === undefined ? undefined : locate(parsed.yaml, ['issue'])).toEqual({ line: 3, column: 1 });
		}
	});

	it('reads Windows line ends, a frontmatter without closing line and a closing line with trailing spaces', () => {
		expect(parseMarkdown('---\r\ncode: QT-01\r\n---\r\nThân\r\n')).toMatchObject({
			data: { code: 'QT-01' },
			body: 'Thân\r\n',
			bodyLine: 4,
		});
		expect(parseMarkdown('---\ncode: QT-01\n')).toMatchObject({ data: { code: 'QT-01' }, body: '', bodyLine: 3 });
		// gray-matter ends the frontmatter at `\n---`: the spaces after it open the body, which still starts on its own line of the file.
		expect(parseMarkdown('---\ncode: QT-01\n---  \nThân\n')).toMatchObject({ data: { code: 'QT-01' }, body: '  \nThân\n', bodyLine: 3 });
	});

	it('finds no frontmatter without an opening ---, after a ---- rule, or in an empty one', () => {
		for (const text of ['# Tiêu đề\n', '----\ncode: x\n---\n', ' ---\ncode: x\n---\n', '---\n# chú thích\n---\nThân\n', '']) {
			const parsed = parseMarkdown(text);
			expect(parsed.yaml, JSON.stringify(text)).toBeUndefined();
			expect(parsed.language).toBeUndefined();
		}
	});
});
