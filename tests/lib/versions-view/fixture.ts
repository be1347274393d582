import type { DocumentControl } from '../../../schemas/document-control.ts';
import type { HistoryVersion } from '../../../src/lib/versions-view/types.ts';

const PERSON = { name: 'Nguyễn Văn An', title: 'Chủ tịch UBND xã' };

/** A document-control block for issue `issue`, issued and effective on the dates given, with a revision row per issue up to it. */
export function control(issue: number, issued: string, effective = issued, notes: Array<[number, string, string]> = []): DocumentControl {
	return {
		code: 'QT-MH-01',
		title: 'Quy trình đăng ký khai sinh',
		issue,
		issued,
		effective,
		drafted: PERSON,
		reviewed: PERSON,
		approved: PERSON,
		revisions: notes.map(([number, date, description]) => ({ issue: number, date, part: number === 1 ? 'Toàn bộ' : 'Mục 5', description })),
	};
}

/** A version as the history collection stores it. */
export function version(data: DocumentControl, options: { current?: boolean; commit?: string; body?: string } = {}): HistoryVersion {
	return {
		issue: data.issue,
		data,
		body: options.body ?? '',
		current: options.current ?? false,
		html: options.current === true ? '' : `<p>lần ${data.issue}</p>`,
		...(options.commit === undefined ? {} : { commit: options.commit, date: data.issued }),
	};
}

const N1: [number, string, string] = [1, '2025-08-01', 'Ban hành lần đầu'];
const N2: [number, string, string] = [2, '2026-01-10', 'Giảm thời hạn'];
const N3: [number, string, string] = [3, '2026-09-01', 'Giảm thời hạn lần nữa'];

/** Three issues: 1 and 2 effective, 3 from 01/09/2026 (current, in the working tree). */
export const THREE: HistoryVersion[] = [
	version(control(1, '2025-08-01', '2025-08-05', [N1]), { commit: 'a1' }),
	version(control(2, '2026-01-10', '2026-01-10', [N1, N2]), { commit: 'b2' }),
	version(control(3, '2026-09-01', '2026-09-01', [N1, N2, N3]), { current: true, commit: 'c3' }),
];

/** The working-tree version of THREE. */
export const CURRENT = THREE[2] as HistoryVersion;
