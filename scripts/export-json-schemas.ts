import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderJsonSchemas } from '../schemas/json-schema.ts';

// Regenerates schemas/json/ from the zod schemas; tests/schemas/json.test.ts fails when it is stale.
const folder = fileURLToPath(new URL('../schemas/json/', import.meta.url));
for (const [name, text] of Object.entries(renderJsonSchemas())) await writeFile(`${folder}${name}`, text);
process.stdout.write(`Đã ghi ${Object.keys(renderJsonSchemas()).length} tệp JSON Schema vào schemas/json/.\n`);
