import { escapeMarkdown as md, markdownCode as code } from '../text/markdown-escape.ts';
import type { CorpusDiff, DocumentDelta } from './corpus.ts';

const STATUS = { added: 'Ban hành mới', removed: 'Bãi bỏ', changed: 'Sửa đổi' } as const;

function heading(doc: DocumentDelta): string {
	const issues =
		doc.status === 'changed'
			? doc.fromIssue === doc.toIssue
				? ` (lần ${doc.toIssue}, chưa tăng lần ban hành)`
				: ` (lần ${doc.fromIssue} → lần ${doc.toIssue})`
			: doc.toIssue === undefined
				? ''
				: ` (lần ${doc.toIssue})`;
	return `### ${STATUS[doc.status]}: ${md(doc.code)} ${md(doc.title)}${issues}`;
}

/** The changes as Markdown ready to paste as a pull-request review comment; text from the documents is escaped. */
export function formatDiffMarkdown(diff: CorpusDiff, from: string, to: string): string {
	const lines = [`## Thay đổi tài liệu HTQLCL: ${md(from)} → ${md(to)}`, ''];
	if (diff.documents.length === 0) lines.push('Không có tài liệu nào thay đổi.', '');
	for (const doc of diff.documents) {
		lines.push(heading(doc), '', `Cơ quan: ${code(doc.agency)} · Tệp: ${code(doc.file)}`, '');
		for (const field of doc.fields) lines.push(`- ${md(field.text)}`);
		if (doc.sections.length > 0)
			lines.push(
				`- Nội dung văn bản thay đổi ở các mục: ${doc.sections.map((title) => (title === '' ? 'phần mở đầu' : `«${md(title)}»`)).join(', ')}`,
			);
		lines.push('');
	}
	if (diff.findings.length > 0) {
		lines.push('### Lỗi kiểm soát tài liệu', '');
		for (const item of diff.findings) lines.push(`- ${code(`${item.file}:${item.line}`)} (${item.rule}): ${md(item.message)}`);
		lines.push('');
	}
	return lines.join('\n');
}
