import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Puts every table of a body in a frame that scrolls sideways, as the page's own tables are
 * (TableWrap.astro, `.table-wrap`): a wide table an officer writes in Markdown (a records table
 * copied from Word) would otherwise make the whole page scroll sideways on a phone. The frame is a
 * labelled, focusable region (a `section`, as TableWrap's), so keyboard users can scroll it; tables
 * are numbered in their body, which keeps the labels of one page distinct.
 */
export default function rehypeTableFrames() {
	return (tree: Root): void => {
		let count = 0;
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'table' || parent === undefined || index === undefined) return;
			count += 1;
			const frame: ElementContent = {
				type: 'element',
				tagName: 'section',
				properties: { className: ['table-wrap'], ariaLabel: `Bảng ${count} trong văn bản`, tabIndex: 0 },
				children: [node],
			};
			parent.children[index] = frame;
			return SKIP;
		});
	};
}
