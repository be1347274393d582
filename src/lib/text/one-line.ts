/** Line breaks of every kind, Unicode's included. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * `text` on one line, each line break made a space: text from the documents quoted in a line of
 * output must not start a line of its own (a forged finding, a Markdown heading, or a command to
 * the CI runner such as `::error::`).
 */
export function oneLine(text: string): string {
	return text.replace(LINE_BREAKS, ' ');
}
