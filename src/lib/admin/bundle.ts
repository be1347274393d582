import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The folder of Decap CMS's browser bundle in node_modules. */
export function decapDistDir(): string {
	return dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
}

/**
 * The files of the bundle the editor page loads: `decap-cms.js` and the chunks it loads on demand
 * (`103.decap-cms.js`…) from beside itself, without source maps.
 */
export async function decapBundleFiles(dir = decapDistDir()): Promise<string[]> {
	const names = await readdir(dir);
	return names.filter((name) => name.endsWith('decap-cms.js') || name.endsWith('.wasm')).sort();
}

/** The path of one bundle file. */
export function decapBundlePath(name: string, dir = decapDistDir()): string {
	return join(dir, name);
}
