import { formRoute, isPublishableForm, sitePath } from './routes.ts';

/** A form file written in Markdown: published as a printable page as well as a download. */
export function isMarkdownForm(file: string): boolean {
	return /\.md$/i.test(file) && isPublishableForm(file);
}

/** The route parameter of a form's printable page: its path inside `forms/` without `.md`. */
export function formPageRoute(file: string): string {
	return formRoute(file).replace(/\.md$/i, '');
}

/** The printable page of a Markdown form: `/<agency>/bieu-mau/in/<name>/`. */
export function formPagePath(base: string, agency: string, file: string): string {
	return sitePath(base, agency, 'bieu-mau', 'in', ...formPageRoute(file).split('/').map(encodeURIComponent));
}

/**
 * A form's Markdown with each line kept as a line: officers type forms line by line (dotted blanks,
 * "☐" choices, the agency under the title) and Markdown would join them into one paragraph. Two
 * spaces end every line outside tables, raw HTML and fenced code, a hard break that Markdown ignores at the
 * end of a block; lines of fenced code lose their trailing spaces.
 */
export function keepFormLines(markdown: string): string {
	let fenced = false;
	return markdown
		.split('\n')
		.map((line) => {
			if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
			// Spaces at the end of a line of code would show as nothing but trailing whitespace in the page.
			else if (fenced) return line.trimEnd();
			else if (line.trim() !== '' && !/^\s*[|<]/.test(line) && !line.endsWith('  ')) return `${line}  `;
			return line;
		})
		.join('\n');
}

/** One form a build publishes as a page, with the documents that attach it. */
export interface PublishedForm {
	agency: string;
	file: string;
	/** Absent for a form the documents name only by title. */
	code?: string;
	title: string;
}

/**
 * The Markdown forms of the published documents, one per agency and file (the first document to
 * declare a file names it), in the order the documents are given.
 */
export function markdownForms(
	documents: Iterable<{ agency: string; forms: ReadonlyArray<{ code?: string | undefined; title: string; file?: string | undefined }> }>,
): PublishedForm[] {
	const found = new Map<string, PublishedForm>();
	for (const doc of documents) {
		for (const form of doc.forms) {
			if (form.file === undefined) continue;
			const key = `${doc.agency}/${form.file}`;
			if (isMarkdownForm(form.file) && !found.has(key))
				found.set(key, { agency: doc.agency, file: form.file, ...(form.code === undefined ? {} : { code: form.code }), title: form.title });
		}
	}
	return [...found.values()];
}
