/**
 * Vietnamese text as the search index stores it and as queries are sent to it.
 *
 * Pagefind 1.6 already folds diacritics: it indexes every word under its NFD form with combining
 * marks removed and matches a query the same way, so "ho kinh doanh" finds "hộ kinh doanh" and a
 * query typed in NFD finds what its NFC form finds. It cannot fold đ/Đ: Unicode gives them no
 * decomposition, so "dang" never meets "đăng". We give them the decomposition Unicode lacks, d or D
 * followed by U+0335 COMBINING SHORT STROKE OVERLAY, in the HTML handed to the indexer and in every
 * query. Pagefind then strips the stroke like any other mark (retrieval by "dang") while keeping
 * the stroked word as the variant it ranks and shows. Excerpts, titles and filter values come
 * back with d + U+0335, which `decodeFromIndex` turns back into đ/Đ, so results read exactly like
 * the page. The published pages themselves are never changed.
 *
 * Rejected: a hidden folded copy of each page's text (excerpts would then quote the copy, without
 * diacritics, and every page would grow); custom records with folded text and a fixed summary
 * (no excerpt around the words that matched).
 */

const STROKE = '\u0335';

/** Text for the indexer: NFC, then đ → d + U+0335 and Đ → D + U+0335; every other mark is left to Pagefind. */
export function encodeForIndex(text: string): string {
	return text.normalize('NFC').replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/**
 * A query as the index expects it. The input may be NFC or NFD, with or without marks; NFC first
 * so that a decomposed đ-less query and a composed one become the same string.
 */
export function encodeQuery(query: string): string {
	return encodeForIndex(query.normalize('NFC').replace(/\s+/g, ' ').trim());
}

/** Text that came out of the index (titles, excerpts, filter values) written as on the page. */
export function decodeFromIndex(text: string): string {
	return text.replace(/d\u0335/g, 'đ').replace(/D\u0335/g, 'Đ');
}
