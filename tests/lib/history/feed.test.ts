import { describe, expect, it } from 'vitest';
import { renderAtomFeed } from '../../../src/lib/history/feed.ts';
import { buildRevisionLog } from '../../../src/lib/history/revision-log.ts';
import type { DocumentVersion } from '../../../src/lib/history/versions.ts';

describe('the Atom feed of new issues', () => {
	it('lists entries newest first with escaped text', () => {
		const xml = renderAtomFeed({
			url: 'https://iso.example.vn/xa/feed.xml',
			home: 'https://iso.example.vn/xa/',
			title: 'UBND xã Minh Hòa — tài liệu mới ban hành',
			entries: [
				{
					url: 'https://iso.example.vn/xa/thu-tuc/a/lan-1/',
					title: 'QT-01 Quy trình A — lần 1',
					date: '2025-08-01',
					summary: 'Ban hành lần đầu',
				},
				{
					url: 'https://iso.example.vn/xa/thu-tuc/a/',
					title: 'QT-01 Quy trình A — lần 2',
					date: '2026-01-10',
					summary: 'Thời hạn 3 → 2 ngày & bỏ <giấy chứng sinh>',
				},
			],
		});
		expect(xml).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>https://iso.example.vn/xa/feed.xml</id>
  <title>UBND xã Minh Hòa — tài liệu mới ban hành</title>
  <updated>2026-01-10T12:00:00+07:00</updated>
  <link rel="self" type="application/atom+xml" href="https://iso.example.vn/xa/feed.xml"/>
  <link rel="alternate" type="text/html" href="https://iso.example.vn/xa/"/>
  <entry>
    <id>https://iso.example.vn/xa/thu-tuc/a/</id>
    <title>QT-01 Quy trình A — lần 2</title>
    <updated>2026-01-10T12:00:00+07:00</updated>
    <link rel="alternate" type="text/html" href="https://iso.example.vn/xa/thu-tuc/a/"/>
    <summary>Thời hạn 3 → 2 ngày &amp; bỏ &lt;giấy chứng sinh&gt;</summary>
  </entry>
  <entry>
    <id>https://iso.example.vn/xa/thu-tuc/a/lan-1/</id>
    <title>QT-01 Quy trình A — lần 1</title>
    <updated>2025-08-01T12:00:00+07:00</updated>
    <link rel="alternate" type="text/html" href="https://iso.example.vn/xa/thu-tuc/a/lan-1/"/>
    <summary>Ban hành lần đầu</summary>
  </entry>
</feed>
`);
	});
});

describe('the revision log built from issues and change notes', () => {
	const person = { name: 'A', title: 'B' };
	const version = (issue: number, issued: string, commit?: string): DocumentVersion => ({
		issue,
		body: '',
		current: false,
		...(commit === undefined ? {} : { commit, date: issued }),
		data: {
			code: 'QT-01',
			title: 'Quy trình',
			issue,
			issued,
			effective: issued,
			drafted: person,
			reviewed: person,
			approved: person,
			revisions: [],
		},
	});

	it('joins each note with the recorded issue and flags what does not match', () => {
		const rows = buildRevisionLog(
			[
				{ issue: 1, date: '2025-08-01', part: 'Toàn bộ', description: 'Ban hành lần đầu' },
				{ issue: 3, date: '2026-03-02', part: 'Mục 5', description: 'Rút ngắn thời hạn' },
			],
			[version(1, '2025-08-01', 'aaa'), version(2, '2026-01-10', 'bbb'), version(3, '2026-03-01', 'ccc')],
		);
		expect(rows).toEqual([
			{ issue: 1, date: '2025-08-01', part: 'Toàn bộ', description: 'Ban hành lần đầu', commit: 'aaa', mismatch: [] },
			{
				issue: 2,
				date: '2026-01-10',
				part: '—',
				description: '—',
				commit: 'bbb',
				mismatch: ['lần ban hành 2 có trong lịch sử nhưng chưa có dòng trong bảng theo dõi sửa đổi'],
			},
			{
				issue: 3,
				date: '2026-03-02',
				part: 'Mục 5',
				description: 'Rút ngắn thời hạn',
				commit: 'ccc',
				mismatch: ['ngày ghi trong bảng khác ngày ban hành của lần 3'],
			},
		]);
	});
});
