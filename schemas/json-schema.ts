import { z } from 'astro/zod';
import { TTHC_CODE_PATTERN } from './common.ts';
import { CONTENT_KINDS, kindRow } from '../src/lib/kinds/index.ts';

/** The JSON Schema files editors use, by file name, and the content files each applies to: one per kind of the table. */
export const JSON_SCHEMAS: Record<string, { schema: z.ZodType; files: string[] }> = Object.fromEntries(
	CONTENT_KINDS.map((kind) => {
		const { jsonSchema, file } = kindRow(kind);
		return [jsonSchema.name, { schema: jsonSchema.schema, files: [`content/${file.scope === 'agency' ? 'agencies/*/' : ''}${file.glob}`] }];
	}),
);

/** The text of every JSON Schema file, generated from the zod schemas (the input side: what an officer writes). */
export function renderJsonSchemas(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const [name, { schema }] of Object.entries(JSON_SCHEMAS)) {
		// Draft-07: the draft both yaml-language-server and remark-lint-frontmatter-schema (Ajv's default) read.
		const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-07', override: acceptUnquotedCodes });
		files[name] = `${JSON.stringify({ ...json, $id: name }, null, '\t')}\n`;
	}
	return files;
}

/**
 * A TTHC code written without quotes (`tthc: [1.004837]`) is a number to an editor's YAML parser,
 * while the loader keeps its text. The JSON Schema takes such a number below 10. The editor cannot
 * see the digits as written (1.00483 and 1.004830 are one number), so only the validator tells a
 * code with too few or too many decimals apart; a `multipleOf` would not help, as Ajv's float
 * division rejects 1.001190.
 */
function acceptUnquotedCodes({ jsonSchema }: { jsonSchema: Record<string, unknown> }): void {
	if (jsonSchema['pattern'] !== TTHC_CODE_PATTERN.source) return;
	const { type, pattern, ...rest } = jsonSchema;
	for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
	Object.assign(jsonSchema, {
		anyOf: [
			{ type, pattern },
			{ type: 'number', minimum: 0, exclusiveMaximum: 10 },
		],
		...rest,
	});
}
