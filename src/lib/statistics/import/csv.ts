/** One line of a CSV file: its 1-based line number (the header is line 1) and its cells. */
export interface CsvRow {
	line: number;
	cells: string[];
}

/**
 * The separator of a CSV export: a semicolon when the header line has more semicolons than
 * commas (Excel in a Vietnamese locale writes `;`, since the comma is the decimal mark), else a comma.
 */
export function detectSeparator(text: string): ',' | ';' {
	const header = text.split(/\r?\n/, 1)[0] ?? '';
	const count = (char: string): number => header.replace(/"[^"]*"/g, '').split(char).length - 1;
	return count(';') > count(',') ? ';' : ',';
}

/**
 * Reads CSV text (RFC 4180: fields in double quotes may hold separators, line breaks and doubled
 * quotes); a leading byte order mark is dropped and blank lines are left out. Each row keeps the
 * line it starts on, for messages.
 */
export function parseCsv(input: string, separator = detectSeparator(input.replace(/^\uFEFF/, ''))): CsvRow[] {
	const text = input.replace(/^\uFEFF/, '');
	const rows: CsvRow[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	const endRow = (): void => {
		cells.push(cell);
		if (cells.some((value) => value.trim() !== '')) rows.push({ line: rowLine, cells });
		cells = [];
		cell = '';
	};
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				cell += '"';
				index++;
			} else if (char === '"') quoted = false;
			else {
				if (char === '\n') line++;
				cell += char;
			}
		} else if (char === '"' && cell.trim() === '') {
			cell = '';
			quoted = true;
		} else if (char === separator) {
			cells.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[index + 1] === '\n') index++;
			endRow();
			line++;
			rowLine = line;
		} else cell += char;
	}
	if (cell !== '' || cells.length > 0) endRow();
	return rows;
}
