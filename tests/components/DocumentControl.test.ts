import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlView } from '../../src/lib/site/procedure-view.ts';
import { componentRenderer, type ComponentRenderer } from '../helpers/component.ts';
import { text } from '../helpers/html.ts';

const CONTROL: ControlView = {
	code: 'QT 33/CX-HCTP',
	issue: 1,
	issued: '07/07/2025',
	effective: '07/07/2025',
	signers: [
		{ role: 'Người soạn thảo', name: 'Lê Thị Hoa', title: 'Chuyên viên' },
		{ role: 'Người xem xét' },
		{ role: 'Người phê duyệt', name: 'Nguyễn Văn An', title: 'Chủ tịch UBND xã' },
	],
	revisions: [],
};

describe('the document-control block', () => {
	let renderer: ComponentRenderer;
	beforeAll(async () => {
		renderer = await componentRenderer();
	});
	afterAll(() => renderer.close());

	it('says a first issue has no change yet instead of an empty revision table, and names an unstated reviewer as such', async () => {
		const html = await renderer.render('/src/components/DocumentControl.astro', { control: CONTROL }, '');
		expect(text(html)).toContain('Người xem xét Chưa có thông tin Người phê duyệt Nguyễn Văn An Chủ tịch UBND xã');
		expect(text(html)).toContain('Bảng theo dõi sửa đổi Chưa có sửa đổi: tài liệu đang ở lần ban hành đầu tiên.');
		expect(html).not.toContain('Các lần sửa đổi, bổ sung tài liệu');
	});

	it('shows the revision rows when the log has some', async () => {
		const control = { ...CONTROL, revisions: [{ issue: 1, date: '07/07/2025', part: 'Toàn bộ', description: 'Ban hành lần đầu' }] };
		const html = await renderer.render('/src/components/DocumentControl.astro', { control }, '');
		expect(text(html)).toContain('Các lần sửa đổi, bổ sung tài liệu');
		expect(text(html)).toContain('1 07/07/2025 Toàn bộ Ban hành lần đầu');
		expect(html).not.toContain('Chưa có sửa đổi');
		expect(html).not.toContain('Bảng bắt đầu');
	});

	it('says where a log migrated from Word starts', async () => {
		const control = {
			...CONTROL,
			issue: 5,
			revisions: [{ issue: 5, date: '10/01/2026', part: 'Toàn bộ', description: 'Chuyển từ bản Word' }],
			logStartsAt: 5,
		};
		const html = await renderer.render('/src/components/DocumentControl.astro', { control }, '');
		expect(text(html)).toContain(
			'Bảng theo dõi sửa đổi Bảng bắt đầu từ lần ban hành 5; các lần ban hành trước được theo dõi ngoài hệ thống này.',
		);
	});
});
