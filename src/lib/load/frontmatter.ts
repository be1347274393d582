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
/** The closing line: `---` alone (trailing spaces allowed). */
const CLOSING = /\n---[ \t]*(?:\r?\n|\r?$)/g;

/**
 * Splits a Markdown file into frontmatter and body by its `---` lines, and reads the frontmatter
 * as YAML only: front-matter libraries pick a parser from the text after the opening `---`, and
 * `---js` would run the header as JavaScript. A frontmatter without closing line runs to the end
 * of the file. The YAML is read by `yaml-source.ts`, so every value keeps its line and column.
 */
export function parseMarkdown(text: string): MarkdownSource {
	const opening = OPENING.exec(text);
	if (opening === null) return { yaml: undefined, data: undefined, body: text, bodyLine: 1 };
	const tag = opening[1] ?? '';
	const start = opening[0].length;
	CLOSING.lastIndex = start;
	const closing = CLOSING.exec(text);
	const end = closing?.index ?? text.length;
	const bodyOffset = closing === null ? text.length : closing.index + closing[0].length;
	const body = text.slice(bodyOffset);
	const bodyLine = positionAt(text, bodyOffset).line;
	const name = tag.trim();
	if (!YAML_TAGS.has(name)) {
		return { yaml: undefined, data: undefined, body, bodyLine, language: { name, line: `---${tag}`.trimEnd(), column: 4 + tag.length - tag.trimStart().length } };
	}
	// The YAML text starts with the newline that ends the opening line, so its line N is line N of the file.
	const frontmatter = text.slice(start, end);
	if (isBlank(frontmatter)) return { yaml: undefined, data: undefined, body, bodyLine };
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
