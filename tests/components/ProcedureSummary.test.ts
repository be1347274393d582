import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LegalDocument, TthcEntry } from '../../schemas/index.ts';
import { loadCorpus } from '../../src/lib/load/index.ts';
import { procedureView } from '../../src/lib/site/procedure-view.ts';
import { validateCorpus } from '../../src/lib/validate/index.ts';
import { componentRenderer, type ComponentRenderer } from '../helpers/component.ts';

/** A real ward procedure under TCVN ISO 9001:2015; its source is cited in the procedure file. */
const REAL_WARD = fileURLToPath(new URL('../fixtures/real-ward/', import.meta.url));

/** The text of an HTML fragment: tags removed, whitespace collapsed. */
function text(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

async function realWard() {
	const corpus = await loadCorpus(REAL_WARD);
	const folder = corpus.agencies[0];
	const procedure = folder?.procedures[0]?.data;
	const agency = folder?.agency?.data;
	if (procedure === undefined || agency === undefined) throw new Error('real-ward fixture is incomplete');
	const tthc = new Map<string, TthcEntry>(corpus.tthc.map((doc) => [doc.data.code, doc.data]));
	const legal = new Map<string, LegalDocument>(corpus.legal.map((doc) => [doc.data.number, doc.data]));
	return { corpus, procedure, agency, view: procedureView(procedure, { base: '/', agency: agency.id, tthc, legal, today: '2026-06-30' }) };
}

describe('a real ward civil-status procedure', () => {
	let renderer: ComponentRenderer;
	beforeAll(async () => {
		renderer = await componentRenderer();
	});
	afterAll(() => renderer.close());

	it('validates with no finding on the procedure itself', async () => {
		const { corpus } = await realWard();
		const findings = validateCorpus(corpus, { asOf: '2026-06-30' });
		expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
		expect(findings.filter((finding) => finding.file.endsWith('cap-giay-xac-nhan-tinh-trang-hon-nhan.md'))).toEqual([]);
	});

	it('gives the time of each case, the fee of each method with its exemptions, and its papers only as conditional or shown', async () => {
		const { view, agency } = await realWard();
		const html = text(
			await renderer.render('/src/components/ProcedureSummary.astro', { summary: view.summary, contact: agency.contact }, ''),
		);
		expect(html).toContain(
			'Hồ sơ cần mang (01 bộ) Nộp thêm nếu thuộc trường hợp: Tờ khai cấp Giấy xác nhận tình trạng hôn nhân nếu người yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp hoặc gửi hồ sơ qua hệ thống bưu chính Mẫu điện tử tương tác',
		);
		expect(html).toContain(
			'không phải chứng thực. Mang theo để xuất trình, không phải nộp: Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước',
		);
		expect(html).toContain('Thời hạn giải quyết 3 – 23 ngày làm việc Không xác minh: 3 ngày làm việc Có xác minh: 23 ngày làm việc');
		expect(html).toContain(
			'Phí, lệ phí 8.000 – 10.000 đồng Chi tiết 2 khoản thu Lệ phí: 10.000 đồng khi nộp trực tiếp Miễn cho: người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người cao tuổi; người khuyết tật; đồng bào dân tộc thiểu số ở các xã có điều kiện kinh tế - xã hội đặc biệt khó khăn (áp dụng tại 43 xã, phường tại Phụ lục 3 kèm theo) Lệ phí: 8.000 đồng khi nộp trực tuyến',
		);
		expect(html).not.toContain('Không thu');
		expect(html).toContain('Chưa có thông tin dịch vụ công trực tuyến Mã thủ tục: 1.004873 · Cấp xã');
	});

	it('names the three signers of the source in the document control', async () => {
		const { view } = await realWard();
		const html = await renderer.render('/src/components/DocumentControl.astro', { control: view.control }, '');
		expect(text(html)).toContain(
			'Người soạn thảo Võ Thị Huyền Trang Chuyên viên Người xem xét Nguyễn Thị Phương Thu Trưởng phòng Người phê duyệt Hồ Minh Hải Phó Giám đốc Sở Tư pháp',
		);
	});
});

describe('the citizen summary of a stated procedure', () => {
	let renderer: ComponentRenderer;
	beforeAll(async () => {
		renderer = await componentRenderer();
	});
	afterAll(() => renderer.close());

	it("groups conditional and shown papers, gives a fee per copy with its period and exemptions, and links the TTHC's own online address", async () => {
		const { procedure, agency, corpus } = await realWard();
		const tthc = new Map<string, TthcEntry>(
			corpus.tthc.map((doc) => [
				doc.data.code,
				{
					...doc.data,
					level: ['cap-tinh', 'cap-xa'],
					online: 'toan-trinh',
					url: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004873',
				},
			]),
		);
		const stated = {
			...procedure,
			methods: ['truc-tiep', 'truc-tuyen'] as const,
			dossier: [
				{ name: 'Tờ khai đăng ký khai sinh', copy: 'ban-chinh' as const, count: 1, need: 'bat-buoc' as const },
				{ name: 'Văn bản ủy quyền', copy: 'ban-chinh' as const, count: 1, need: 'theo-truong-hop' as const, note: 'Chỉ nộp khi ủy quyền' },
				{ name: 'Giấy tờ tùy thân', copy: 'ban-chinh' as const, count: 1, need: 'xuat-trinh' as const },
			],
			fees: [
				{
					name: 'Lệ phí cấp bản sao trích lục',
					amount: 5600,
					unit: 'bản',
					until: '2026-12-31',
					exempt: ['Người thuộc hộ nghèo'],
					note: 'Giảm 30 %',
				},
				{ name: 'Lệ phí cấp bản sao trích lục', amount: 8000, unit: 'bản', from: '2027-01-01' },
			],
		};
		const view = procedureView(
			{ ...stated, methods: [...stated.methods] },
			{ base: '/', agency: agency.id, tthc, legal: new Map(), today: '2026-06-30' },
		);
		const html = text(
			await renderer.render('/src/components/ProcedureSummary.astro', { summary: view.summary, contact: agency.contact }, ''),
		);
		expect(html).toContain('Nộp hồ sơ trực tuyến Dịch vụ công trực tuyến toàn trình · Mã thủ tục: 1.004873');
		expect(html).toContain(
			'Hồ sơ cần mang (01 bộ) Tờ khai đăng ký khai sinh (bản chính) Nộp thêm nếu thuộc trường hợp: Văn bản ủy quyền (bản chính) Chỉ nộp khi ủy quyền Mang theo để xuất trình, không phải nộp: Giấy tờ tùy thân (bản chính)',
		);
		expect(html).toContain(
			'Phí, lệ phí 5.600 đồng/bản Chi tiết 2 khoản thu Lệ phí cấp bản sao trích lục: 5.600 đồng/bản , đến hết ngày 31/12/2026 Miễn cho: Người thuộc hộ nghèo (Giảm 30 %) Lệ phí cấp bản sao trích lục: 8.000 đồng/bản , áp dụng từ ngày 01/01/2027',
		);
		expect(html).toContain('Mã thủ tục: 1.004873 · Cấp tỉnh, cấp xã');
		const raw = await renderer.render('/src/components/ProcedureSummary.astro', { summary: view.summary, contact: agency.contact }, '');
		expect(raw).toContain('href="https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004873"');
	});

	it("links each TTHC's own online address when a procedure covers several", async () => {
		const { procedure, agency, corpus } = await realWard();
		const [entry] = corpus.tthc.map((doc) => doc.data);
		if (entry === undefined) throw new Error('real-ward catalogue is empty');
		const tthc = new Map<string, TthcEntry>([
			['1.004873', { ...entry, online: 'toan-trinh', url: 'https://dichvucong.cantho.gov.vn/xac-nhan-tinh-trang-hon-nhan' }],
			[
				'1.001190',
				{
					...entry,
					code: '1.001190',
					name: 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con',
					online: 'mot-phan',
					url: 'https://dichvucong.hanoi.gov.vn/khai-sinh-nhan-cha-me-con',
				},
			],
		]);
		const view = procedureView(
			{ ...procedure, tthc: ['1.004873', '1.001190'], methods: ['truc-tiep', 'truc-tuyen'] },
			{ base: '/', agency: agency.id, tthc, legal: new Map(), today: '2026-06-30' },
		);
		const raw = await renderer.render('/src/components/ProcedureSummary.astro', { summary: view.summary, contact: agency.contact }, '');
		expect([...raw.matchAll(/<a class="online-link" href="([^"]+)"/g)].map((match) => match[1])).toEqual([
			'https://dichvucong.cantho.gov.vn/xac-nhan-tinh-trang-hon-nhan',
		]);
		expect(
			[...raw.matchAll(/<a href="([^"]+)" rel="noopener noreferrer">Nộp trực tuyến: ([^<]+)<\/a>/g)].map(
				(match) => `${match[2]} ${match[1]}`,
			),
		).toEqual([
			'Cấp Giấy xác nhận tình trạng hôn nhân https://dichvucong.cantho.gov.vn/xac-nhan-tinh-trang-hon-nhan',
			'Đăng ký khai sinh kết hợp nhận cha, mẹ, con https://dichvucong.hanoi.gov.vn/khai-sinh-nhan-cha-me-con',
		]);
	});
});
