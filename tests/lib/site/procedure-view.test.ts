import { describe, expect, it } from 'vitest';
import { procedureView } from '../../../src/lib/site/procedure-view.ts';
import { fixtureSite } from './fixture.ts';

describe('procedureView', () => {
	it('links dossier papers to their forms (the printable page of a Markdown form) and gives the control facts with Vietnamese dates', async () => {
		const { procedure, tthc, legal } = await fixtureSite();
		const view = procedureView(procedure, { base: '/xa/', agency: 'xa-minh-hoa', tthc, legal });
		expect(view.dossier).toEqual([
			{ number: 1, name: 'Tờ khai đăng ký khai sinh', copy: 'Bản chính', count: '01', form: { code: 'BM-01', href: '/xa/xa-minh-hoa/bieu-mau/in/bm-01/' } },
			{ number: 2, name: 'Giấy chứng sinh', copy: 'Bản chính', count: '01' },
		]);
		expect(view.forms).toEqual([{ code: 'BM-01', title: 'Tờ khai đăng ký khai sinh', type: 'MD', href: '/xa/xa-minh-hoa/bieu-mau/bm-01.md', view: '/xa/xa-minh-hoa/bieu-mau/in/bm-01/' }]);
		expect(view.legal.map((row) => `${row.number}: ${row.status}`)).toEqual(['60/2014/QH13: Còn hiệu lực', '123/2015/NĐ-CP: Còn hiệu lực']);
		expect(view.control).toEqual({
			code: 'QT-MH-01',
			issue: 1,
			issued: '01/08/2025',
			effective: '05/08/2025',
			signers: [
				{ role: 'Người soạn thảo', name: 'Lê Thị Hoa', title: 'Công chức Văn phòng - Thống kê' },
				{ role: 'Người xem xét', name: 'Trần Văn Bình', title: 'Phó Chủ tịch UBND xã' },
				{ role: 'Người phê duyệt', name: 'Nguyễn Văn An', title: 'Chủ tịch UBND xã' },
			],
			revisions: [{ issue: 1, date: '01/08/2025', part: 'Toàn bộ', description: 'Ban hành lần đầu' }],
		});
	});
});
