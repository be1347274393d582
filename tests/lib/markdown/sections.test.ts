import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import { readBodySections } from '../../../src/lib/markdown/sections.ts';
import { DEMO_CONTENT } from '../../helpers/corpus.ts';

/** What a full CommonMark parser sees: the oracle the line scan must agree with. */
function remarkHeadings(body: string): Array<[string, number]> {
	const tree = unified().use(remarkParse).parse(body);
	return tree.children
		.filter((node): node is Heading => node.type === 'heading' && node.depth === 2)
		.map((node) => [toString(node), node.position?.start.line ?? 0]);
}

describe('reading the level-2 headings of a body', () => {
	it('matches headings to the standard sections, ignoring numbering, case and diacritics', () => {
		expect(readBodySections('## 1. Mục đích\n\ntext\n\n## II) PHAM VI\n\n## 8. Phụ lục\n').map((s) => [s.text, s.section, s.line])).toEqual(
			[
				['1. Mục đích', 0, 1],
				['II) PHAM VI', 1, 5],
				['8. Phụ lục', -1, 7],
			],
		);
	});

	it('recognises the wordings of migrated documents, and never takes the "vi" of "VIẾT TẮT" for a Roman numeral', () => {
		const body = [
			'## I. MỤC ĐÍCH',
			'## Mục 2: Phạm vi áp dụng',
			'## III - TÀI LIỆU THAM CHIẾU',
			'## 4. ĐỊNH NGHĨA/VIẾT TẮT',
			'## VIẾT TẮT',
			'## 4) Thuật ngữ và chữ viết tắt',
			'## V. NỘI DUNG QUY TRÌNH',
			'## 6. CÁC BIỂU MẪU',
			'## VII. LƯU HỒ SƠ',
			'## Vị trí',
		].join('\n\n');
		expect(readBodySections(body).map((s) => [s.text, s.section])).toEqual([
			['I. MỤC ĐÍCH', 0],
			['Mục 2: Phạm vi áp dụng', 1],
			['III - TÀI LIỆU THAM CHIẾU', 2],
			['4. ĐỊNH NGHĨA/VIẾT TẮT', 3],
			['VIẾT TẮT', 3],
			['4) Thuật ngữ và chữ viết tắt', 3],
			['V. NỘI DUNG QUY TRÌNH', 4],
			['6. CÁC BIỂU MẪU', 5],
			['VII. LƯU HỒ SƠ', 6],
			['Vị trí', -1],
		]);
	});

	it('agrees with remark on fences, setext headings, inline markup and closing hashes', () => {
		const body = [
			'Lời mở đầu',
			'',
			'## **1. Mục đích** ##',
			'',
			'```md',
			'## 2. Không phải tiêu đề',
			'```',
			'',
			'Phạm vi áp dụng',
			'----------',
			'',
			'2. Một mục danh sách có số, không phải tiêu đề setext',
			'---',
			'',
			'- mục danh sách',
			'---',
			'',
			'### 3. Cấp ba',
			'## [3. Tài liệu viện dẫn](#a)',
			'~~~',
			'## trong khối ~~~',
			'~~~',
			'  ## 4. Định nghĩa',
		].join('\n');
		const scanned = readBodySections(body).map((s): [string, number] => [s.text, s.line]);
		expect(scanned).toEqual(remarkHeadings(body));
		expect(scanned.map(([text]) => text)).toEqual(['1. Mục đích', 'Phạm vi áp dụng', '3. Tài liệu viện dẫn', '4. Định nghĩa']);
	});

	it('agrees with remark on every body of the demo corpus', async () => {
		const corpus = await loadCorpus(DEMO_CONTENT);
		const bodies = corpus.agencies.flatMap((folder) => [...folder.procedures, ...folder.internal].map((doc) => doc.body));
		expect(bodies.length).toBe(49);
		for (const body of bodies) expect(readBodySections(body).map((s): [string, number] => [s.text, s.line])).toEqual(remarkHeadings(body));
	});
});
