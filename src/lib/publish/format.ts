import { formatDateVi } from '../text/dates.ts';
import { oneLine } from '../text/one-line.ts';
import type { HeldBack } from './select.ts';

/** What happens to a held-back file on the site, in Vietnamese. */
export function heldBackOutcome(item: HeldBack): string {
	if (item.kind === 'agency') return `cơ quan "${item.agency}" và mọi tài liệu của cơ quan chưa được đăng vì agency.yaml có lỗi`;
	if (item.kind === 'statistics') return 'chưa được tính vào số liệu';
	if (item.shown === null) return 'chưa được đăng: chưa có lần ban hành nào không có lỗi';
	return `vẫn đăng lần ban hành ${item.shown.issue} (ghi vào git ngày ${formatDateVi(item.shown.date)}) cho đến khi sửa hết lỗi`;
}

/**
 * The held-back files as `qms build` prints them: one line per file saying what the site shows
 * instead, then its errors, each on one line whatever it quotes; paths prefixed so they open from
 * the working directory.
 */
export function formatHeldBackText(heldBack: readonly HeldBack[], prefix = ''): string {
	if (heldBack.length === 0) return '';
	const lines = [`Giữ lại ${heldBack.length} tệp có lỗi; mọi trang khác đã được cập nhật:`];
	for (const item of heldBack) {
		lines.push(oneLine(`- ${prefix}${item.file}: ${heldBackOutcome(item)}.`));
		for (const f of item.findings) lines.push(oneLine(`    ${f.line}:${f.column}  ${f.rule}  ${f.message}`));
	}
	return lines.join('\n');
}
