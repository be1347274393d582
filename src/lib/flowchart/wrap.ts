/**
 * Splits text into lines of at most `width` characters at spaces; a word longer than the width
 * keeps a line of its own. SVG text does not wrap, so the flowchart wraps before drawing.
 */
export function wrapText(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		if (word === '') continue;
		if (line === '') line = word;
		else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** Text made safe inside SVG/XML elements and attributes. */
export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
