import { z } from 'astro/zod';
import {
	AgencySchema,
	InternalCatalogueSchema,
	InternalProcessSchema,
	LegalRegistrySchema,
	ObjectivesSchema,
	PolicySchema,
	ProcedureSchema,
	ProvinceSchema,
	StatisticsSchema,
	TthcCatalogueSchema,
} from './index.ts';

/** The JSON Schema files editors use, by file name, and the content files each applies to. */
export const JSON_SCHEMAS = {
	'province.schema.json': { schema: ProvinceSchema, files: ['content/province.yaml'] },
	'agency.schema.json': { schema: AgencySchema, files: ['content/agencies/*/agency.yaml'] },
	'tthc-catalogue.schema.json': { schema: TthcCatalogueSchema, files: ['content/catalogue/tthc/*.yaml'] },
	'legal-registry.schema.json': { schema: LegalRegistrySchema, files: ['content/catalogue/legal/*.yaml'] },
	'internal-catalogue.schema.json': { schema: InternalCatalogueSchema, files: ['content/catalogue/internal-processes.yaml'] },
	'policy.schema.json': { schema: PolicySchema, files: ['content/agencies/*/policy.md'] },
	'objectives.schema.json': { schema: ObjectivesSchema, files: ['content/agencies/*/objectives/*.md'] },
	'procedure.schema.json': { schema: ProcedureSchema, files: ['content/agencies/*/procedures/*.md'] },
	'internal-process.schema.json': { schema: InternalProcessSchema, files: ['content/agencies/*/internal/*.md'] },
	'statistics.schema.json': { schema: StatisticsSchema, files: ['content/agencies/*/statistics/*.yaml'] },
} as const;

/** The text of every JSON Schema file, generated from the zod schemas (the input side: what an officer writes). */
export function renderJsonSchemas(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const [name, { schema }] of Object.entries(JSON_SCHEMAS)) {
		const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
		files[name] = `${JSON.stringify({ ...json, $id: name }, null, '\t')}\n`;
	}
	return files;
}
