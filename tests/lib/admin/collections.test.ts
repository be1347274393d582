import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { adminCollections, EDITABLE_KINDS, kindFields } from '../../../src/lib/admin/collections.ts';
import type { DecapField, FieldOptions } from '../../../src/lib/admin/fields.ts';
import { CONTENT_KINDS, kindRow } from '../../../src/lib/kinds/index.ts';

const NONE: FieldOptions = { choices: { tthc: [], legal: [], agency: [] } };
const AGENCIES = [
	{ id: 'so-tu-phap', name: 'Sở Tư pháp' },
	{ id: 'xa-a', name: 'UBND xã A' },
];

/** The property names of a zod object schema, read from the live schema (wrappers off). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
	let current = schema as unknown as {
		_zod: { def: { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType } };
	};
	while (['optional', 'default', 'nullable', 'pipe', 'readonly', 'prefault'].includes(current._zod.def.type))
		current = (current._zod.def.innerType ?? current._zod.def.in) as never;
	if (current._zod.def.type === 'array') return shapeOf(current._zod.def.element as z.ZodType);
	return current._zod.def.shape;
}

/** Every property path of a schema missing from the fields, and every field without a Vietnamese label (a description). */
function gaps(schema: z.ZodType, fields: readonly DecapField[], prefix = ''): string[] {
	const shape = shapeOf(schema) ?? {};
	return Object.entries(shape).flatMap(([name, property]) => {
		const field = fields.find((candidate) => candidate.name === name);
		if (field === undefined) return [`${prefix}${name}: no field`];
		const own = field.label === name ? [`${prefix}${name}: no Vietnamese label`] : [];
		const inner = field.fields ?? field.field?.fields ?? [];
		return [...own, ...(shapeOf(property) === undefined ? [] : gaps(property, inner, `${prefix}${name}.`))];
	});
}

describe('kindFields', () => {
	it.each(EDITABLE_KINDS)('has a field with a Vietnamese label for every property, nested ones too, of the live %s schema', (kind) => {
		expect(gaps(kindRow(kind).schema, kindFields(kind, NONE))).toEqual([]);
	});

	it('adds the Markdown body, edited as source, to the kinds written as Markdown', () => {
		expect(kindFields('procedure', NONE).at(-1)).toEqual({
			name: 'body',
			label: 'Nội dung',
			widget: 'markdown',
			required: false,
			modes: ['raw'],
			hint: 'Phần nội dung Markdown sau phần thông tin đầu tệp.',
		});
		expect(kindFields('agency', NONE).some((field) => field.name === 'body')).toBe(false);
	});
});

describe('adminCollections', () => {
	const collections = adminCollections('content', AGENCIES, NONE);

	it('leaves out only the catalogues, whose files are YAML lists', () => {
		expect(CONTENT_KINDS.filter((kind) => !EDITABLE_KINDS.includes(kind))).toEqual([
			'internal-catalogue',
			'tthc-catalogue',
			'legal-registry',
		]);
	});

	it('has a collection of each kind with many documents in each agency folder, with ASCII file names from the title or the year', () => {
		const many = collections.filter((collection) => collection.folder !== undefined);
		expect(many.map((collection) => [collection.name, collection.label, collection.folder, collection.format, collection.slug])).toEqual([
			[
				'objectives--so-tu-phap',
				'Sở Tư pháp: Mục tiêu chất lượng',
				'content/agencies/so-tu-phap/objectives',
				'yaml-frontmatter',
				'{{year}}',
			],
			[
				'procedure--so-tu-phap',
				'Sở Tư pháp: Quy trình giải quyết thủ tục hành chính',
				'content/agencies/so-tu-phap/procedures',
				'yaml-frontmatter',
				'{{title}}',
			],
			[
				'internal-process--so-tu-phap',
				'Sở Tư pháp: Quy trình nội bộ',
				'content/agencies/so-tu-phap/internal',
				'yaml-frontmatter',
				'{{title}}',
			],
			['statistics--so-tu-phap', 'Sở Tư pháp: Số liệu hồ sơ TTHC', 'content/agencies/so-tu-phap/statistics', 'yaml', '{{year}}'],
			['objectives--xa-a', 'UBND xã A: Mục tiêu chất lượng', 'content/agencies/xa-a/objectives', 'yaml-frontmatter', '{{year}}'],
			[
				'procedure--xa-a',
				'UBND xã A: Quy trình giải quyết thủ tục hành chính',
				'content/agencies/xa-a/procedures',
				'yaml-frontmatter',
				'{{title}}',
			],
			['internal-process--xa-a', 'UBND xã A: Quy trình nội bộ', 'content/agencies/xa-a/internal', 'yaml-frontmatter', '{{title}}'],
			['statistics--xa-a', 'UBND xã A: Số liệu hồ sơ TTHC', 'content/agencies/xa-a/statistics', 'yaml', '{{year}}'],
		]);
	});

	it('has one file collection for the province and for each kind with one file per agency', () => {
		const single = collections.filter((collection) => collection.files !== undefined);
		expect(single.map((collection) => [collection.name, collection.label, collection.files?.map((file) => file.file)])).toEqual([
			['province', 'Thông tin tỉnh', ['content/province.yaml']],
			['agency', 'Thông tin cơ quan', ['content/agencies/so-tu-phap/agency.yaml', 'content/agencies/xa-a/agency.yaml']],
			['policy', 'Chính sách chất lượng', ['content/agencies/so-tu-phap/policy.md', 'content/agencies/xa-a/policy.md']],
		]);
	});
});
