import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { parse as parseYaml } from 'yaml';
import { ISO_DATE_PATTERN, IsoDateSchema, SINGLE_LINE_PATTERN, TthcCodeSchema } from '../../schemas/common.ts';
import { JSON_SCHEMAS, renderJsonSchemas } from '../../schemas/json-schema.ts';
import { parseYamlSource, yamlValue } from '../../src/lib/load/yaml-source.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';

const folder = fileURLToPath(new URL('../../schemas/json/', import.meta.url));

describe('JSON Schema files for editors', () => {
	it('are exactly what the zod schemas generate (run npm run schemas when this fails)', async () => {
		const expected = renderJsonSchemas();
		expect((await readdir(folder)).sort()).toEqual(Object.keys(expected).sort());
		for (const [name, text] of Object.entries(expected)) expect(await readFile(`${folder}${name}`, 'utf8'), name).toBe(text);
	});

	it('carry the Vietnamese label and English name of each field', () => {
		const procedure = JSON.parse(renderJsonSchemas()['procedure.schema.json'] ?? '{}') as {
			properties: { days: { description: string } };
			required: string[];
		};
		expect(procedure.properties.days.description).toBe('Thời hạn giải quyết, ngày làm việc (days)');
		expect(procedure.required).toContain('tthc');
		expect(procedure.required).not.toContain('reception');
	});
});

/** The editor's view: YAML 1.2 as yaml-language-server reads it, checked by a JSON Schema validator. */
const ajv = new Ajv({ strict: false, allErrors: true });
const agencyJson = JSON.parse(renderJsonSchemas()['agency.schema.json'] ?? '{}') as {
	properties: { validFrom: object; tthc: { items: object } };
};
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
		['10.004837', false],
		['"1.00483"', false],
		['x.004837', false],
		['1004837', false],
	])('agree on the TTHC code %s (accepted: %s)', (yaml, accepted) => {
		expect(validatorAccepts(TthcCodeSchema, yaml)).toBe(accepted);
		expect(editorAccepts(editorCode, yaml)).toBe(accepted);
	});

	it.each(['1.00483', '1.0048371'])('differ only where YAML hides the digits: unquoted %s is just a number to an editor', (yaml) => {
		expect(validatorAccepts(TthcCodeSchema, yaml)).toBe(false);
		expect(editorAccepts(editorCode, yaml)).toBe(true);
	});
});

describe('editor settings', () => {
	const markdown = Object.entries(JSON_SCHEMAS).filter(([, { files }]) => files.every((file) => file.endsWith('.md')));
	const yamlFiles = Object.entries(JSON_SCHEMAS).filter(([, { files }]) => files.every((file) => file.endsWith('.yaml')));

	it('map every YAML file kind to its JSON Schema for the YAML extension', async () => {
		const settings = JSON.parse(await readFile(join(PROJECT_ROOT, '.vscode/settings.json'), 'utf8')) as {
			'yaml.schemas': Record<string, string[]>;
		};
		expect(settings['yaml.schemas']).toEqual(
			Object.fromEntries(yamlFiles.map(([name, { files }]) => [`./schemas/json/${name}`, [...files]])),
		);
	});

	it('map the front matter of every Markdown document kind to its JSON Schema for the remark extension', async () => {
		const config = (await import(pathToFileURL(join(PROJECT_ROOT, '.remarkrc.mjs')).href)) as RemarkConfig;
		const [, lint] = config.default.plugins;
		expect(Array.isArray(lint) ? lint[1] : undefined).toEqual({
			schemas: Object.fromEntries(markdown.map(([name, { files }]) => [`./schemas/json/${name}`, [...files]])),
		});
	});

	it('report in the editor what the JSON Schemas can see of a hostile procedure, at its line', async () => {
		const messages = await remarkMessages(
			'content/agencies/xa-thu-nghiem/procedures/dang-ky-khai-sinh.md',
			await readFile(join(PROJECT_ROOT, 'tests/fixtures/hostile/agencies/xa-thu-nghiem/procedures/dang-ky-khai-sinh.md'), 'utf8'),
		);
		expect(messages.map((message) => `${message.line}: ${message.reason.split(' • ')[0]}`)).toEqual([
			`3: Must match pattern "${SINGLE_LINE_PATTERN.source}"`,
			`5: Must match pattern "${ISO_DATE_PATTERN.source}"`,
			// `fees` is `khong` or a list: the editor names both alternatives, then the wrong amount inside the list.
			'26: Must be string',
			'26: Must be equal to constant: `khong`',
			'32: Must be number',
			'26: Must match a schema in anyOf',
			`41: Must match pattern "${SINGLE_LINE_PATTERN.source}"`,
		]);
	});

	it('leave a valid procedure, unquoted TTHC codes included, without a message', async () => {
		const text = await readFile(join(PROJECT_ROOT, 'tests/fixtures/valid/agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md'), 'utf8');
		expect(text).toContain('tthc: [1.001193]');
		expect(await remarkMessages('content/agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md', text)).toEqual([]);
	});
});

interface RemarkConfig {
	default: { plugins: Array<Plugin | [Plugin<[unknown]>, unknown]> };
}

/** The messages the remark extension would show for `text` saved at `path` in the project. */
async function remarkMessages(path: string, text: string): Promise<Array<{ line?: number | undefined; reason: string }>> {
	const config = (await import(pathToFileURL(join(PROJECT_ROOT, '.remarkrc.mjs')).href)) as RemarkConfig;
	const processor = unified().use(remarkParse);
	for (const plugin of config.default.plugins) {
		if (Array.isArray(plugin)) processor.use(plugin[0], plugin[1]);
		else processor.use(plugin);
	}
	const file = { path: join(PROJECT_ROOT, path), value: text };
	return new Promise((resolve, reject) => {
		processor.run(processor.parse(file), file, (error, _tree, result) => {
			if (error === undefined || error === null) resolve(result?.messages ?? []);
			else reject(error);
		});
	});
}
