import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { slugify } from '../text/slug.ts';

/** Before every heading id of a body: ids then start with a letter and never meet the page's own ids. */
export const BODY_ID_PREFIX = 'vb-';

const HEADING = /^h[1-6]$/;

/**
 * Gives every heading of a body an ASCII id: `## 1. Mục đích` → `id="vb-1-muc-dich"`, numbered
 * `-2`, `-3` when the text repeats. Without it the ids keep their diacritics (`1-mục-đích`) and a
 * shared link to a section is percent-encoded. Runs before Astro's own heading ids, which keep an
 * id that is already there.
 */
export default function rehypeHeadingIds() {
	return (tree: Root): void => {
		const seen = new Map<string, number>();
		visit(tree, 'element', (node: Element) => {
			if (!HEADING.test(node.tagName)) return;
			const slug = `${BODY_ID_PREFIX}${slugify(toString(node)) || 'muc'}`;
			const count = (seen.get(slug) ?? 0) + 1;
			seen.set(slug, count);
			node.properties['id'] = count === 1 ? slug : `${slug}-${count}`;
		});
	};
}
