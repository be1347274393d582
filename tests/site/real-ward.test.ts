import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines, scratchCorpus, type ScratchCorpus } from '../helpers/corpus.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { text } from '../helpers/html.ts';

const REAL_WARD = fileURLToPath(new URL('../fixtures/real-ward/', import.meta.url));
const AGENCY = 'phuong-soc-trang';
const NAME = 'Ủy ban nhân dân phường Sóc Trăng';

let corpus: ScratchCorpus;
let site: BuiltSite;
let html: string;

beforeAll(async () => {
	corpus = await scratchCorpus(REAL_WARD);
	// The fixture's README describes its source; it is no file of a corpus.
	await corpus.remove('README.md');
	site = await buildSite({ content: corpus.root });
	html = await readFile(join(site.dir, `${AGENCY}/thu-tuc/cap-giay-xac-nhan-tinh-trang-hon-nhan/index.html`), 'utf8');
}, 180_000);

afterAll(async () => {
	await site.dispose();
	await corpus.dispose();
});

/** Every step table of a page (one per case), each as rows of cells joined with " | ". */
function stepTables(page: string): string[][] {
	return [...page.matchAll(/<table class="steps">([\s\S]*?)<\/table>/g)].map((table) =>
		[...(table[1] ?? '').matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
			[...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? '')).join(' | '),
		),
	);
}

/** The five steps of QT 33/CX-HCTP with one of its two time columns. */
const steps = (times: readonly string[]) => [
	'Bước | Nội dung công việc | Trách nhiệm | Thời gian | Biểu mẫu, kết quả',
	`1 | Tiếp nhận hồ sơ kiểm tra tính pháp lý và nội dung hồ sơ: - Phù hợp, thì tiến hành xử lý/giải quyết; - Chưa phù hợp thì hướng dẫn làm lại hồ sơ. | Cán bộ tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công | ${times[0]} | —`,
	`2 | Thẩm tra hồ sơ (thẩm tra tính thống nhất, hợp lệ của các thông tin trong hồ sơ, giấy tờ, tài liệu do người yêu cầu nộp, xuất trình hoặc đính kèm). | Công chức Tư pháp - Hộ tịch | ${times[1]} | —`,
	`3 | - Xem xét hồ sơ, nếu: + Không hợp lệ: chuyển trả lại cho công chức thụ lý chỉnh sửa/ bổ sung hoặc giải trình; + Hợp lệ: Ký duyệt hồ sơ, chuyển cho Văn phòng đóng dấu. | Lãnh đạo UBND | ${times[2]} | —`,
	`4 | - Đóng dấu văn bản. | Văn thư UBND | ${times[3]} | —`,
	`5 | - Ghi vào Sổ cấp giấy xác nhận tình trạng hôn nhân. - Hoàn trả kết quả giải quyết thủ tục hành chính; yêu cầu người nhận kết quả nộp tiền. | Cán bộ tiếp nhận hồ sơ tại TTPVHCC | ${times[4]} | —`,
	`Tổng thời gian giải quyết | ${times[5]}`,
];

const EXEMPT =
	'Miễn cho: người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người cao tuổi; người khuyết tật; đồng bào dân tộc thiểu số ở các xã có điều kiện kinh tế - xã hội đặc biệt khó khăn (áp dụng tại 43 xã, phường tại Phụ lục 3 kèm theo)';

