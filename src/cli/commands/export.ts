import { parseArgs } from 'node:util';
import { exportCorpus } from '../../lib/load/export.ts';
import type { CliDeps } from '../io.ts';
import { resolveContentDir } from '../options.ts';

export const EXPORT_HELP = `qms export [thư-mục]
  In toàn bộ dữ liệu đã kiểm tra dưới dạng JSON (dữ liệu mở), giống tệp /data/corpus.json của trang.`;

/** `qms export`: the validated corpus as JSON, the same data the site's content layer holds. */
export async function runExport(args: string[], deps: CliDeps): Promise<number> {
	const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
	const root = await resolveContentDir(deps.cwd, positionals[0] ?? 'content');
	deps.stdout(JSON.stringify(exportCorpus(await deps.loadCorpus(root)), null, 2));
	return 0;
}
