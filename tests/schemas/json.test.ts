import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { IsoDateSchema, TthcCodeSchema } from '../../schemas/common.ts';
import { renderJsonSchemas } from '../../schemas/json-schema.ts';
import { parseYamlSource, yamlValue } from '../../src/lib/load/yaml-source.ts';

const folder = fileURLToPath(new URL('../../schemas/json/', import.meta.url));

describe('JSON Schema files for editors', () => {
	it('are exactly what the zod schemas generate (run npm run schemas when this fails)', async () => {
		const expected = renderJsonSchemas();
		expect((await readdir(folder)).sort()).toEqual(Object.keys(expected).sort());
		for (const [name, text] of Object.entries(expected)) expect(await readFile(`${folder}${name}`, 'utf8'), name).toBe(text);
	});

	it('carry the Vietnamese label and English name of each field', () => {
		const procedure = JSON.parse(renderJsonSchemas()['procedure.schema.json'] ?? '{}');
		expect(procedure.properties.days.description).toBe('Thời hạn giải quyết, ngày làm việc (days)');
		expect(procedure.required).toContain('reception');
	});
});

/**
 * The editor's view: YAML 1.2 as yaml-language-server reads it, checked by a JSON Schema validator.
 * `multipleOfPrecision` makes Ajv divide as that server does (a float-safe remainder), so 1.00119
 * counts as a multiple of 0.000001.
 */
const ajv = new Ajv2020({ strict: false, allErrors: true, multipleOfPrecision: 9 });
const agencyJson = JSON.parse(renderJsonSchemas()['agency.schema.json'] ?? '{}');
const editorDate = ajv.compile(agencyJson.properties.validFrom);
const editorCode = ajv.compile(agencyJson.properties.tthc.items);

/** The validator's view: the value as the project's YAML reader gives it, checked by the zod schema. */
function validatorAccepts(schema: z.ZodType, yaml: string): boolean {
	const value = (yamlValue(parseYamlSource(`v: ${yaml}`)) as { v: unknown }).v;
	return schema.safeParse(value).success;
}

function editorAccepts(check: ValidateFunction, yaml: string): boolean {
	return check((parseYaml(`v: ${yaml}`) as { v: unknown }).v);
}

describe('the JSON Schemas and the validator', () => {
	it.each([
		['2026-02-28', true],
		['2026-02-29', false],
		['2024-02-29', true],
		['2000-02-29', true],
		['1900-02-29', false],
		['2026-02-30', false],
		['2026-13-01', false],
		['2026-00-10', false],
		['2026-04-31', false],
		['2026-12-31', true],
		['"2026-06-30"', true],
		['30/06/2026', false],
		['2026-6-30', false],
	])('agree on the date %s (accepted: %s)', (yaml, accepted) => {
		expect(validatorAccepts(IsoDateSchema, yaml)).toBe(accepted);
		expect(editorAccepts(editorDate, yaml)).toBe(accepted);
	});

	it.each([
		['1.004837', true],
		['"1.004837"', true],
		['1.001190', true],
		['1.000894.000.00.00.H29', true],
		['1.000894.01', true],
		['1.0048371', false],
		['10.004837', false],
		['"1.00483"', false],
		['x.004837', false],
		['1004837', false],
	])('agree on the TTHC code %s (accepted: %s)', (yaml, accepted) => {
		expect(validatorAccepts(TthcCodeSchema, yaml)).toBe(accepted);
		expect(editorAccepts(editorCode, yaml)).toBe(accepted);
	});

	it('differ only where YAML hides the digits: unquoted 1.00483 is the number 1.004830 to an editor', () => {
		expect(validatorAccepts(TthcCodeSchema, '1.00483')).toBe(false);
		expect(editorAccepts(editorCode, '1.00483')).toBe(true);
	});
});
