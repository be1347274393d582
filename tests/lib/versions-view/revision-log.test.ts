import { describe, expect, it } from 'vitest';
import { feedEntries } from '../../../src/lib/versions-view/feed.ts';
import { revisionLogView, withRevisionLog } from '../../../src/lib/versions-view/revision-log.ts';
import { controlView } from '../../../src/lib/site/procedure-view.ts';
import { documentTimeline } from '../../../src/lib/versions-view/timeline.ts';
import { CURRENT, THREE, control, version } from './fixture.ts';

const HOME = '/xa/thu-tuc/khai-sinh/';
const timelineOf = (versions = THREE) =>
	documentTimeline({ kind: 'procedure', file: 'f.md', available: true, versions }, CURRENT, '2026-06-30', HOME);

describe('the revision log on an issue page', () => {
	it('shows the notes up to that issue, each linked to its issue page', () => {
		const timeline = timelineOf();
		expect(revisionLogView(timeline, timeline.shown)).toEqual([
			{ issue: 1, date: '01/08/2025', part: 'Toàn bộ', description: 'Ban hành lần đầu', href: `${HOME}lan-1/` },
			{ issue: 2, date: '10/01/2026', part: 'Mục 5', description: 'Giảm thời hạn', href: `${HOME}lan-2/` },
		]);
	});

	it('warns in words when a note does not match the recorded issue, or an issue has no note', () => {
		const versions = [
			version(control(1, '2025-08-01', '2025-08-05', [[1, '2025-08-01', 'Ban hành lần đầu']]), { commit: 'a1' }),
			version(control(2, '2026-01-10', '2026-01-10', [[2, '2026-01-12', 'Giảm thời hạn']]), { current: true, commit: 'b2' }),
		];
		const timeline = timelineOf(versions);
		expect(revisionLogView(timeline, timeline.shown).map((row) => [row.issue, row.description, row.warning])).toEqual([
			[1, '—', 'Chưa khớp với lịch sử lưu trữ: lần ban hành 1 có trong lịch sử nhưng chưa có dòng trong bảng theo dõi sửa đổi.'],
			[2, 'Giảm thời hạn', 'Chưa khớp với lịch sử lưu trữ: ngày ghi trong bảng khác ngày ban hành của lần 2.'],
		]);
	});

	it("has no row, and so no warning, for a first issue whose log is still empty, on its page or on a later issue's", () => {
		const first = version(control(1, '2025-07-07', '2025-07-07', []), { commit: 'a1' });
		const alone = timelineOf([{ ...first, current: true }]);
		expect(revisionLogView(alone, alone.shown)).toEqual([]);
		const later = timelineOf([
			first,
			version(control(2, '2026-01-10', '2026-01-10', [[2, '2026-01-10', 'Giảm thời hạn']]), { current: true, commit: 'b2' }),
		]);
		expect(revisionLogView(later, later.shown)).toEqual([
			{ issue: 2, date: '10/01/2026', part: 'Mục 5', description: 'Giảm thời hạn', href: `${HOME}lan-2/` },
		]);
	});

	it('says where a log migrated from Word starts, but not a log whose issue 1 was issued empty', () => {
		const migrated = version(control(5, '2026-01-10', '2026-01-10', [[5, '2026-01-10', 'Chuyển từ bản Word']]), {
			current: true,
			commit: 'e5',
		});
		const fromWord = timelineOf([migrated]);
		expect(withRevisionLog(controlView(migrated.data), fromWord, fromWord.shown).logStartsAt).toBe(5);
		const first = version(control(1, '2025-07-07', '2025-07-07', []), { commit: 'a1' });
		const second = version(control(2, '2026-01-10', '2026-01-10', [[2, '2026-01-10', 'Giảm thời hạn']]), { current: true, commit: 'b2' });
		const emptyFirst = timelineOf([first, second]);
		expect(controlView(second.data).logStartsAt).toBe(2);
		expect(withRevisionLog(controlView(second.data), emptyFirst, emptyFirst.shown).logStartsAt).toBeUndefined();
	});

	it('links no issue the build does not publish', () => {
		const only = version(
			control(2, '2026-01-10', '2026-01-10', [
				[1, '2025-08-01', 'Đầu'],
				[2, '2026-01-10', 'Hai'],
			]),
			{ current: true },
		);
		const timeline = documentTimeline(undefined, { data: only.data }, '2026-06-30', HOME);
		expect(revisionLogView(timeline, timeline.shown).map((row) => [row.issue, row.href])).toEqual([
			[1, undefined],
			[2, `${HOME}lan-2/`],
		]);
	});
});

describe('feed entries', () => {
	it('gives every issue its permanent address, title with code and issue, and its change note', () => {
		const entries = feedEntries([timelineOf()], (path) => `https://example.vn${path}`);
		expect(entries.map((entry) => [entry.url, entry.title, entry.date, entry.summary])).toEqual([
			['https://example.vn/xa/thu-tuc/khai-sinh/lan-1/', 'QT-MH-01 Quy trình đăng ký khai sinh — lần 1', '2025-08-01', 'Ban hành lần đầu'],
			['https://example.vn/xa/thu-tuc/khai-sinh/lan-2/', 'QT-MH-01 Quy trình đăng ký khai sinh — lần 2', '2026-01-10', 'Giảm thời hạn'],
			[
				'https://example.vn/xa/thu-tuc/khai-sinh/lan-3/',
				'QT-MH-01 Quy trình đăng ký khai sinh — lần 3',
				'2026-09-01',
				'Giảm thời hạn lần nữa',
			],
		]);
	});
});
