import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../../schemas/json-schema.ts';

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
