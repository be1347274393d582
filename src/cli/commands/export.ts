import { parseArgs } from 'node:util';
import { systemGit } from '../../lib/history/git.ts';
import { readHistory } from '../../lib/history/read-history.ts';
import { exportCorpus } from '../../lib/load/export.ts';
import { publishCorpus } from '../../lib/publish/index.ts';
import { validateCorpus } from '../../lib/validate/index.ts';
import type { CliDeps } from '../io.ts';
import { resolveAsOf, resolveContentDir } from '../options.ts';

export const EXPORT_HELP = `qms export [thư-mục]
  In toàn bộ dữ liệu được công bố dưới dạng JSON (dữ liệu mở), giống tệp /data/corpus.json của trang:
  tài liệu có lỗi ở lần ban hành gần nhất không có lỗi, hoặc không có.`;

/** `qms export`: what the site publishes of the corpus as JSON, the same data its content layer holds. */
export async function runExport(args: string[], deps: CliDeps): Promise<number> {
	const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
	const root = await resolveContentDir(deps.cwd, positionals[0] ?? 'content');
	const corpus = await deps.loadCorpus(root);
	const asOf = resolveAsOf(undefined, corpus, deps.now());
	const { corpus: published } = await publishCorpus(corpus, validateCorpus(corpus, { asOf }), asOf, () =>
		readHistory(root, deps.git ?? systemGit),
	);
	deps.stdout(JSON.stringify(exportCorpus(published), null, 2));
	return 0;
}
