import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { countBySeverity } from '../../lib/findings/finding.ts';
import { formatFindingsJson, formatFindingsText } from '../../lib/findings/format.ts';
import { validateCorpus } from '../../lib/validate/index.ts';
import type { CliDeps } from '../io.ts';
import { oneOf, resolveAsOf, resolveContentDir } from '../options.ts';

export const VALIDATE_HELP = `qms validate [thư-mục] [--format text|json] [--as-of YYYY-MM-DD]
  Kiểm tra toàn bộ tài liệu trong thư mục nội dung (mặc định: content) và in mỗi lỗi, cảnh báo
  một dòng: tệp:dòng:cột  mức  mã-quy-tắc  nội dung. Thoát với mã 1 nếu có lỗi.`;

/** `qms validate`: every finding of the corpus, one line each; exit 1 on any error. */
export async function runValidate(args: string[], deps: CliDeps): Promise<number> {
	const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, 'as-of': { type: 'string' } } });
	const format = oneOf('--format', values.format, ['text', 'json'], 'text');
	const dir = positionals[0] ?? 'content';
	const root = await resolveContentDir(deps.cwd, dir);
	const corpus = await deps.loadCorpus(root);
	const asOf = resolveAsOf(values['as-of'], corpus, deps.now());
	const findings = validateCorpus(corpus, { asOf });
	const prefix = `${relative(deps.cwd, root) || '.'}/`;
	deps.stdout(format === 'json' ? formatFindingsJson(findings, prefix) : `${formatFindingsText(findings, prefix)}\nNgày tham chiếu: ${asOf}.`);
	return countBySeverity(findings).error > 0 ? 1 : 0;
}
