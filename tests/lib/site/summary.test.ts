import { describe, expect, it } from 'vitest';
import { summarizeProcedure } from '../../../src/lib/site/summary.ts';
import { fixtureSite } from './fixture.ts';

const TODAY = '2026-11-22';

describe('summarizeProcedure', () => {
	it('gives a citizen the time, fee, papers, place, methods and online level of the fixture procedure', async () => {
		const { procedure, tthc } = await fixtureSite();
		expect(summarizeProcedure(procedure, tthc, TODAY)).toEqual({
			time: '3 ngày làm việc',
			start: 'Kể từ ngày nhận đủ hồ sơ hợp lệ.',
			timeCases: [],
			fee: 'Miễn phí',
			fees: [
				{ name: 'Lệ phí đăng ký khai sinh', amount: 'Miễn phí', free: true, upcoming: false, note: 'Miễn lệ phí khi đăng ký đúng hạn' },
			],
			dossier: ['Tờ khai đăng ký khai sinh (bản chính)', 'Giấy chứng sinh (bản chính)'],
			dossierSets: '01 bộ',
			reception: 'Trung tâm Phục vụ hành chính công xã Minh Hòa',
			methods: ['Nộp trực tiếp', 'Nộp trực tuyến'],
			tthc: [
				{
					code: '1.001193',
					name: 'Đăng ký khai sinh',
					online: 'Dịch vụ công trực tuyến toàn trình',
					fullyOnline: true,
					field: 'Hộ tịch',
					levels: 'Cấp xã',
				},
			],
			result: 'Giấy khai sinh',
			checklist: {
				required: [
					{ name: 'Tờ khai đăng ký khai sinh', copy: 'bản chính' },
					{ name: 'Giấy chứng sinh', copy: 'bản chính' },
				],
				conditional: [],
				shown: [],
			},
			online: { href: 'https://dichvucong.gov.vn/', level: 'Dịch vụ công trực tuyến toàn trình', portal: true, codes: ['1.001193'] },
		});
	});

	it("gives the range of the cases' times and each case's time", async () => {
		const { procedure, tthc } = await fixtureSite();
		const step = { action: 'Xử lý', role: 'Chuyên viên', time: 1, outputs: [] };
		const withCases = {
			...procedure,
			steps: undefined,
			days: undefined,
			cases: [
				{ name: 'Thông thường', days: 1, steps: [step] },
				{ name: 'Cần xác minh', days: 5, steps: [step] },
			],
		};
		const summary = summarizeProcedure(withCases, tthc, TODAY);
		expect(summary.time).toBe('1 – 5 ngày làm việc');
		expect(summary.timeCases).toEqual([
			{ name: 'Thông thường', time: '1 ngày làm việc' },
			{ name: 'Cần xác minh', time: '5 ngày làm việc' },
		]);
	});

	it('says so when a TTHC code is not in the catalogue, and counts copies above one', async () => {
		const { procedure } = await fixtureSite();
		const summary = summarizeProcedure(
			{ ...procedure, dossier: [{ name: 'Ảnh 4x6', copy: 'ban-chinh', count: 2, need: 'bat-buoc' }] },
			new Map(),
			TODAY,
		);
		expect(summary.tthc).toEqual([
			{ code: '1.001193', name: 'Quy trình đăng ký khai sinh', online: 'Chưa có thông tin dịch vụ công trực tuyến', fullyOnline: false },
		]);
		expect(summary.dossier).toEqual(['Ảnh 4x6 (bản chính, 02 bản)']);
		expect(summary.online).toEqual({ href: 'https://dichvucong.gov.vn/', level: 'Nộp trực tuyến', portal: true, codes: ['1.001193'] });
	});

	it('offers no online service to a procedure that takes no online dossier', async () => {
		const { procedure, tthc } = await fixtureSite();
		expect(summarizeProcedure({ ...procedure, methods: ['truc-tiep'] }, tthc, TODAY).online).toBeUndefined();
	});

	it('links the online service address the catalogue gives a TTHC, and names its levels', async () => {
		const { procedure, tthc } = await fixtureSite();
		const entry = tthc.get('1.001193');
		if (entry === undefined) throw new Error('fixture TTHC missing');
		const catalogue = new Map([
			[
				'1.001193',
				{
					...entry,
					level: ['cap-tinh', 'cap-xa'] as const,
					url: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193',
				},
			],
		]);
		const summary = summarizeProcedure(procedure, catalogue as never, TODAY);
		expect(summary.online).toEqual({
			href: 'https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.001193',
			level: 'Dịch vụ công trực tuyến toàn trình',
			portal: false,
			codes: ['1.001193'],
		});
		expect(summary.tthc[0]?.levels).toBe('Cấp tỉnh, cấp xã');
	});

	it('leaves out the fee, result and checklist a procedure does not state, and says the online level is unknown when the catalogue does not give it', async () => {
		const { procedure, tthc } = await fixtureSite();
		const entry = tthc.get('1.001193');
		if (entry === undefined) throw new Error('fixture TTHC missing');
		const { online: _online, ...unknown } = entry;
		const summary = summarizeProcedure(
			{ ...procedure, fees: undefined, result: undefined, dossier: undefined },
			new Map([['1.001193', unknown]]),
			TODAY,
		);
		expect([summary.fee, summary.result, summary.checklist, summary.fees, summary.dossier]).toEqual([
			undefined,
			undefined,
			undefined,
			[],
			[],
		]);
		expect(summary.tthc[0]?.online).toBe('Chưa có thông tin dịch vụ công trực tuyến');
		expect(summary.online).toEqual({ href: 'https://dichvucong.gov.vn/', level: 'Nộp trực tuyến', portal: true, codes: ['1.001193'] });
		expect(summarizeProcedure({ ...procedure, fees: 'khong' }, tthc, TODAY).fee).toBe('Không thu');
	});

	it('leaves out the place and methods a procedure does not state, and offers no online service then', async () => {
		const { procedure, tthc } = await fixtureSite();
		const summary = summarizeProcedure({ ...procedure, reception: undefined, methods: undefined }, tthc, TODAY);
		expect([summary.reception, summary.methods, summary.online]).toEqual([undefined, [], undefined]);
	});

	it('says when the time starts: a complete dossier unless the procedure says otherwise, and in clock hours when so written', async () => {
		const { procedure, tthc } = await fixtureSite();
		const summary = summarizeProcedure(
			{ ...procedure, days: undefined, hours: 12, clock: true, from: 'từ khi nhận thông tin' },
			tthc,
			TODAY,
		);
		expect([summary.time, summary.start]).toEqual(['12 giờ (tính liên tục, kể cả ngày nghỉ)', 'Từ khi nhận thông tin.']);
	});
});
