import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ISO_DATE_PATTERN } from '../../schemas/common.ts';
import { todayInVietnam } from '../lib/text/dates.ts';
import type { Corpus } from '../lib/load/index.ts';
import { UsageError } from './io.ts';

/** The as-of date: `--as-of`, else the corpus's fixed date (demo data), else today in Vietnam. */
export function resolveAsOf(flag: string | undefined, corpus: Corpus, now: Date): string {
	if (flag !== undefined) {
		return dateFlag('--as-of', flag, '2026-03-31');
	}
	return corpus.province?.data.asOf ?? todayInVietnam(now);
}

/** A date option's value, checked by the schemas' date rule (a day that exists, `YYYY-MM-DD`). */
export function dateFlag(flag: string, value: string, example: string): string {
	if (!ISO_DATE_PATTERN.test(value))
		throw new UsageError(`${flag} "${value}" không phải ngày hợp lệ. Ghi theo dạng YYYY-MM-DD, ví dụ ${flag} ${example}.`);
	return value;
}

/** The content folder as an absolute path, after checking it exists. */
export async function resolveContentDir(cwd: string, dir: string): Promise<string> {
	const root = resolve(cwd, dir);
	const info = await stat(root).catch(() => undefined);
	if (info === undefined || !info.isDirectory())
		throw new UsageError(
			`Không tìm thấy thư mục nội dung "${dir}". Chạy lệnh trong thư mục dự án, hoặc ghi đường dẫn tới thư mục chứa province.yaml và agencies/.`,
		);
	return root;
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
	if (value === undefined) return fallback;
	if ((allowed as readonly string[]).includes(value)) return value as T;
	throw new UsageError(`${flag} "${value}" không hợp lệ. Chọn một trong: ${allowed.join(', ')}.`);
}