describe('a real ward civil-status procedure (Cần Thơ, QT 33/CX-HCTP)', () => {
	it('validates with only the ward’s missing quality-system records; its revision log, empty at issue 01, draws no finding', async () => {
		expect(lines(await corpus.validate())).toEqual([
			`agencies/${AGENCY}/agency.yaml:6:1 compliance audit-overdue ${NAME} chưa ghi nhận lần đánh giá nội bộ nào. Tổ chức đánh giá nội bộ (ít nhất mỗi năm một lần) và ghi vào "audits" trong agency.yaml.`,
			`agencies/${AGENCY}/agency.yaml:6:1 compliance objectives-missing ${NAME} chưa có mục tiêu chất lượng năm 2026. Tạo tệp agencies/${AGENCY}/objectives/2026.md.`,
			`agencies/${AGENCY}/agency.yaml:6:1 compliance policy-missing ${NAME} chưa có chính sách chất lượng. Tạo tệp agencies/${AGENCY}/policy.md.`,
			`agencies/${AGENCY}/agency.yaml:6:1 compliance redeclaration-due ${NAME} chưa công bố HTQLCL phù hợp TCVN ISO 9001:2015. Công bố bằng quyết định của người đứng đầu và ghi vào "declarations" trong agency.yaml.`,
			`agencies/${AGENCY}/agency.yaml:6:1 compliance review-overdue ${NAME} chưa ghi nhận lần họp xem xét của lãnh đạo nào. Tổ chức họp xem xét của lãnh đạo (ít nhất mỗi năm một lần) và ghi vào "reviews" trong agency.yaml.`,
		]);
	});

	it('shows one step table per case, the source’s two time columns: 3 working days without verification, 23 with', () => {
		expect(stepTables(html)).toEqual([
			steps(['0,5 ngày', '1 ngày', '0,5 ngày', '0,5 ngày', '0,5 ngày', '3 ngày làm việc']),
			steps(['1 ngày', '20 ngày', '1 ngày', '0,5 ngày', '0,5 ngày', '23 ngày làm việc']),
		]);
		expect(text(html)).toContain('Trường hợp 1: Không xác minh (3 ngày làm việc)');
		expect(text(html)).toContain('Trường hợp 2: Có xác minh (23 ngày làm việc)');
		expect(text(/<dd class="fact-value">([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '')).toBe('3 – 23 ngày làm việc');
		expect(text(/<dd class="fact-note">([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '')).toBe(
			'Không xác minh: 3 ngày làm việc Có xác minh: 23 ngày làm việc',
		);
	});

	it('gives the Phụ lục 3 fee per method with its exempted groups, and says its reception is not stated', () => {
		const page = text(html);
		expect(page).toContain(
			`Phí, lệ phí 8.000 – 10.000 đồng Chi tiết 2 khoản thu Lệ phí: 10.000 đồng khi nộp trực tiếp ${EXEMPT} Lệ phí: 8.000 đồng khi nộp trực tuyến ${EXEMPT} Nơi nộp hồ sơ và nhận kết quả Chưa có thông tin.`,
		);
		expect(page).toContain('Cách thức nộp hồ sơ Nộp trực tiếp · Qua bưu chính công ích · Nộp trực tuyến');
		expect(page).not.toContain('Không thu');
	});

	it('sorts the papers of section 5.a into the checklist’s groups in the source’s words, a kind of copy only where the source gives one', () => {
		const checklist = /<h3 id="ho-so-can-mang"[^>]*>([\s\S]*?)<p class="checklist-more">/.exec(html)?.[1] ?? '';
		const groups = [...checklist.matchAll(/<p class="checklist-group">([^<]*)<\/p><ul class="checklist">([\s\S]*?)<\/ul>/g)].map(
			(group) => [
				group[1],
				[...(group[2] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((item) =>
					text((item[1] ?? '').replace('<span class="cell-note">', ' | ')),
				),
			],
		);
		expect(text(checklist.slice(0, checklist.indexOf('<p')))).toBe('Hồ sơ cần mang (01 bộ)');
		// No paper is required of every applicant: the two groups are the only lists, with no empty one above them.
		expect(checklist.split('<ul').length - 1).toBe(2);
		expect(groups).toEqual([
			[
				'Nộp thêm nếu thuộc trường hợp:',
				[
					'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân | nếu người yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp hoặc gửi hồ sơ qua hệ thống bưu chính',
					'Mẫu điện tử tương tác cấp Giấy xác nhận tình trạng hôn nhân | do người yêu cầu cung cấp thông tin theo hướng dẫn trên Cổng dịch vụ công nếu người yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến',
					'Giấy tờ hợp lệ để chứng minh (bản chính hoặc bản sao) | Trường hợp người yêu cầu cấp Giấy xác nhận tình trạng hôn nhân đã có vợ hoặc chồng nhưng đã ly hôn hoặc người vợ/chồng đã chết thì phải xuất trình (bản chính) hoặc nộp bản sao giấy tờ hợp lệ để chứng minh',
					'Trích lục ghi chú ly hôn (bản sao) | Công dân Việt Nam đã ly hôn, hủy việc kết hôn ở nước ngoài thì phải nộp bản sao Trích lục ghi chú ly hôn.',
					'Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó | Trường hợp cá nhân yêu cầu cấp lại Giấy xác nhận tình trạng hôn nhân để sử dụng vào mục đích khác hoặc do Giấy xác nhận tình trạng hôn nhân đã hết thời hạn sử dụng theo quy định thì phải nộp lại Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó.',
					'Văn bản ủy quyền theo quy định của pháp luật | trong trường hợp ủy quyền thực hiện việc cấp Giấy xác nhận tình trạng hôn nhân. Trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền thì văn bản ủy quyền không phải chứng thực.',
				],
			],
			[
				'Mang theo để xuất trình, không phải nộp:',
				[
					'Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng để chứng minh về nhân thân của người yêu cầu cấp Giấy xác nhận tình trạng hôn nhân | Trường hợp các thông tin cá nhân trong các giấy tờ này đã có trong CSDLQGVDC, CSDLHTĐT, được hệ thống điền tự động thì không phải tải lên (theo hình thức trực tuyến)',
					'Giấy tờ có giá trị chứng minh thông tin về cư trú | trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP ngày 21/12/2022 của Chính phủ. Trường hợp các thông tin về giấy tờ chứng minh nơi cư trú đã được khai thác từ CSDLQGVDC bằng các phương thức này thì người yêu cầu không phải xuất trình (theo hình thức trực tiếp) hoặc tải lên (theo hình thức trực tuyến).',
				],
			],
		]);
		expect(html).not.toContain('()');
		expect(html).not.toContain('undefined');
	});

	it('points the declaration and the electronic form of section 5.a at their forms by title, and says the other papers have none', () => {
		const table = /<caption>Thành phần hồ sơ[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
		const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((row) => {
			const cells = [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? ''));
			return `${cells[0] ?? ''} | ${cells[4] ?? ''}`;
		});
		expect(rows).toEqual([
			'1 | Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
			'2 | Mẫu điện tử tương tác cấp Giấy xác nhận tình trạng hôn nhân',
			'3 | Không có mẫu',
			'4 | Không có mẫu',
			'5 | Không có mẫu',
			'6 | Không có mẫu',
			'7 | Không có mẫu',
			'8 | Không có mẫu',
		]);
	});

	it('lists the two forms of section 5.h by title alone, with no code and no link', () => {
		const forms = /<section aria-labelledby="bieu-mau">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
		expect(forms).toBe(
			'<h2 id="bieu-mau">Biểu mẫu</h2><ul class="forms"><li><span>Tờ khai cấp Giấy xác nhận tình trạng hôn nhân</span></li><li><span>Mẫu điện tử tương tác cấp Giấy xác nhận tình trạng hôn nhân</span></li></ul>',
		);
	});

	it('shows the conditions, result and records as the source words them, the khai sinh rows of its section 7 included', () => {
		const page = text(html);
		expect(page).toContain(
			'Đối tượng thực hiện Cá nhân Yêu cầu, điều kiện Trường hợp yêu cầu xác nhận tình trạng hôn nhân nhằm mục đích kết hôn thì người yêu cầu phải đáp ứng đủ điều kiện kết hôn: Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên; Việc kết hôn do nam và nữ tự nguyện quyết định; Không bị mất năng lực hành vi dân sự; Việc kết hôn không thuộc một trong các trường hợp cấm kết hôn, gồm: + Kết hôn giả tạo, ly hôn giả tạo;',
		);
		expect(page).toContain(
			'Nhà nước không thừa nhận hôn nhân giữa những người cùng giới tính. Trường hợp yêu cầu cấp Giấy xác nhận tình trạng hôn nhân để sử dụng vào mục đích khác, không phải để đăng ký kết hôn, thì người yêu cầu không phải đáp ứng điều kiện kết hôn. Kết quả giải quyết - Giấy xác nhận tình trạng hôn nhân (bản chính). - Bản điện tử Giấy xác nhận tình trạng hôn nhân',
		);
		expect(page).toContain(
			'Hồ sơ cần lưu STT Tên hồ sơ Bộ phận lưu Thời gian lưu 1 Bộ hồ sơ theo Mục 5.a Ủy ban nhân dân cấp xã/Công chức Tư pháp-Hộ tịch Vĩnh viễn 2 Sổ đăng ký khai sinh Ủy ban nhân dân cấp xã/Công chức Tư pháp-Hộ tịch Vĩnh viễn 3 Kết quả giải quyết thủ tục hành chính: Giấy khai sinh (bản photo) Ủy ban nhân dân cấp xã/Công chức Tư pháp Hộ tịch Vĩnh viễn',
		);
	});

	it('shows the document control of the Sở’s model: code, issue 01 of 07/7/2025 and its three signers', () => {
		const page = text(html);
		expect(page).toContain(`${NAME} · Mã hiệu QT 33/CX-HCTP, lần ban hành 1, hiệu lực từ 07/07/2025`);
		expect(page).toContain(
			'Mã hiệu QT 33/CX-HCTP Lần ban hành 1 Ngày ban hành 07/07/2025 Ngày hiệu lực 07/07/2025 Trách nhiệm soạn thảo, xem xét, phê duyệt Trách nhiệm Họ và tên Chức vụ Người soạn thảo Võ Thị Huyền Trang Chuyên viên Người xem xét Nguyễn Thị Phương Thu Trưởng phòng Người phê duyệt Hồ Minh Hải Phó Giám đốc Sở Tư pháp',
		);
	});

	it('lists its legal bases in the order of section 5.k', () => {
		const bases = /<section aria-labelledby="can-cu">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
		expect([...bases.matchAll(/<th scope="row" class="nowrap">([^<]*)<\/th>/g)].map((match) => match[1])).toEqual([
			'52/2014/QH13',
			'60/2014/QH13',
			'123/2015/NĐ-CP',
			'87/2020/NĐ-CP',
			'104/2022/NĐ-CP',
			'07/2025/NĐ-CP',
			'120/2025/NĐ-CP',
			'04/2020/TT-BTP',
			'01/2022/TT-BTP',
			'03/2023/TT-BTP',
			'04/2024/TT-BTP',
			'08/2025/TT-BTP',
			'281/2016/TT-BTC',
			'85/2019/TT-BTC',
			'106/2021/TT-BTC',
			'12/2023/NQ-HĐND',
			'04/2024/NQ-HĐND',
			'04/2023/NQ-HĐND',
		]);
		expect(text(bases)).toContain('52/2014/QH13 Luật Hôn nhân và gia đình năm 2014 Quốc hội, 19/06/2014');
	});

	it('shows the empty revision log of issue 01 as no change yet', () => {
		expect(text(html)).toContain('Bảng theo dõi sửa đổi Chưa có sửa đổi: tài liệu đang ở lần ban hành đầu tiên.');
		expect(html).not.toContain('Chưa khớp với lịch sử lưu trữ');
	});
});
