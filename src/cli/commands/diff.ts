import { parseArgs } from 'node:util';
import { countBySeverity } from '../../lib/findings/finding.ts';
import { diffCorpora } from '../../lib/review/corpus.ts';
import { formatDiffMarkdown } from '../../lib/review/markdown.ts';
import { systemGit } from '../../lib/history/git.ts';
import { readSnapshot } from '../../lib/history/snapshot.ts';
import { parseCorpus } from '../../lib/load/index.ts';
import { UsageError, type CliDeps } from '../io.ts';
import { oneOf, resolveContentDir } from '../options.ts';

export const DIFF_HELP = `qms diff <từ> <đến> [--content thư-mục] [--format md|json]
  So sánh tài liệu giữa hai phiên bản git (nhánh, thẻ hoặc mã commit) để rà soát trước khi
  hợp nhất: liệt kê tài liệu thay đổi và các thay đổi theo từng trường; báo lỗi khi nội dung
  thay đổi mà chưa tăng lần ban hành, hoặc lần ban hành mới chưa có dòng theo dõi sửa đổi.
  Thoát với mã 1 nếu có lỗi.`;

/** `qms diff <from> <to>`: changed documents with their field changes, and document-control errors. */
export async function runDiff(args: string[], deps: CliDeps): Promise<number> {
	const { values, positionals } = parseArgs({
		args,
		allowPositionals: true,
		options: { content: { type: 'string' }, format: { type: 'string' } },
	});
	const format = oneOf('--format', values.format, ['md', 'json'], 'md');
	const [from, to] = positionals;
	if (from === undefined || to === undefined)
		throw new UsageError('Cần hai phiên bản để so sánh, ví dụ: qms diff main HEAD. Xem "qms diff --help".');
	const root = await resolveContentDir(deps.cwd, values.content ?? 'content');
	const git = deps.git ?? systemGit;
	const [before, after] = await Promise.all([readSnapshot(git, root, from), readSnapshot(git, root, to)]);
	if (before === undefined || after === undefined) {
		throw new UsageError(
			`Không đọc được phiên bản "${before === undefined ? from : to}" trong kho git chứa ${root}. Kiểm tra tên nhánh hoặc mã commit (git log --oneline), và rằng đây là bản sao đầy đủ (git fetch --unshallow).`,
		);
	}
	const diff = diffCorpora(parseCorpus(before), parseCorpus(after));
	deps.stdout(format === 'json' ? JSON.stringify({ from, to, ...diff }, null, 2) : formatDiffMarkdown(diff, from, to));
	return countBySeverity(diff.findings).error > 0 ? 1 : 0;
}
