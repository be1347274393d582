import { decodeFromIndex } from './fold.ts';
import type { FilterName } from './kinds.ts';

/** What Pagefind's `result.data()` returns, as far as the site uses it. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}

/** A piece of an excerpt: plain text, or a word that matched the query. */
export interface ExcerptPart {
	text: string;
	match: boolean;
}

/** One result as the page shows it, every text with its diacritics. */
export interface SearchHit {
	url: string;
	title: string;
	code: string | undefined;
	agency: string | undefined;
	kind: string | undefined;
	/** A procedure's processing time and fee: "1 ngày làm việc", "Miễn phí". */
	time: string | undefined;
	fee: string | undefined;
	excerpt: ExcerptPart[];
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/**
 * Splits Pagefind's excerpt (text with `<mark>` around matches and `<`/`>` escaped) into parts the
 * page inserts as text nodes, so nothing from the index is ever parsed as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	const pattern = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	for (let found = pattern.exec(excerpt); found !== null; found = pattern.exec(excerpt)) {
		if (found.index > last) parts.push({ text: unescape(excerpt.slice(last, found.index)), match: false });
		parts.push({ text: unescape(found[1] ?? ''), match: true });
		last = found.index + found[0].length;
	}
	if (last < excerpt.length) parts.push({ text: unescape(excerpt.slice(last)), match: false });
	return parts.filter((part) => part.text !== '');
}

function unescape(text: string): string {
	return decodeFromIndex(text.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity));
}

/** A result ready to show: decoded title, code, agency and kind, excerpt split into parts. */
export function toHit(data: PagefindResultData): SearchHit {
	const first = (name: FilterName): string | undefined => {
		const value = data.filters[name]?.[0];
		return value === undefined ? undefined : decodeFromIndex(value);
	};
	const meta = (name: string): string | undefined => {
		const value = data.meta[name];
		return value === undefined ? undefined : decodeFromIndex(value);
	};
	return {
		url: data.url,
		title: decodeFromIndex(data.meta['title'] ?? data.url),
		code: meta('code'),
		time: meta('time'),
		fee: meta('fee'),
		agency: first('agency'),
		kind: first('kind'),
		excerpt: excerptParts(data.excerpt),
	};
}

/** A choice in a filter list: the value Pagefind knows, and the label shown. */
export interface FilterOption {
	value: string;
	label: string;
}

const collator = new Intl.Collator('vi');

/** The values of one filter from `pagefind.filters()`, labelled with diacritics and in Vietnamese order. */
export function filterOptions(counts: Record<string, number> | undefined): FilterOption[] {
	return Object.keys(counts ?? {})
		.map((value) => ({ value, label: decodeFromIndex(value) }))
		.sort((a, b) => collator.compare(a.label, b.label));
}

/** "Tìm thấy 2 kết quả cho “đất đai”." — the sentence read out by the live region. */
export function resultSummary(count: number, query: string): string {
	const what = query === '' ? '' : ` cho “${query}”`;
	return count === 0 ? `Không tìm thấy kết quả nào${what}.` : `Tìm thấy ${count} kết quả${what}.`;
}
