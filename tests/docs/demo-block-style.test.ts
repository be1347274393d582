import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCollection, LineCounter, parseDocument, visit } from 'yaml';
import { DEMO_CONTENT } from '../helpers/corpus.ts';

/** The YAML of a demo file: the whole `.yaml` file, or a Markdown file's frontmatter. */
function yamlOf(name: string, text: string): string {
	if (name.endsWith('.yaml')) return text;
	return /^---\n([\s\S]*?\n)---\n/.exec(text)?.[1] ?? '';
}

describe('the demo content officers copy', () => {
	it('writes no value inside { } or [ ], where a comma would split it', async () => {
		const files = (await readdir(DEMO_CONTENT, { recursive: true })).filter((name) => /\.(md|yaml)$/.test(name)).sort();
		const flows: string[] = [];
		for (const name of files) {
			const lineCounter = new LineCounter();
			const doc = parseDocument(yamlOf(name, await readFile(join(DEMO_CONTENT, name), 'utf8')), { lineCounter });
			visit(doc, (_key, node) => {
				// A Markdown file's frontmatter starts on its second line, after "---".
				if (isCollection(node) && node.flow === true && node.items.length > 0)
					flows.push(`${name}:${lineCounter.linePos(node.range?.[0] ?? 0).line + (name.endsWith('.md') ? 1 : 0)}`);
			});
		}
		expect(files.length).toBeGreaterThan(100);
		expect(flows).toEqual([]);
	});
});
