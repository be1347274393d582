/** Returns the text in Unicode NFC and, when it was not, the 1-based line and column of the first change. */
export function normalizeNfc(text: string): { text: string; firstChange?: { line: number; column: number } } {
	const nfc = text.normalize('NFC');
	if (nfc === text) return { text };
	const lines = text.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index] ?? '';
		const normal = line.normalize('NFC');
		if (normal !== line) {
			let column = 0;
			while (column < line.length && line[column] === normal[column]) column++;
			return { text: nfc, firstChange: { line: index + 1, column: column + 1 } };
		}
	}
	return { text: nfc, firstChange: { line: 1, column: 1 } };
}

/** 1-based line and column of a character offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let index = 0; index < offset && index < text.length; index++) {
		if (text.charCodeAt(index) === 10) {
			line++;
			lineStart = index + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}
