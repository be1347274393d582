import { SEARCH_KINDS, type SearchKind } from '../kinds/index.ts';

export { SEARCH_KINDS, type SearchKind } from '../kinds/index.ts';

/** Pagefind filter names; the values are the Vietnamese names shown to citizens. */
export const FILTER_LABELS = {
	agency: 'Cơ quan',
	kind: 'Loại tài liệu',
	field: 'Lĩnh vực',
} as const;

export type FilterName = keyof typeof FILTER_LABELS;

export interface IndexMetaInput {
	/** Full agency name, as on its home page. */
	agency: string;
	kind: SearchKind;
	/** Lĩnh vực of a procedure; absent for other kinds. */
	field?: string | undefined;
	/** Document code (mã hiệu), shown next to the title in results. */
	code?: string | undefined;
	/** A procedure's processing time and fee as its summary gives them, shown under the title in results. */
	time?: string | undefined;
	fee?: string | undefined;
}

/**
 * The attributes of the hidden element that carries a page's filters and metadata for Pagefind.
 * Values are read from attributes (`agency[data-agency]`) rather than text, so a comma or colon in
 * an agency name cannot split the value, and nothing is added to the page's readable text.
 */
export function indexMetaAttributes(input: IndexMetaInput): Record<string, string> {
	const filters = ['agency[data-agency]', 'kind[data-kind]'];
	const attributes: Record<string, string> = {
		'data-qms-search': input.kind,
		'data-agency': input.agency,
		'data-kind': SEARCH_KINDS[input.kind],
	};
	if (input.field !== undefined && input.field !== '') {
		filters.push('field[data-field]');
		attributes['data-field'] = input.field;
	}
	attributes['data-pagefind-filter'] = filters.join(', ');
	const meta: string[] = [];
	for (const name of ['code', 'time', 'fee'] as const) {
		const value = input[name];
		if (value === undefined || value === '') continue;
		meta.push(`${name}[data-${name}]`);
		attributes[`data-${name}`] = value;
	}
	if (meta.length > 0) attributes['data-pagefind-meta'] = meta.join(', ');
	return attributes;
}
