import { describe, expect, it } from 'vitest';
import { issueNotice, upcomingNotes } from '../../../src/lib/versions-view/notices.ts';
import { documentTimeline } from '../../../src/lib/versions-view/timeline.ts';
import { CURRENT, THREE } from './fixture.ts';

const HOME = '/xa/thu-tuc/khai-sinh/';
const timeline = documentTimeline({ kind: 'procedure', file: 'f.md', available: true, versions: THREE }, CURRENT, '2026-06-30', HOME);
const entry = (issue: number) => timeline.issues.find((item) => item.issue === issue) ?? timeline.shown;

describe('what an issue page says about its issue', () => {
	it('marks a past issue as no longer in force and links the issue in force', () => {
		expect(issueNotice(timeline, entry(1))).toEqual({
			tone: 'expired',
			title: 'Đã hết hiệu lực',
			text: 'Đây là lần ban hành 1 (hiệu lực từ 05/08/2025), chỉ còn giá trị tra cứu. Lần ban hành này đã được thay thế bởi lần ban hành 2, có hiệu lực từ 10/01/2026.',
			link: { href: HOME, label: 'Xem lần ban hành đang có hiệu lực (lần 2)' },
		});
	});

	it('says when an upcoming issue starts and which one applies until then', () => {
		expect(issueNotice(timeline, entry(3))).toEqual({
			tone: 'upcoming',
			title: 'Chưa có hiệu lực',
			text: 'Lần ban hành 3 sẽ có hiệu lực từ 01/09/2026. Đến trước ngày đó, lần ban hành 2 vẫn được áp dụng.',
			link: { href: HOME, label: 'Xem lần ban hành đang có hiệu lực (lần 2)' },
		});
	});

	it('points the page of the issue in force to the main page, which holds its full text', () => {
		expect(issueNotice(timeline, entry(2))).toEqual({
			tone: 'in-force',
			title: 'Đang có hiệu lực',
			text: 'Đây là lần ban hành 2, đang có hiệu lực từ 10/01/2026. Toàn văn được đăng ở trang chính của tài liệu; địa chỉ này giữ nguyên để tra cứu khi có lần ban hành mới.',
			link: { href: HOME, label: 'Xem toàn văn lần ban hành 2' },
		});
	});

	it('announces the upcoming issue beside the one in force, with the comparison', () => {
		expect(upcomingNotes(timeline)).toEqual([
			{ issue: 3, text: 'Sắp có hiệu lực từ 01/09/2026', href: `${HOME}lan-3/`, compare: `${HOME}so-sanh/2-3/` },
		]);
	});
});
