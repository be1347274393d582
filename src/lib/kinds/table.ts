import {
	AgencySchema,
	InternalCatalogueEntrySchema,
	InternalCatalogueSchema,
	InternalProcessSchema,
	LegalDocumentSchema,
	LegalRegistrySchema,
	ObjectivesSchema,
	PolicySchema,
	ProcedureSchema,
	ProvinceSchema,
	StatisticsSchema,
	TthcCatalogueSchema,
	TthcEntrySchema,
} from '../../../schemas/index.ts';
import { diffInternalFields, diffObjectivesFields } from '../diff/document-fields.ts';
import { diffProcedureFields } from '../diff/procedure.ts';
import { agencyPath, documentSlug, internalPath, objectivesPath, policyPath, procedurePath } from '../site/routes.ts';
import { defineKind } from './row.ts';

/**
 * Every kind of file in a content folder: the one place a kind is named. Loading, validation,
 * history, routes, search, the feed, the JSON Schema export and the reports all derive from it.
 * The order is the order of the collections in the open-data export.
 *
 * To add a kind: a row here, its schema in `schemas/`, and its page component in
 * `src/components/kinds/` (see README, "Phát triển").
 */
export const KINDS = {
	province: defineKind(ProvinceSchema, {
		file: { scope: 'content', pattern: /^province\.ya?ml$/, glob: 'province.yaml' },
		collection: 'province',
		slot: 'province',
		jsonSchema: { name: 'province.schema.json', schema: ProvinceSchema },
		key: () => 'province',
	}),
	'internal-catalogue': defineKind(InternalCatalogueEntrySchema, {
		file: { scope: 'content', pattern: /^catalogue\/internal-processes\.ya?ml$/, glob: 'catalogue/internal-processes.yaml' },
		list: true,
		collection: 'catalogue',
		slot: 'internalCatalogue',
		jsonSchema: { name: 'internal-catalogue.schema.json', schema: InternalCatalogueSchema },
		key: (data) => data.id,
	}),
	'tthc-catalogue': defineKind(TthcEntrySchema, {
		file: { scope: 'content', pattern: /^catalogue\/tthc\/[^/]+\.ya?ml$/, glob: 'catalogue/tthc/*.yaml' },
		list: true,
		collection: 'tthc',
		slot: 'tthc',
		jsonSchema: { name: 'tthc-catalogue.schema.json', schema: TthcCatalogueSchema },
		key: (data) => data.code,
	}),
	'legal-registry': defineKind(LegalDocumentSchema, {
		file: { scope: 'content', pattern: /^catalogue\/legal\/[^/]+\.ya?ml$/, glob: 'catalogue/legal/*.yaml' },
		list: true,
		collection: 'legal',
		slot: 'legal',
		jsonSchema: { name: 'legal-registry.schema.json', schema: LegalRegistrySchema },
		key: (data) => data.number,
	}),
	agency: defineKind(AgencySchema, {
		file: { scope: 'agency', pattern: /^agency\.ya?ml$/, glob: 'agency.yaml' },
		collection: 'agencies',
		slot: 'agency',
		jsonSchema: { name: 'agency.schema.json', schema: AgencySchema },
		key: (_data, folder) => folder,
		everyAgency: true,
	}),
	policy: defineKind(PolicySchema, {
		file: { scope: 'agency', pattern: /^policy\.md$/, glob: 'policy.md' },
		collection: 'policies',
		slot: 'policy',
		jsonSchema: { name: 'policy.schema.json', schema: PolicySchema },
		document: {
			segments: () => ['chinh-sach'],
			path: policyPath,
			page: 'PolicyDocument',
			label: 'Chính sách chất lượng',
			search: 'policy',
		},
	}),
	objectives: defineKind(ObjectivesSchema, {
		file: { scope: 'agency', pattern: /^objectives\/\d{4}\.md$/, glob: 'objectives/*.md', folder: 'objectives' },
		collection: 'objectives',
		slot: 'objectives',
		many: true,
		jsonSchema: { name: 'objectives.schema.json', schema: ObjectivesSchema },
		document: {
			segments: (_name, data) => ['muc-tieu', String(data.year)],
			path: (base, agency, name) =>
				Number.isInteger(Number(name)) ? objectivesPath(base, agency, Number(name)) : agencyPath(base, agency),
			page: 'ObjectivesDocument',
			label: 'Mục tiêu chất lượng',
			kicker: (data) => `Mục tiêu chất lượng năm ${data.year}`,
			search: 'objectives',
			diff: diffObjectivesFields,
		},
	}),
	procedure: defineKind(ProcedureSchema, {
		file: { scope: 'agency', pattern: /^procedures\/[^/]+\.md$/, glob: 'procedures/*.md', folder: 'procedures' },
		collection: 'procedures',
		slot: 'procedures',
		many: true,
		jsonSchema: { name: 'procedure.schema.json', schema: ProcedureSchema },
		document: {
			segments: (name) => ['thu-tuc', documentSlug(name)],
			path: procedurePath,
			page: 'ProcedureDocument',
			label: 'Quy trình giải quyết thủ tục hành chính',
			search: 'procedure',
			diff: diffProcedureFields,
		},
	}),
	'internal-process': defineKind(InternalProcessSchema, {
		file: { scope: 'agency', pattern: /^internal\/[^/]+\.md$/, glob: 'internal/*.md', folder: 'internal' },
		collection: 'internal',
		slot: 'internal',
		many: true,
		jsonSchema: { name: 'internal-process.schema.json', schema: InternalProcessSchema },
		document: {
			segments: (name) => ['noi-bo', documentSlug(name)],
			path: internalPath,
			page: 'InternalDocument',
			label: 'Quy trình nội bộ',
			search: 'internal',
			diff: diffInternalFields,
		},
	}),
	statistics: defineKind(StatisticsSchema, {
		file: { scope: 'agency', pattern: /^statistics\/\d{4}\.ya?ml$/, glob: 'statistics/*.yaml', folder: 'statistics' },
		collection: 'statistics',
		slot: 'statistics',
		many: true,
		jsonSchema: { name: 'statistics.schema.json', schema: StatisticsSchema },
	}),
} as const;
