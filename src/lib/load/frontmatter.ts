import matter from 'gray-matter';
import { positionAt } from '../text/normalize.ts';
import { parseYamlSource, yamlValue, type YamlSource } from './yaml-source.ts';

/** A Markdown file split into its frontmatter (with positions) and its body. */
export interface MarkdownSource {
	yaml: YamlSource | undefined;
	data: unknown;
	body: string;
	/** 1-based line on which the body starts. */
	bodyLine: number;
}

/**
 * Splits a Markdown file with gray-matter; the YAML is read by the `yaml` package so that every
 * value keeps its line and column. A file without frontmatter has `yaml` undefined.
 */
export function parseMarkdown(text: string): MarkdownSource {
	let yaml: YamlSource | undefined;
	const file = matter(text, {
		engines: {
			yaml: {
				parse: (frontmatter: string) => {
					// gray-matter hands over the text after the opening `---` including its newline, so
					// line N of this text is line N of the file.
					yaml = parseYamlSource(frontmatter, 0);
					const value = yamlValue(yaml);
					return (value ?? {}) as object;
				},
				stringify: () => {
					throw new Error('stringify is not used');
				},
			},
		},
	});
	const bodyOffset = text.length - file.content.length;
	return {
		yaml,
		data: yaml === undefined ? undefined : yamlValue(yaml),
		body: file.content,
		bodyLine: positionAt(text, bodyOffset).line,
	};
}
