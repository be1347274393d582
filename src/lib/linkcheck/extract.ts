import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** An address found in a page: which element and attribute, and the value as written. */
export interface PageReference {
	element: string;
	attribute: string;
	url: string;
}

/** What the checker needs from one page: the addresses it points to and the ids it defines. */
export interface PageScan {
	references: PageReference[];
	ids: Set<string>;
}

/** Attributes that hold one address, in hast's property names, with the HTML name to report. */
const URL_PROPERTIES: ReadonlyArray<[property: string, attribute: string]> = [
	['href', 'href'],
	['src', 'src'],
	['action', 'action'],
	['poster', 'poster'],
	['data', 'data'],
	['cite', 'cite'],
];

/** Parses a page with a real HTML parser (parse5 through hast), as a browser would read it. */
export function parsePage(html: string): Root {
	return fromHtml(html);
}

/** Every address a page loads or links to (href, src, srcset, action, poster, data, cite) and every id. */
export function scanPage(html: string): PageScan {
	const references: PageReference[] = [];
	const ids = new Set<string>();
	visit(parsePage(html), 'element', (node: Element) => {
		const props = node.properties;
		if (typeof props['id'] === 'string') ids.add(props['id']);
		if (node.tagName === 'a' && typeof props['name'] === 'string') ids.add(props['name']);
		for (const [property, attribute] of URL_PROPERTIES) {
			const value = props[property];
			if (typeof value === 'string') references.push({ element: node.tagName, attribute, url: value });
		}
		const srcset = props['srcSet'];
		const candidates = Array.isArray(srcset) ? srcset.join(',') : typeof srcset === 'string' ? srcset : undefined;
		if (candidates !== undefined) {
			for (const candidate of candidates.split(',')) {
				const url = candidate.trim().split(/\s+/)[0];
				if (url !== undefined && url !== '') references.push({ element: node.tagName, attribute: 'srcset', url });
			}
		}
	});
	return { references, ids };
}
