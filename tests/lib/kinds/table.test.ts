import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS } from '../../../schemas/json-schema.ts';
import {
	AGENCY_KINDS,
	COLLECTIONS,
	DOCUMENT_KINDS,
	documentKind,
	KINDS,
	kindOfSearch,
	SEARCH_KINDS,
} from '../../../src/lib/kinds/index.ts';
import { classifyPath } from '../../../src/lib/load/classify.ts';
import { documentId } from '../../../src/lib/load/export.ts';

describe('the table of kinds', () => {
	it('classifies every place of the content folder by its row', () => {
		const paths = [
			'province.yaml',
			'catalogue/internal-processes.yaml',
			'catalogue/tthc/tu-phap.yml',
			'catalogue/legal/luat.yaml',
			'agencies/a/agency.yaml',
			'agencies/a/policy.md',
			'agencies/a/objectives/2026.md',
			'agencies/a/procedures/dang-ky.md',
			'agencies/a/internal/qtnb-01.md',
			'agencies/a/statistics/2026.yaml',
			'agencies/a/forms/bm-01.docx',
			'agencies/a/objectives/nam-nay.md',
			'agencies/a/notes.txt',
			'readme.md',
		];
		expect(paths.map((path) => classifyPath(path))).toEqual([
			{ kind: 'province' },
			{ kind: 'internal-catalogue' },
			{ kind: 'tthc-catalogue' },
			{ kind: 'legal-registry' },
			{ kind: 'agency', agency: 'a' },
			{ kind: 'policy', agency: 'a' },
			{ kind: 'objectives', agency: 'a' },
			{ kind: 'procedure', agency: 'a' },
			{ kind: 'internal-process', agency: 'a' },
			{ kind: 'statistics', agency: 'a' },
			{ kind: 'form', agency: 'a' },
			{ kind: 'unknown', agency: 'a' },
			{ kind: 'unknown', agency: 'a' },
			{ kind: 'unknown' },
		]);
	});

	it('names the collections in the order of the open-data export', () => {
		expect(COLLECTIONS).toEqual([
			'province',
			'catalogue',
			'tthc',
			'legal',
			'agencies',
			'policies',
			'objectives',
			'procedures',
			'internal',
			'statistics',
		]);
	});

	it('gives the controlled documents their search names and labels', () => {
		expect(DOCUMENT_KINDS).toEqual(['policy', 'objectives', 'procedure', 'internal-process']);
		expect(SEARCH_KINDS).toEqual({
			policy: 'Chính sách chất lượng',
			objectives: 'Mục tiêu chất lượng',
			procedure: 'Quy trình giải quyết thủ tục hành chính',
			internal: 'Quy trình nội bộ',
		});
		expect(kindOfSearch('internal')).toBe('internal-process');
		expect(documentKind('agency')).toBeUndefined();
		expect(documentKind('objectives')?.document.kicker?.({ year: 2026 })).toBe('Mục tiêu chất lượng năm 2026');
	});

	it('lists the kinds of the agency folder', () => {
		expect(AGENCY_KINDS).toEqual(['agency', 'policy', 'objectives', 'procedure', 'internal-process', 'statistics']);
	});

	it('gives each controlled document its page address from the file name', () => {
		expect(DOCUMENT_KINDS.map((kind) => KINDS[kind].document.path('/xa/', 'a', kind === 'objectives' ? '2026' : 'Đăng ký'))).toEqual([
			'/xa/a/chinh-sach/',
			'/xa/a/muc-tieu/2026/',
			'/xa/a/thu-tuc/dang-ky/',
			'/xa/a/noi-bo/dang-ky/',
		]);
		expect(KINDS.objectives.document.path('/', 'a', 'nam-nay')).toBe('/a/');
	});

	it('names an existing page component for every controlled document kind', () => {
		const pages = DOCUMENT_KINDS.map((kind) => `src/components/kinds/${KINDS[kind].document.page}.astro`);
		expect(pages.filter((page) => !existsSync(page))).toEqual([]);
		expect(pages).toHaveLength(4);
	});

	it('derives ids from the kind folders', () => {
		expect(documentId('agencies/a/procedures/dang-ky.md', [])).toBe('a/dang-ky');
		expect(documentId('agencies/a/internal/qtnb-01.md', [])).toBe('a/qtnb-01');
		expect(documentId('agencies/a/objectives/2026.md', [])).toBe('a/2026');
		expect(documentId('agencies/a/policy.md', [])).toBe('a/policy');
		expect(documentId('catalogue/tthc/tu-phap.yaml', [3])).toBe('catalogue/tthc/tu-phap.yaml#3');
	});

	it('maps each JSON Schema file to the files of its kind', () => {
		expect(Object.fromEntries(Object.entries(JSON_SCHEMAS).map(([name, { files }]) => [name, files]))).toEqual({
			'province.schema.json': ['content/province.yaml'],
			'internal-catalogue.schema.json': ['content/catalogue/internal-processes.yaml'],
			'tthc-catalogue.schema.json': ['content/catalogue/tthc/*.yaml'],
			'legal-registry.schema.json': ['content/catalogue/legal/*.yaml'],
			'agency.schema.json': ['content/agencies/*/agency.yaml'],
			'policy.schema.json': ['content/agencies/*/policy.md'],
			'objectives.schema.json': ['content/agencies/*/objectives/*.md'],
			'procedure.schema.json': ['content/agencies/*/procedures/*.md'],
			'internal-process.schema.json': ['content/agencies/*/internal/*.md'],
			'statistics.schema.json': ['content/agencies/*/statistics/*.yaml'],
		});
	});
});
