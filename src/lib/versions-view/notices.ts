import type { IssueEntry, Timeline } from './timeline.ts';

/** A banner at the top of an issue's page: words and an icon, the tone only adds colour. */
export interface IssueNotice {
	tone: 'expired' | 'upcoming' | 'in-force';
	/** "Đã hết hiệu lực". */
	title: string;
	text: string;
	link?: { href: string; label: string };
}

/** The banner of an issue's own page (`…/lan-<n>/`). */
export function issueNotice(timeline: Timeline, entry: IssueEntry): IssueNotice {
	const { shown, home } = timeline;
	const toShown = {
		href: home,
		label: shown.status === 'in-force' ? `Xem lần ban hành đang có hiệu lực (lần ${shown.issue})` : 'Xem trang chính của tài liệu',
	};
	if (entry.status === 'expired') {
		const next = timeline.issues[timeline.issues.indexOf(entry) + 1];
		const replaced =
			next === undefined ? '' : ` Lần ban hành này đã được thay thế bởi lần ban hành ${next.issue}, có hiệu lực từ ${next.effective}.`;
		return {
			tone: 'expired',
			title: 'Đã hết hiệu lực',
			text: `Đây là lần ban hành ${entry.issue} (hiệu lực từ ${entry.effective}), chỉ còn giá trị tra cứu.${replaced}`,
			link: toShown,
		};
	}
	if (entry.status === 'upcoming') {
		const meanwhile = shown.status === 'in-force' ? ` Đến trước ngày đó, lần ban hành ${shown.issue} vẫn được áp dụng.` : '';
		return {
			tone: 'upcoming',
			title: 'Chưa có hiệu lực',
			text: `Lần ban hành ${entry.issue} sẽ có hiệu lực từ ${entry.effective}.${meanwhile}`,
			...(entry === shown && timeline.issues.length === 1 ? {} : { link: toShown }),
		};
	}
	return {
		tone: 'in-force',
		title: 'Đang có hiệu lực',
		text: `Đây là lần ban hành ${entry.issue}, đang có hiệu lực từ ${entry.effective}. Toàn văn được đăng ở trang chính của tài liệu; địa chỉ này giữ nguyên để tra cứu khi có lần ban hành mới.`,
		link: { href: home, label: `Xem toàn văn lần ban hành ${entry.issue}` },
	};
}

/** What the main page says beside the shown issue: that it is not in force yet, and the issues coming later. */
export interface UpcomingNote {
	issue: number;
	/** "Sắp có hiệu lực từ 01/09/2026". */
	text: string;
	href: string;
	/** The comparison of the shown issue with this one, when both are recorded. */
	compare?: string;
}

export function upcomingNotes(timeline: Timeline): UpcomingNote[] {
	return timeline.upcoming.map((entry) => {
		const pair = timeline.pairs.find((item) => item.from === timeline.shown && item.to === entry);
		return { issue: entry.issue, text: entry.statusText, href: entry.href, ...(pair === undefined ? {} : { compare: pair.href }) };
	});
}
