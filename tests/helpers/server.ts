import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.pagefind': 'application/octet-stream',
};

/** A static server for a built site, on 127.0.0.1 and a free port. */
export interface StaticServer {
	/** `http://127.0.0.1:<port>` followed by the mount path, always ending in "/". */
	url: string;
	/** Every path that answered 404, for tests that expect none. */
	missing: string[];
	close: () => Promise<void>;
}

/**
 * Serves `dir` under `mount` (default "/") the way a static host does: `/a/` answers `/a/index.html`,
 * `/a` redirects to `/a/` when that folder exists, unknown paths answer the site's `404.html` with
 * status 404. Anything outside `mount` is a 404 too, so a page that escapes its sub-path is caught.
 */
export async function serveStatic(dir: string, mount = '/'): Promise<StaticServer> {
	const missing: string[] = [];
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		void resolveFile(dir, mount, path).then(async (found) => {
			if (found.redirect !== undefined) {
				response.writeHead(301, { location: found.redirect });
				response.end();
				return;
			}
			if (found.file === undefined) {
				missing.push(path);
				const page = join(dir, '404.html');
				const exists = await stat(page).then(
					(info) => info.isFile(),
					() => false,
				);
				response.writeHead(404, { 'content-type': TYPES['.html'] ?? '' });
				if (exists) createReadStream(page).pipe(response);
				else response.end('404');
				return;
			}
			response.writeHead(200, { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream' });
			createReadStream(found.file).pipe(response);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${mount}`,
		missing,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}

async function resolveFile(dir: string, mount: string, path: string): Promise<{ file?: string; redirect?: string }> {
	if (!path.startsWith(mount)) return {};
	const relative = normalize(path.slice(mount.length));
	if (relative.startsWith('..') || relative.includes(`${sep}..${sep}`)) return {};
	const target = join(dir, relative);
	const info = await stat(target).catch(() => undefined);
	if (info?.isFile() === true) return { file: target };
	if (info?.isDirectory() === true) {
		if (!path.endsWith('/')) return { redirect: `${path}/` };
		const index = join(target, 'index.html');
		if (
			await stat(index).then(
				(i) => i.isFile(),
				() => false,
			)
		)
			return { file: index };
	}
	return {};
}
