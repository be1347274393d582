import { describe, expect, it } from 'vitest';
import type { CorpusDiff } from '../../../src/lib/review/corpus.ts';
import { formatDiffMarkdown } from '../../../src/lib/review/markdown.ts';

/** A diff whose every text came from hostile documents, as no schema would let through. */
const HOSTILE: CorpusDiff = {
	documents: [
		{
			status: 'changed',
			agency: 'xa-minh-hoa',
			kind: 'procedure',
			code: 'QT-01\n## Mã giả',
			title: 'Khai sinh\n# Đã duyệt <img src=x onerror=alert(1)>',
			file: 'agencies/xa-minh-hoa/procedures/`a`.md',
			fromIssue: 1,
			toIssue: 2,
			fields: [{ field: 'result', change: 'changed', text: 'Kết quả: «a» → «<script>alert(1)</script>\n\n# Phê duyệt»' }],
			sections: ['5. Nội dung [bấm](javascript:alert(1))'],
		},
	],
	findings: [
		{
			file: 'agencies/xa-minh-hoa/policy.md',
			line: 4,
			column: 1,
			severity: 'error',
			rule: 'issue-not-raised',
			message: 'Nội dung "*x*" đã thay đổi',
		},
	],
};

describe('formatDiffMarkdown', () => {
	it('prints text from the documents escaped, each on its own line, so it cannot forge headings or carry HTML', () => {
		expect(formatDiffMarkdown(HOSTILE, 'main', 'HEAD')).toBe(`## Thay đổi tài liệu HTQLCL: main → HEAD

### Sửa đổi: QT-01 ## Mã giả Khai sinh # Đã duyệt \\<img src=x onerror=alert(1)\\> (lần 1 → lần 2)

Cơ quan: \`xa-minh-hoa\` · Tệp: \`\` agencies/xa-minh-hoa/procedures/\`a\`.md \`\`

- Kết quả: «a» → «\\<script\\>alert(1)\\</script\\>  # Phê duyệt»
- Nội dung văn bản thay đổi ở các mục: «5. Nội dung \\[bấm\\](javascript:alert(1))»

### Lỗi kiểm soát tài liệu

- \`agencies/xa-minh-hoa/policy.md:4\` (issue-not-raised): Nội dung "\\*x\\*" đã thay đổi
`);
	});
});
