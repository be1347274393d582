import { encodeQuery } from '../../lib/search/fold.ts';
import { readMergeAttribute } from '../../lib/shards/merge.ts';
import type { FilterName } from '../../lib/search/kinds.ts';
import { filterOptions, resultSummary, toHit, type PagefindResultData, type SearchHit } from '../../lib/search/results.ts';

/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the form uses. */
interface PagefindApi {
	options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
	mergeIndex: (indexPath: string, options?: { baseUrl?: string }) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (
		term: string | null,
		options?: { filters?: Record<string, string> },
	) => Promise<{ results: Array<{ data: () => Promise<PagefindResultData> }> }>;
}

const FILTERS: readonly FilterName[] = ['agency', 'kind', 'field'];
/** Results shown at once; a query this broad is better narrowed with a filter. */
const LIMIT = 20;
/** Pause after the last keystroke before searching while the citizen types. */
const TYPING_PAUSE_MS = 250;

/** Turns one server-rendered search form into a live search over this build's Pagefind index. */
export function startSearch(form: HTMLFormElement): void {
	const section = form.closest<HTMLElement>('.search');
	const input = form.querySelector<HTMLInputElement>('input[name="q"]');
	const status = section?.querySelector<HTMLElement>('[role="status"]');
	const list = section?.querySelector<HTMLOListElement>('.search-results');
	if (section == null || input == null || status == null || list == null) return;
	const base = form.dataset['searchBase'] ?? '/';
	const selects = new Map(FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`[data-filter="${name}"] select`)] as const));
	let api: Promise<PagefindApi> | undefined;
	let latest = 0;

	const load = (): Promise<PagefindApi> => {
		api ??= (async () => {
			const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
			await pagefind.options({ baseUrl: base, excerptLength: 24 });
			// A sharded portal lists the agencies' own indexes (see src/lib/shards/merge.ts).
			for (const index of readMergeAttribute(form.dataset['searchMerge'])) await pagefind.mergeIndex(`${base}${index}`, { baseUrl: base });
			showFilters(form, selects, await pagefind.filters());
			return pagefind;
		})();
		return api;
	};

	const run = async (): Promise<void> => {
		const id = ++latest;
		const query = input.value.trim();
		const filters: Record<string, string> = {};
		for (const [name, select] of selects) if (select != null && select.value !== '') filters[name] = select.value;
		if (query === '' && Object.keys(filters).length === 0) {
			status.textContent = '';
			list.replaceChildren();
			return;
		}
		status.textContent = 'Đang tìm…';
		try {
			const pagefind = await load();
			const found = await pagefind.search(query === '' ? null : encodeQuery(query), { filters });
			const hits = await Promise.all(found.results.slice(0, LIMIT).map(async (result) => toHit(await result.data())));
			if (id !== latest) return;
			list.replaceChildren(...hits.map(renderHit));
			status.textContent =
				resultSummary(found.results.length, query) + (found.results.length > LIMIT ? ` Hiển thị ${LIMIT} kết quả đầu tiên.` : '');
		} catch {
			if (id === latest) status.textContent = 'Chưa tải được chỉ mục tìm kiếm. Vui lòng thử lại sau.';
		}
	};

	let pause: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(pause);
		const url = new URL(location.href);
		if (input.value.trim() === '') url.searchParams.delete('q');
		else url.searchParams.set('q', input.value.trim());
		history.replaceState(null, '', url);
		void run();
	});
	for (const select of selects.values()) select?.addEventListener('change', () => void run());
	// Pagefind (about 145 KB) loads when the box is first used (focused, typed in), never on a plain visit.
	input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
	input.addEventListener('input', () => {
		clearTimeout(pause);
		pause = setTimeout(() => void run(), TYPING_PAUSE_MS);
	});

	const initial = new URL(location.href).searchParams.get('q');
	if (initial !== null && initial.trim() !== '') {
		input.value = initial;
		void run();
	}
}

/** Shows a filter only when it can narrow the results: two or more values in this build's index. */
function showFilters(
	form: HTMLFormElement,
	selects: ReadonlyMap<FilterName, HTMLSelectElement | null>,
	counts: Record<string, Record<string, number>>,
): void {
	let any = false;
	for (const [name, select] of selects) {
		const options = filterOptions(counts[name]);
		if (select == null || options.length < 2) continue;
		for (const option of options) select.add(new Option(option.label, option.value));
		const wrapper = select.closest<HTMLElement>('[data-filter]');
		if (wrapper !== null) wrapper.hidden = false;
		any = true;
	}
	const box = form.querySelector<HTMLElement>('.search-filters');
	if (box !== null && any) box.hidden = false;
}

function renderHit(hit: SearchHit): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = hit.url;
	link.textContent = hit.code === undefined ? hit.title : `${hit.title} (${hit.code})`;
	const heading = document.createElement('p');
	heading.className = 'search-hit-title';
	heading.append(link);
	item.append(heading);
	if (hit.time !== undefined || hit.fee !== undefined) {
		const facts = document.createElement('p');
		facts.className = 'search-hit-facts';
		facts.textContent = [hit.time && `Thời hạn: ${hit.time}`, hit.fee && `Phí, lệ phí: ${hit.fee}`]
			.filter((text) => text !== undefined)
			.join(' · ');
		item.append(facts);
	}
	// A procedure's facts say what it is; other documents name their kind.
	const meta = [hit.agency, hit.time === undefined ? hit.kind : undefined].filter((text) => text !== undefined).join(' · ');
	if (meta !== '') {
		const line = document.createElement('p');
		line.className = 'search-hit-meta';
		line.textContent = meta;
		item.append(line);
	}
	const excerpt = document.createElement('p');
	excerpt.className = 'search-hit-excerpt';
	for (const part of hit.excerpt) {
		if (part.match) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			excerpt.append(mark);
		} else excerpt.append(part.text);
	}
	item.append(excerpt);
	return item;
}
