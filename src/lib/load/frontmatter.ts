import matter from 'gray-matter';
import type { Finding } from '../findings/finding.ts';
import { finding } from '../findings/rules.ts';
import { positionAt } from '../text/normalize.ts';
import { parseYamlSource, yamlValue, type YamlSource } from './yaml-source.ts';

/** A Markdown file split into its frontmatter (with positions) and its body. */
export interface MarkdownSource {
	/** The frontmatter as YAML; undefined when the file has none, an empty one, or one in another language. */
	yaml: YamlSource | undefined;
	data: unknown;
	body: string;
	/** 1-based line on which the body starts. */
	bodyLine: number;
	/**
	 * The text written after the opening `---` when it names something other than YAML (`js`,
	 * `coffee`, `tiếng Việt`): such a frontmatter is never read.
	 */
	language?: { name: string; line: string; column: number };
}

/** Words after the opening `---` that still mean YAML. */
const YAML_TAGS = new Set(['', 'yaml', 'yml']);

/** The opening line: `---`, then anything but a fourth `-` (`----` is a Markdown rule, not frontmatter). */
const OPENING = /^---(?!-)([^\n]*)/;
/**
 * The only engines gray-matter may use. Its defaults include `javascript`, which runs a header
 * opened with `---js` through eval; the language words are removed before it reads a file, and
 * these stand in for every engine it ships, so no other parser is ever one typo away.
 */
function yamlOnlyEngines(read: (frontmatter: string) => void): Record<string, { parse: (text: string) => object }> {
	const refuse = (): never => {
		throw new Error('front matter is YAML only');
	};
	return {
		yaml: {
			parse: (frontmatter: string) => {
				read(frontmatter);
				return {};
			},
		},
		javascript: { parse: refuse },
		coffee: { parse: refuse },
		json: { parse: refuse },
	};
}

/**
 * Splits a Markdown file into frontmatter and body with gray-matter, and reads the frontmatter as
 * YAML only: gray-matter picks a parser from the text after the opening `---`, and `---js` would
 * run the header as JavaScript, so that text is cut off the opening line before it reads the file
 * and reported instead. A frontmatter without closing line runs to the end of the file. The YAML
 * is read by `yaml-source.ts`, so every value keeps its line and column.
 */
export function parseMarkdown(text: string): MarkdownSource {
	const opening = OPENING.exec(text);
	if (opening === null) return { yaml: undefined, data: undefined, body: text, bodyLine: 1 };
	const tag = opening[1] ?? '';
	let frontmatter: string | undefined;
	// Only the opening line changes, so the body is still the same tail of `text`.
	const file = matter(`---${text.slice(opening[0].length)}`, {
		language: 'yaml',
		engines: yamlOnlyEngines((read) => (frontmatter = read)),
	});
	const bodyOffset = text.length - file.content.length;
	const body = file.content;
	const bodyLine = positionAt(text, bodyOffset).line;
	const name = tag.trim();
	if (!YAML_TAGS.has(name)) {
		return {
			yaml: undefined,
			data: undefined,
			body,
			bodyLine,
			language: { name, line: `---${tag}`.trimEnd(), column: 4 + tag.length - tag.trimStart().length },
		};
	}
	// gray-matter hands over the text after the opening `---` with its newline, so its line N is line N of the file.
	if (frontmatter === undefined || isBlank(frontmatter)) return { yaml: undefined, data: undefined, body, bodyLine };
	const yaml = parseYamlSource(frontmatter, 0);
	return { yaml, data: yamlValue(yaml), body, bodyLine };
}

/** True when a frontmatter holds nothing but blank lines and comments. */
function isBlank(frontmatter: string): boolean {
	return frontmatter.replace(/^\s*#[^\n]*/gm, '').trim() === '';
}

/** The finding for a frontmatter opened with another language's name: it is not read at all. */
export function frontmatterLanguageFinding(file: string, language: NonNullable<MarkdownSource['language']>): Finding {
	return finding(
		'frontmatter-language',
		file,
		{ line: 1, column: language.column },
		`Dòng đầu tiên "${language.line}" có thêm "${language.name}" sau ba dấu gạch ngang: phần thông tin đầu tệp chỉ được viết bằng YAML nên phần này không được đọc. Xóa "${language.name}" để dòng đầu tiên chỉ còn "---".`,
	);
}
