import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

/** One page of a PDF: its size in points and its text, one line per line of the page. */
export interface PdfPage {
	width: number;
	height: number;
	text: string;
}

/** The pages of a PDF, read with PDF.js (its build for Node). */
export async function readPdf(pdf: Uint8Array): Promise<PdfPage[]> {
	// PDF.js takes ownership of the buffer it is given; a copy leaves the caller's intact.
	const loading = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
	try {
		const document = await loading.promise;
		const pages: PdfPage[] = [];
		for (let number = 1; number <= document.numPages; number++) {
			const page = await document.getPage(number);
			const { width, height } = page.getViewport({ scale: 1 });
			const { items } = await page.getTextContent();
			const text = items
				.filter((item): item is TextItem => 'str' in item)
				.map((item) => item.str + (item.hasEOL ? '\n' : ''))
				.join('');
			pages.push({ width, height, text });
		}
		return pages;
	} finally {
		await loading.destroy();
	}
}
