import { saveFixesByKind } from './collections.ts';

/**
 * The editor's save hook, run in the browser before Decap writes a file. It drops empty values
 * (an optional field left blank would be written as `''`, which no schema accepts: every text is
 * non-empty), writes a step time typed as a number (`0.5`, `0,5`) as a number, the way the
 * schema reads it, so that `"0.5"` does not become a quoted text, and drops a switched-off
 * true-only field (`sameDay`), and writes the word for "none" (`fees: khong`) for a list emptied
 * in the form, since an empty list is no value of such a field. `FIXES` maps a kind to those paths; a collection is named `<kind>`
 * or `<kind>--<agency>`.
 */
const SAVE_HOOK = String.raw`
const isList = (value) => value !== null && typeof value === 'object' && typeof value.push === 'function' && typeof value.toJS === 'function';
const isMap = (value) => value !== null && typeof value === 'object' && typeof value.toJS === 'function' && !isList(value);
function dropEmpty(value) {
	if (isMap(value)) {
		let out = value;
		for (const key of value.keySeq().toArray()) {
			const kept = dropEmpty(value.get(key));
			out = kept === undefined ? out.delete(key) : out.set(key, kept);
		}
		return out.size === 0 ? undefined : out;
	}
	if (isList(value)) return value.map(dropEmpty).filter((item) => item !== undefined);
	return value === '' || value === null || value === undefined ? undefined : value;
}
const toNumber = (value) => (typeof value === 'string' && /^\d+(?:[.,]\d+)?$/.test(value.trim()) ? Number(value.trim().replace(',', '.')) : value);
const dropFalse = (value) => (value === false ? undefined : value);
function fixAt(value, path, fix) {
	if (value === undefined) return value;
	if (path.length === 0) return fix(value);
	const [head, ...rest] = path;
	if (head === '*') return isList(value) ? value.map((item) => fixAt(item, rest, fix)) : value;
	if (!isMap(value) || !value.has(head)) return value;
	const fixed = fixAt(value.get(head), rest, fix);
	return fixed === undefined ? value.delete(head) : value.set(head, fixed);
}
CMS.registerEventListener({
	name: 'preSave',
	handler: ({ entry }) => {
		const kind = String(entry.get('collection')).split('--')[0];
		let data = dropEmpty(entry.get('data')) ?? entry.get('data').clear();
		const fixes = FIXES[kind] ?? { numbers: [], trueOnly: [], none: [] };
		for (const path of fixes.numbers) data = fixAt(data, path, toNumber);
		for (const path of fixes.trueOnly) data = fixAt(data, path, dropFalse);
		for (const path of fixes.none) data = fixAt(data, path.slice(0, -1), (value) => (isList(value) && value.size === 0 ? path.at(-1) : value));
		return data;
	},
});
`;

/** /admin/index.html: Decap CMS from the site itself (no CDN), in Vietnamese, kept out of search engines. */
export function adminPage(): string {
	return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Soạn thảo tài liệu HTQLCL</title>
</head>
<body>
<script src="decap-cms.js"></script>
<script>
const FIXES = ${JSON.stringify(saveFixesByKind())};
${SAVE_HOOK.trim()}
</script>
</body>
</html>
`;
}
