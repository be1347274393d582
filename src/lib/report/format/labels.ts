import { formatDateVi } from '../../text/dates.ts';
import { formatDecimalVi } from '../../text/numbers.ts';
import type { DeclarationFigures, DossierFigures, RedeclarationReason } from '../types.ts';

export { LEVEL_LABELS } from '../../site/labels.ts';

/** `80,0%`, with the Vietnamese decimal comma; `—` when there is nothing to divide by. */
export function formatPercentVi(percent: number | null): string {
	return percent === null ? '—' : `${formatDecimalVi(percent, 1)}%`;
}

/** An on-time rate with two decimals and the Vietnamese decimal comma: `99,77%`; `—` when nothing was resolved. */
export function formatRateVi(percent: number | null): string {
	return percent === null ? '—' : `${formatDecimalVi(percent, 2)}%`;
}

/** A count with the Vietnamese thousands separator: 12.000. */
export function formatCountVi(count: number): string {
	return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The headings of the dossier figures' columns, in the order `dossierCells` gives the cells. */
export const DOSSIER_COLUMNS = ['Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết', 'Tỉ lệ đúng hạn'] as const;

/** The cells under `DOSSIER_COLUMNS`: counts with the thousands separator, then the on-time rate. */
export function dossierCells(dossiers: DossierFigures): string[] {
	const counts = [dossiers.received, dossiers.resolved, dossiers.resolvedOnTime, dossiers.resolvedLate, dossiers.pending];
	return [...counts.map(formatCountVi), formatRateVi(dossiers.onTimePercent)];
}

/** `07/2026` for `2026-07`. */
export function formatMonthVi(month: string): string {
	return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

export function yesNo(value: boolean): string {
	return value ? 'Có' : 'Không';
}

/** A date or `—` when none. */
export function dateOrDash(date: string | null): string {
	return date === null ? '—' : formatDateVi(date);
}

/** Why a re-declaration is due, in words: "thêm TTHC 1.000001; đổi tên". */
export function redeclarationText(declaration: DeclarationFigures): string {
	const words: Record<RedeclarationReason, string> = {
		'never-declared': 'chưa công bố lần nào',
		'tthc-added': `thêm TTHC ${declaration.added.join(', ')}`,
		'tthc-removed': `bỏ TTHC ${declaration.removed.join(', ')}`,
		renamed: 'cơ quan đổi tên, tổ chức lại sau lần công bố',
		merged: `tiếp nhận ${declaration.mergedFrom.join(', ')} sau lần công bố`,
	};
	return declaration.reasons.map((reason) => words[reason]).join('; ');
}
