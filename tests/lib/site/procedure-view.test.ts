import { describe, expect, it } from 'vitest';
import { procedureView } from '../../../src/lib/site/procedure-view.ts';
import { fixtureSite } from './fixture.ts';

describe('procedureView', () => {
	it('links dossier papers to their forms (the printable page of a Markdown form) and gives the control facts with Vietnamese dates', async () => {
		const { procedure, tthc, legal } = await fixtureSite();
		const view = procedureView(procedure, { base: '/xa/', agency: 'xa-minh-hoa', tthc, legal, today: '2026-11-22' });
		expect(view.dossier).toEqual([
			{
				number: 1,
				name: 'Tờ khai đăng ký khai sinh',
				copy: 'Bản chính',
				count: '01',
				form: { label: 'BM-01', href: '/xa/xa-minh-hoa/bieu-mau/in/bm-01/' },
			},
			{ number: 2, name: 'Giấy chứng sinh', copy: 'Bản chính', count: '01' },
		]);
		expect(view.forms).toEqual([
			{
				code: 'BM-01',
				title: 'Tờ khai đăng ký khai sinh',
				type: 'MD',
				href: '/xa/xa-minh-hoa/bieu-mau/bm-01.md',
				view: '/xa/xa-minh-hoa/bieu-mau/in/bm-01/',
			},
		]);
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

	it('says which papers are conditional or only shown, names the legal source of a form with no file, and leaves out what is not stated', async () => {
		const { procedure, tthc, legal } = await fixtureSite();
		const migrated = {
			...procedure,
			drafted: undefined,
			reviewed: undefined,
			dossier: [
				{ name: 'Tờ khai', copy: 'ban-chinh' as const, count: 1, need: 'bat-buoc' as const, form: 'TK-01' },
				{ name: 'Văn bản ủy quyền', copy: 'ban-chinh' as const, count: 1, need: 'theo-truong-hop' as const, note: 'Chỉ nộp khi ủy quyền' },
				{ name: 'Căn cước', copy: 'ban-chinh' as const, count: 1, need: 'xuat-trinh' as const },
			],
			forms: [{ code: 'TK-01', title: 'Tờ khai đăng ký khai sinh', source: 'Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP' }],
		};
		const view = procedureView(migrated, { base: '/xa/', agency: 'xa-minh-hoa', tthc, legal, today: '2026-11-22' });
		expect(view.dossier).toEqual([
			{ number: 1, name: 'Tờ khai', copy: 'Bản chính', count: '01', form: { label: 'TK-01' } },
			{
				number: 2,
				name: 'Văn bản ủy quyền',
				copy: 'Bản chính',
				count: '01',
				need: 'Chỉ nộp khi thuộc trường hợp ghi chú',
				note: 'Chỉ nộp khi ủy quyền',
			},
			{ number: 3, name: 'Căn cước', copy: 'Bản chính', count: '01', need: 'Xuất trình để đối chiếu, không nộp' },
		]);
		expect(view.forms).toEqual([
			{ code: 'TK-01', title: 'Tờ khai đăng ký khai sinh', type: '', source: 'Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP' },
		]);
		expect(view.control.signers).toEqual([
			{ role: 'Người soạn thảo' },
			{ role: 'Người xem xét' },
			{ role: 'Người phê duyệt', name: 'Nguyễn Văn An', title: 'Chủ tịch UBND xã' },
		]);
		expect(
			procedureView({ ...procedure, dossier: undefined }, { base: '/xa/', agency: 'xa-minh-hoa', tthc, legal, today: '2026-11-22' })
				.dossier,
		).toBeUndefined();
	});

	it('shows no kind of copy the source does not give, lists a form known only by its title, and tells unstated forms from none', async () => {
		const { procedure, tthc, legal } = await fixtureSite();
		const context = { base: '/xa/', agency: 'xa-minh-hoa', tthc, legal, today: '2026-11-22' };
		const ward = {
			...procedure,
			dossier: [{ name: 'Tờ khai', count: 1, need: 'theo-truong-hop' as const, note: 'Nếu nộp trực tiếp' }],
			forms: [{ title: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' }],
		};
		const view = procedureView(ward, context);
		expect(view.dossier).toEqual([
			{ number: 1, name: 'Tờ khai', count: '01', need: 'Chỉ nộp khi thuộc trường hợp ghi chú', note: 'Nếu nộp trực tiếp' },
		]);
		expect(view.summary.dossier).toEqual(['Tờ khai']);
		expect(view.forms).toEqual([{ title: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', type: '' }]);
		expect(procedureView({ ...procedure, forms: undefined }, context).forms).toBeUndefined();
		expect(procedureView({ ...procedure, forms: 'khong' as const }, context).forms).toEqual([]);
	});
});
