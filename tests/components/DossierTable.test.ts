import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierRow } from '../../src/lib/site/procedure-view.ts';
import { componentRenderer, type ComponentRenderer } from '../helpers/component.ts';
import { text } from '../helpers/html.ts';

const ROWS: DossierRow[] = [
	{ number: 1, name: 'Tờ khai', copy: 'Bản chính', count: '01', form: { label: 'Tờ khai theo mẫu' } },
	{ number: 2, name: 'Văn bản ủy quyền', count: '01' },
];

/** Each body row's cells, as text joined by " | ". */
function rows(html: string): string[] {
	return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
		.slice(1)
		.map((row) => [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? '')).join(' | '));
}

describe('the dossier table', () => {
	let renderer: ComponentRenderer;
	beforeAll(async () => {
		renderer = await componentRenderer();
	});
	afterAll(() => renderer.close());

	it('says a paper has no form when the procedure states its forms, and nothing when it does not', async () => {
		const stated = await renderer.render('/src/components/DossierTable.astro', { rows: ROWS, sets: '01 bộ', formsStated: true }, '');
		expect(rows(stated)).toEqual(['1 | Tờ khai | Bản chính | 01 | Tờ khai theo mẫu', '2 | Văn bản ủy quyền |  | 01 | Không có mẫu']);
		const unstated = await renderer.render('/src/components/DossierTable.astro', { rows: ROWS, sets: '01 bộ', formsStated: false }, '');
		expect(rows(unstated)).toEqual(['1 | Tờ khai | Bản chính | 01 | Tờ khai theo mẫu', '2 | Văn bản ủy quyền |  | 01 | ']);
	});
});
