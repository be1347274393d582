import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AdminConfigError, generateAdminConfig } from '../../lib/admin/generate.ts';
import { UsageError, type CliDeps } from '../io.ts';
import { resolveContentDir } from '../options.ts';

export const ADMIN_CONFIG_HELP = `qms admin-config [--content thư-mục] [--out tệp]
  In cấu hình của trình soạn thảo bằng biểu mẫu (/admin/config.yml, Decap CMS), sinh từ lược đồ trong
  schemas/, danh mục TTHC, văn bản pháp luật, cơ quan trong thư mục nội dung và tệp cms.yaml (nếu có).
  qms build ghi tệp này vào dist/admin/; --agency như qms build --agency (chỉ các mục của cơ quan đó);
  --out ghi vào một tệp thay vì in ra.`;

/** `qms admin-config`: the editor's config.yml, as the build writes it. */
export async function runAdminConfig(args: string[], deps: CliDeps): Promise<number> {
	const { values } = parseArgs({ args, options: { content: { type: 'string' }, agency: { type: 'string' }, out: { type: 'string' } } });
	const content = await resolveContentDir(deps.cwd, values.content ?? 'content');
	let text: string;
	try {
		text = await generateAdminConfig(deps.cwd, content, values.agency === undefined ? {} : { agency: values.agency });
	} catch (error) {
		if (error instanceof AdminConfigError) throw new UsageError(error.message);
		throw error;
	}
	if (values.out === undefined) deps.stdout(text.replace(/\n$/, ''));
	else await writeFile(resolve(deps.cwd, values.out), text);
	return 0;
}
