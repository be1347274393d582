/** Where an address leads, seen from a page of a site published under `base`. */
export type Target =
	{ kind: 'external' } | { kind: 'outside-base'; path: string } | { kind: 'internal'; path: string; fragment: string | undefined };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Resolves `url` as the browser would on the page published at `pageUrl` (an absolute path such as
 * `/so-x/a/`). Internal addresses come back as a path relative to the site root, without the base
 * and without query, decoded: `a/b/` for `/so-x/a/b/?q=1`.
 */
export function resolveReference(url: string, pageUrl: string, base: string): Target {
	const trimmed = url.trim();
	if (SCHEME.test(trimmed) || trimmed.startsWith('//')) return { kind: 'external' };
	const resolved = new URL(trimmed, `http://site.invalid${pageUrl}`);
	const fragment = resolved.hash === '' ? undefined : decodeURIComponent(resolved.hash.slice(1));
	const path = decodeURIComponent(resolved.pathname);
	if (!path.startsWith(base)) return { kind: 'outside-base', path };
	return { kind: 'internal', path: path.slice(base.length), fragment };
}

/**
 * The output file a static host serves for a site path: the file itself, or the folder's
 * index.html. `undefined` when neither exists in `files` (paths relative to the output folder).
 */
export function fileFor(path: string, files: ReadonlySet<string>): string | undefined {
	if (path === '' || path.endsWith('/')) {
		const index = `${path}index.html`;
		return files.has(index) ? index : undefined;
	}
	if (files.has(path)) return path;
	const index = `${path}/index.html`;
	return files.has(index) ? index : undefined;
}

/** The address a static host gives an output file: `a/index.html` → `/base/a/`. */
export function urlOfFile(file: string, base: string): string {
	if (file === 'index.html') return base;
	if (file.endsWith('/index.html')) return `${base}${file.slice(0, -'index.html'.length)}`;
	return `${base}${file}`;
}
