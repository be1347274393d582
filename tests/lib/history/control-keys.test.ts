import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readControlKeys } from '../../../src/lib/history/control-keys.ts';
import { parseMarkdown } from '../../../src/lib/load/frontmatter.ts';
import { DEMO_CONTENT } from '../../helpers/corpus.ts';

/** What a full parse gives: the answer the line scan must match. */
function parsed(text: string) {
	const raw = parseMarkdown(text).data as { code?: unknown; issue?: unknown } | undefined;
	return {
		code: typeof raw?.code === 'string' ? raw.code : '',
		issue: typeof raw?.issue === 'number' && Number.isInteger(raw.issue) ? raw.issue : undefined,
	};
}

const doc = (head: string) => `---\ntitle: Quy trình\n${head}\nsteps:\n  - issue: 9\n---\n\nissue: 7\n`;

describe('readControlKeys', () => {
	it.each([
		['plain', 'code: QT-PAA-01\nissue: 2', { code: 'QT-PAA-01', issue: 2 }],
		['quoted, with comments', 'code: "QT-01" # mã\nissue: 3 # lần', { code: 'QT-01', issue: 3 }],
		['single-quoted', "code: 'QT-STP-03'\nissue: 1", { code: 'QT-STP-03', issue: 1 }],
		['leading zero', 'code: QT-01\nissue: 02', { code: 'QT-01', issue: 2 }],
		['a float issue', 'code: QT-01\nissue: 2.0', { code: 'QT-01', issue: 2 }],
		['a non-integer issue', 'code: QT-01\nissue: 2.5', { code: 'QT-01', issue: undefined }],
		['a numeric code', 'code: 12\nissue: 1', { code: '', issue: 1 }],
		['a keyword code', 'code: null\nissue: 1', { code: '', issue: 1 }],
		['a code with ": " (invalid YAML)', 'code: QT: 01\nissue: 1', { code: '', issue: undefined }],
		['a flow mapping', 'code: QT-01\nissue: { n: 1 }', { code: 'QT-01', issue: undefined }],
		['no issue', 'code: QT-01', { code: 'QT-01', issue: undefined }],
		['a duplicated key (invalid YAML)', 'code: QT-01\nissue: 1\nissue: 2', { code: '', issue: undefined }],
	])('reads %s as a full parse does', (_, head, expected) => {
		expect(readControlKeys(doc(head))).toEqual(expected);
		expect(parsed(doc(head))).toEqual(expected);
	});

	it('agrees with a full parse on every document of the demo corpus', async () => {
		const files = (await readdir(join(DEMO_CONTENT, 'agencies'), { recursive: true })).filter((file) => file.endsWith('.md'));
		expect(files).toHaveLength(95);
		for (const file of files) {
			const text = await readFile(join(DEMO_CONTENT, 'agencies', file), 'utf8');
			expect(readControlKeys(text), file).toEqual(parsed(text));
		}
	});
});
