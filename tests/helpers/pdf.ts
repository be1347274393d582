import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Width and height in points of every page, read from the /MediaBox entries of the page objects. */
export function pageSizes(pdf: Buffer): Array<{ width: number; height: number }> {
	// Chromium (Skia) writes page dictionaries uncompressed; if that ever changes this finds nothing and the test fails.
	const text = pdf.toString('latin1');
	const boxes = [...text.matchAll(/\/Type\s*\/Page\b[^s][\s\S]*?\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/g)];
	return boxes.map((box) => ({ width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) }));
}

/** The text of a PDF, page by page (split on form feeds), by poppler's `pdftotext` (apt-get install poppler-utils). */
export async function pdfText(pdf: Buffer): Promise<string[]> {
	const dir = await mkdtemp(join(tmpdir(), 'qms-pdf-'));
	try {
		const file = join(dir, 'page.pdf');
		await writeFile(file, pdf);
		const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']);
		return stdout.split('\f').slice(0, -1);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
