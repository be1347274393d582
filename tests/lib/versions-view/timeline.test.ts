import { describe, expect, it } from 'vitest';
import { documentTimeline } from '../../../src/lib/versions-view/timeline.ts';
import { CURRENT, THREE, control } from './fixture.ts';

const HOME = '/xa/thu-tuc/khai-sinh/';
const history = { kind: 'procedure' as const, file: 'agencies/xa/procedures/khai-sinh.md', available: true, versions: THREE };

describe('the issues of a document on a day', () => {
	it('shows the issue in force, lists the upcoming one and links every pair', () => {
		const timeline = documentTimeline(history, CURRENT, '2026-06-30', HOME);
		expect(timeline.shown.issue).toBe(2);
		expect(
			timeline.issues.map((entry) => [entry.issue, entry.status, entry.statusText, entry.href, entry.note, entry.compare?.href]),
		).toEqual([
			[1, 'expired', 'Đã hết hiệu lực', `${HOME}lan-1/`, 'Ban hành lần đầu', undefined],
			[2, 'in-force', 'Đang có hiệu lực', `${HOME}lan-2/`, 'Giảm thời hạn', `${HOME}so-sanh/1-2/`],
			[3, 'upcoming', 'Sắp có hiệu lực từ 01/09/2026', `${HOME}lan-3/`, 'Giảm thời hạn lần nữa', `${HOME}so-sanh/2-3/`],
		]);
		expect(timeline.upcoming.map((entry) => entry.issue)).toEqual([3]);
		expect(timeline.pairs.map((pair) => pair.href)).toEqual([`${HOME}so-sanh/1-2/`, `${HOME}so-sanh/1-3/`, `${HOME}so-sanh/2-3/`]);
	});

	it('moves to the newest issue on the day it takes effect', () => {
		const timeline = documentTimeline(history, CURRENT, '2026-09-01', HOME);
		expect([timeline.shown.issue, timeline.upcoming.length]).toEqual([3, 0]);
		expect(timeline.issues.map((entry) => entry.status)).toEqual(['expired', 'expired', 'in-force']);
	});

	it('shows the first upcoming issue when none is in force yet', () => {
		const timeline = documentTimeline(history, CURRENT, '2025-08-02', HOME);
		expect([timeline.shown.issue, timeline.shown.status]).toEqual([1, 'upcoming']);
		expect(timeline.upcoming.map((entry) => entry.issue)).toEqual([2, 3]);
	});

	it('knows only the current issue when the history collection has no entry', () => {
		const timeline = documentTimeline(undefined, { data: control(3, '2026-09-01'), body: 'x' }, '2026-06-30', HOME);
		expect(timeline.available).toBe(false);
		expect(timeline.issues.map((entry) => [entry.issue, entry.status, entry.version.current])).toEqual([[3, 'upcoming', true]]);
		expect(timeline.pairs).toEqual([]);
		expect(timeline.shown.issue).toBe(3);
	});
});
