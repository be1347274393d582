import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import { lines, scratchCorpus, type ScratchCorpus } from '../../helpers/corpus.ts';

const PROCEDURE = 'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md';
const AGENCY = 'agencies/xa-minh-hoa/agency.yaml';
const LEGAL = 'catalogue/legal/all.yaml';

let corpus: ScratchCorpus;
beforeEach(async () => {
	corpus = await scratchCorpus();
});
afterEach(async () => {
	await corpus.dispose();
});

async function findingsOf(rule: string, asOf?: string): Promise<string[]> {
	return lines((await corpus.validate(asOf)).filter((f) => f.rule === rule));
}

describe('the valid fixture', () => {
	it('passes every rule', async () => {
		expect(await corpus.validate()).toEqual([]);
	});
});

describe('file-level rules', () => {
	it('reports YAML syntax errors at their line and column', async () => {
		await corpus.edit(PROCEDURE, 'days: 3', 'days: [3');
		expect(await findingsOf('yaml-syntax')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:24:7 error yaml-syntax Lỗi cú pháp YAML: dấu "[" mở ở đây chưa được đóng; thêm "]" ở cuối giá trị (mã BAD_INDENT). Sửa dòng này rồi chạy lại qms validate.",
			]
		`);
	});

	it('reports a Markdown file without frontmatter', async () => {
		await corpus.write('agencies/xa-minh-hoa/procedures/khong-co-frontmatter.md', '# Quy trình\n\nNội dung.\n');
		expect(await findingsOf('frontmatter-missing')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/khong-co-frontmatter.md:1:1 error frontmatter-missing Tệp Markdown phải bắt đầu bằng phần thông tin đặt giữa hai dòng "---" (mã hiệu, lần ban hành, ngày ban hành…). Thêm phần này theo mẫu trong README.",
			]
		`);
	});

	it('points schema violations at the field', async () => {
		await corpus.edit(PROCEDURE, 'time: 2\n', 'time: hai ngày\n');
		await corpus.edit(PROCEDURE, 'result: Giấy khai sinh\n', 'resutl: Giấy khai sinh\n');
		await corpus.edit(PROCEDURE, 'reception: ', 'receptoin: ');
		expect(await findingsOf('schema')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:25:1 error schema Trường không có trong mẫu: receptoin, resutl; kiểm tra chính tả hoặc xóa trường này.",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:40:5 error schema Trường "steps[1].time": ghi số ngày làm việc (0.5), "0,5 ngày làm việc", "4 giờ", "1 giờ làm việc", "không tính thời gian" hoặc "giờ hành chính".",
			]
		`);
	});

	it('warns about files outside the folder structure', async () => {
		await corpus.write('agencies/xa-minh-hoa/ghi-chu.md', 'ghi chú\n');
		expect(await findingsOf('unknown-file')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/ghi-chu.md:1:1 warning unknown-file Tệp này không nằm ở vị trí nào của cấu trúc thư mục nên không được đọc. Xem mục "Cấu trúc thư mục" trong README để đặt tệp đúng chỗ.",
			]
		`);
	});

	it('warns about text that is not NFC, at the first decomposed character', async () => {
		await corpus.edit('agencies/xa-minh-hoa/policy.md', 'Phục vụ người dân', 'Phục vụ người dân'.normalize('NFD'));
		expect(await findingsOf('text-nfc')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/policy.md:17:3 warning text-nfc Văn bản có ký tự tiếng Việt ở dạng tổ hợp (NFD), thường do sao chép từ phần mềm khác; tìm kiếm và so sánh có thể sai. Lưu lại tệp ở dạng Unicode dựng sẵn (NFC), ví dụ bằng chức năng chuyển mã của bộ gõ.",
			]
		`);
	});
});

describe('agencies and catalogues', () => {
	it('requires province.yaml', async () => {
		await corpus.remove('province.yaml');
		expect(await findingsOf('province-missing')).toMatchInlineSnapshot(`
			[
			  "province.yaml:1:1 error province-missing Chưa có tệp province.yaml (tên tỉnh, mẫu mã hiệu, thang xếp loại). Tạo tệp này ở thư mục gốc của nội dung theo mẫu trong README.",
			]
		`);
	});

	it('requires agency.yaml in every agency folder', async () => {
		await corpus.write('agencies/xa-khac/policy.md', await corpus.read('agencies/xa-minh-hoa/policy.md'));
		expect(await findingsOf('agency-missing')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-khac/agency.yaml:1:1 error agency-missing Thư mục cơ quan "xa-khac" chưa có tệp agency.yaml nên các tài liệu trong đó không được công bố. Tạo agency.yaml theo mẫu trong README.",
			]
		`);
	});

	it('requires the agency id to match its folder', async () => {
		await corpus.edit(AGENCY, 'id: xa-minh-hoa', 'id: xa-minh-hoa-cu');
		expect(await findingsOf('agency-id')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/agency.yaml:1:1 error agency-id Mã cơ quan "xa-minh-hoa-cu" khác tên thư mục "xa-minh-hoa". Đổi "id" thành "xa-minh-hoa" hoặc đổi tên thư mục cho khớp.",
			]
		`);
	});

	it('resolves parent and successor agencies', async () => {
		await corpus.edit(AGENCY, 'scope:', 'successor: xa-khong-co\nscope:');
		expect(await findingsOf('agency-unknown')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/agency.yaml:10:1 error agency-unknown Cơ quan "xa-khong-co" không tồn tại trong content/agencies/. Ghi đúng mã cơ quan (tên thư mục).",
			]
		`);
	});

	it('rejects a legal document declared twice', async () => {
		const registry = await corpus.read(LEGAL);
		await corpus.write('catalogue/legal/trung.yaml', registry);
		expect(await findingsOf('duplicate-entry')).toMatchInlineSnapshot(`
			[
			  "catalogue/legal/trung.yaml:1:3 error duplicate-entry Văn bản "60/2014/QH13" đã được khai báo trong catalogue/legal/all.yaml. Xóa một trong hai mục.",
			  "catalogue/legal/trung.yaml:6:3 error duplicate-entry Văn bản "123/2015/NĐ-CP" đã được khai báo trong catalogue/legal/all.yaml. Xóa một trong hai mục.",
			]
		`);
	});
});

describe('step times', () => {
	it('accepts hours at 8 a day and quarter days, and rejects other fractions', async () => {
		await corpus.edit(PROCEDURE, 'time: 4 giờ', 'time: 5 giờ');
		expect(await findingsOf('step-time-quarter')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:43:5 error step-time-quarter Bước 3 ghi thời gian "5 giờ" (0,625 ngày): thời gian tính theo bậc 1/4 ngày làm việc (0,25; 0,5; 0,75; 1 … hoặc 2, 4, 6 giờ). Ghi lại theo bậc 1/4 ngày mà tổng các bước vẫn bằng thời hạn giải quyết; thời hạn tính bằng giờ thì ghi ở trường "hours" để tính theo bậc nửa giờ.",
			]
		`);
	});

	it('requires the counted steps to add up to the processing time', async () => {
		await corpus.edit(PROCEDURE, 'time: 2\n', 'time: 1.5\n');
		expect(await findingsOf('step-time-sum')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:24:1 error step-time-sum Thời hạn giải quyết là 3 ngày làm việc nhưng các bước được tính thời gian cộng lại 2,5 ngày. Sửa thời gian các bước hoặc thời hạn "days" để hai số bằng nhau.",
			]
		`);
	});

	it('checks each case of a procedure with cases against its own total', async () => {
		const text = await corpus.read(PROCEDURE);
		const steps = text.slice(text.indexOf('steps:\n'), text.indexOf('forms:\n'));
		const indented = steps.replace('steps:\n', '').replace(/^/gm, '    ').trimEnd();
		await corpus.write(
			PROCEDURE,
			text
				.replace('days: 3\n', '')
				.replace(
					steps,
					`cases:\n  - name: Đăng ký đúng hạn\n    days: 3\n    steps:\n${indented}\n  - name: Đăng ký quá hạn\n    days: 2\n    steps:\n${indented}\n`,
				),
		);
		expect(await findingsOf('step-time-sum')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:50:5 error step-time-sum Thời hạn giải quyết của trường hợp "Đăng ký quá hạn" là 2 ngày làm việc nhưng các bước được tính thời gian cộng lại 3 ngày. Sửa thời gian các bước hoặc thời hạn "days" để hai số bằng nhau.",
			]
		`);
	});

	it('requires the processing time to be within the legal limit of every covered TTHC', async () => {
		await corpus.edit('catalogue/tthc/cap-xa.yaml', 'days: 3', 'days: 2');
		expect(await findingsOf('time-limit')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:24:1 error time-limit Thời hạn giải quyết 3 ngày làm việc vượt thời hạn 2 ngày mà quy định cho TTHC 1.001193 "Đăng ký khai sinh". Rút ngắn thời gian các bước để không vượt quá 2 ngày.",
			]
		`);
	});
});

describe('codes and references', () => {
	it('requires codes to be unique within the agency', async () => {
		await corpus.edit('agencies/xa-minh-hoa/internal/nb-03.md', 'code: QTNB-MH-03', 'code: QTNB-MH-01');
		expect(await findingsOf('code-duplicate')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/internal/nb-03.md:2:1 error code-duplicate Mã hiệu "QTNB-MH-01" đã dùng cho agencies/xa-minh-hoa/internal/nb-01.md. Mỗi tài liệu của cơ quan cần một mã hiệu riêng: đặt mã khác cho một trong hai tài liệu.",
			]
		`);
	});

	it('requires codes to follow the configured pattern', async () => {
		await corpus.edit(PROCEDURE, 'code: QT-MH-01', 'code: QT-MH-1');
		expect(await findingsOf('code-pattern')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:2:1 error code-pattern Mã hiệu "QT-MH-1" không theo mẫu mã hiệu của cơ quan (^(QT|QTNB|CSCL|MTCL)-[A-Z]{2,4}(-\\d{2}|-\\d{4})?$). Đặt lại mã theo mẫu, hoặc sửa "codePattern" trong agency.yaml nếu mẫu đã thay đổi.",
			]
		`);
	});

	it('rejects a malformed TTHC code', async () => {
		await corpus.edit(PROCEDURE, 'tthc: [1.001193]', 'tthc: [1.001193, 1.00119X]');
		expect(await findingsOf('schema')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:15:18 error schema Trường "tthc[1]": mã TTHC phải có dạng d.dddddd (ví dụ 1.000894), hoặc biến thể địa phương 1.000894.000.00.00.H29.",
			]
		`);
	});

	it('resolves TTHC codes in the catalogue and in the agency', async () => {
		await corpus.edit(PROCEDURE, 'tthc: [1.001193]', 'tthc: [1.001193, 1.001190, 2.000000]');
		await corpus.edit(AGENCY, 'tthc: [1.001193, 1.001190]', 'tthc: [1.001193]');
		expect([...(await findingsOf('tthc-unknown')), ...(await findingsOf('tthc-not-assigned'))]).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:15:28 error tthc-unknown Mã TTHC "2.000000" không có trong danh mục TTHC (content/catalogue/tthc/). Kiểm tra lại mã, hoặc bổ sung TTHC vào danh mục theo quyết định công bố của tỉnh.",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:15:18 warning tthc-not-assigned TTHC 1.001190 không có trong danh sách "tthc" của cơ quan (agency.yaml). Bổ sung mã vào agency.yaml nếu TTHC thuộc thẩm quyền của cơ quan, hoặc bỏ khỏi quy trình.",
			]
		`);
	});

	it('resolves legal bases in the registry', async () => {
		await corpus.edit(PROCEDURE, 'legalBases: [60/2014/QH13, 123/2015/NĐ-CP]', 'legalBases: [60/2014/QH13, 123/2015/NĐ-CP, 99/2099/NĐ-CP]');
		expect(await findingsOf('legal-unknown')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:16:44 error legal-unknown Văn bản "99/2099/NĐ-CP" không có trong danh mục văn bản pháp luật (content/catalogue/legal/). Ghi đúng số ký hiệu, hoặc bổ sung văn bản vào danh mục.",
			]
		`);
	});

	it('requires form files to exist and forms to be declared', async () => {
		await corpus.remove('agencies/xa-minh-hoa/forms/bm-01.md');
		await corpus.edit(PROCEDURE, 'copy: ban-chinh\n    form: BM-01', 'copy: ban-chinh\n    form: BM-02');
		expect([...(await findingsOf('form-missing')), ...(await findingsOf('form-unknown'))]).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:50:5 error form-missing Không tìm thấy tệp biểu mẫu "agencies/xa-minh-hoa/forms/bm-01.md". Đặt tệp vào thư mục forms của cơ quan, hoặc sửa đường dẫn (tính từ thư mục cơ quan).",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:20:5 error form-unknown Biểu mẫu "BM-02" chưa được khai báo trong mục "forms" của quy trình. Thêm biểu mẫu (mã, tên, tệp) vào "forms" hoặc sửa mã (biểu mẫu không có mã thì ghi đúng tên của nó).",
			]
		`);
	});

	it('resolves internal processes in the catalogue', async () => {
		await corpus.edit('agencies/xa-minh-hoa/internal/nb-03.md', 'catalogue: NB-03', 'catalogue: NB-77');
		expect(await findingsOf('catalogue-unknown')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/internal/nb-03.md:15:1 error catalogue-unknown Mục "NB-77" không có trong danh mục quy trình nội bộ (content/catalogue/internal-processes.yaml). Ghi đúng mã mục, ví dụ NB-03.",
			]
		`);
	});
});

describe('what every agency must have', () => {
	it('requires a quality policy', async () => {
		await corpus.remove('agencies/xa-minh-hoa/policy.md');
		expect(await findingsOf('policy-missing')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/agency.yaml:1:1 compliance policy-missing Ủy ban nhân dân xã Minh Hòa chưa có chính sách chất lượng. Tạo tệp agencies/xa-minh-hoa/policy.md.",
			]
		`);
	});

	it('requires objectives for the as-of year', async () => {
		expect(await findingsOf('objectives-missing', '2027-01-15')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/agency.yaml:1:1 compliance objectives-missing Ủy ban nhân dân xã Minh Hòa chưa có mục tiêu chất lượng năm 2027. Tạo tệp agencies/xa-minh-hoa/objectives/2027.md.",
			]
		`);
	});

	it('names every missing required internal process, but not optional ones', async () => {
		await corpus.remove('agencies/xa-minh-hoa/internal/nb-03.md');
		expect(await findingsOf('internal-process-missing')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/agency.yaml:1:1 compliance internal-process-missing Ủy ban nhân dân xã Minh Hòa còn thiếu 1 quy trình nội bộ bắt buộc: NB-03 "Đánh giá nội bộ". Tạo mỗi quy trình trong agencies/xa-minh-hoa/internal/ với trường "catalogue" trỏ tới mã mục.",
			]
		`);
	});

	it('does not ask a merged agency for current documents', async () => {
		await corpus.remove('agencies/xa-minh-hoa/policy.md');
		await corpus.edit(AGENCY, 'validFrom: 2025-07-01', 'validFrom: 2025-07-01\nvalidTo: 2026-01-31');
		expect(await findingsOf('policy-missing')).toEqual([]);
	});
});

describe('legal documents that changed', () => {
	const replaced = `- number: 123/2015/NĐ-CP
  title: Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch
  issuer: Chính phủ
  issued: 2015-11-15
  effective: 2016-01-01
  status: replaced
  replacedBy: 07/2026/NĐ-CP
- number: 07/2026/NĐ-CP
  title: Nghị định quy định chi tiết Luật Hộ tịch (thay thế)
  issuer: Chính phủ
  issued: 2026-03-20
  effective: 2026-05-01
`;

	beforeEach(async () => {
		const registry = await corpus.read(LEGAL);
		await corpus.write(LEGAL, registry.slice(0, registry.indexOf('- number: 123/2015/NĐ-CP')) + replaced);
	});

	it('warns while the 3 months to update run', async () => {
		expect(await findingsOf('legal-outdated', '2026-07-31')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:16:28 warning legal-outdated Căn cứ "123/2015/NĐ-CP" đã bị thay thế bởi 07/2026/NĐ-CP có hiệu lực từ 01/05/2026. Hạn cập nhật là 01/08/2026, còn 1 ngày. Thay bằng 07/2026/NĐ-CP, rà soát nội dung quy trình theo văn bản mới và ban hành lại quy trình (tăng lần ban hành, ghi bảng theo dõi sửa đổi).",
			]
		`);
	});

	it('is a compliance finding once the 3 months have passed', async () => {
		expect(await findingsOf('legal-outdated', '2026-08-02')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:16:28 compliance legal-outdated Căn cứ "123/2015/NĐ-CP" đã bị thay thế bởi 07/2026/NĐ-CP có hiệu lực từ 01/05/2026. Đã quá hạn cập nhật 1 ngày (hạn 01/08/2026). Thay bằng 07/2026/NĐ-CP, rà soát nội dung quy trình theo văn bản mới và ban hành lại quy trình (tăng lần ban hành, ghi bảng theo dõi sửa đổi).",
			]
		`);
	});

	it('says nothing before the new document takes effect', async () => {
		expect(await findingsOf('legal-outdated', '2026-04-30')).toEqual([]);
	});

	it("warns without a deadline when the registry does not give the new document's effective date", async () => {
		await corpus.edit(LEGAL, '  issued: 2026-03-20\n  effective: 2026-05-01\n', '  issued: 2026-03-20\n');
		expect(await findingsOf('legal-outdated', '2026-04-30')).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:16:28 warning legal-outdated Căn cứ "123/2015/NĐ-CP" đã bị thay thế bởi 07/2026/NĐ-CP có hiệu lực; danh mục văn bản chưa ghi ngày có hiệu lực ("effective") của 07/2026/NĐ-CP nên chưa tính được hạn cập nhật 3 tháng. Thay bằng 07/2026/NĐ-CP, rà soát nội dung quy trình theo văn bản mới và ban hành lại quy trình (tăng lần ban hành, ghi bảng theo dõi sửa đổi); ghi ngày có hiệu lực vào danh mục khi có thông tin.',
		]);
	});

	it('accepts an amended document cited with its amendment, and flags it cited alone', async () => {
		const registry = await corpus.read(LEGAL);
		await corpus.write(
			LEGAL,
			registry.replace('status: replaced\n  replacedBy: 07/2026/NĐ-CP', 'status: amended\n  amendedBy: [07/2026/NĐ-CP]'),
		);
		expect(await findingsOf('legal-outdated', '2026-06-30')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:16:28 warning legal-outdated Căn cứ "123/2015/NĐ-CP" đã được sửa đổi, bổ sung bởi 07/2026/NĐ-CP có hiệu lực từ 01/05/2026. Hạn cập nhật là 01/08/2026, còn 32 ngày. Bổ sung 07/2026/NĐ-CP vào căn cứ pháp lý, rà soát nội dung quy trình theo văn bản sửa đổi và ban hành lại quy trình (tăng lần ban hành, ghi bảng theo dõi sửa đổi).",
			]
		`);
		await corpus.edit(PROCEDURE, 'legalBases: [60/2014/QH13, 123/2015/NĐ-CP]', 'legalBases: [60/2014/QH13, 123/2015/NĐ-CP, 07/2026/NĐ-CP]');
		expect(await findingsOf('legal-outdated', '2026-06-30')).toEqual([]);
	});
});

describe('audits and management reviews', () => {
	it('are due 12 months after the last one', async () => {
		expect(await findingsOf('audit-overdue', '2027-03-10')).toEqual([]);
		expect(await findingsOf('audit-overdue', '2027-03-11')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/agency.yaml:18:5 compliance audit-overdue Lần đánh giá nội bộ gần nhất là ngày 10/03/2026, đã quá 12 tháng (hạn 10/03/2027). Tổ chức đánh giá nội bộ và ghi kết quả vào "audits" trong agency.yaml.",
			]
		`);
	});

	it('are reported when none was ever held', async () => {
		await corpus.edit(AGENCY, 'reviews:\n  - date: 2026-04-02\n    record: Biên bản họp xem xét của lãnh đạo số 7/BB-UBND\n', '');
		expect(await findingsOf('review-overdue')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/agency.yaml:1:1 compliance review-overdue Ủy ban nhân dân xã Minh Hòa chưa ghi nhận lần họp xem xét của lãnh đạo nào. Tổ chức họp xem xét của lãnh đạo (ít nhất mỗi năm một lần) và ghi vào "reviews" trong agency.yaml.",
			]
		`);
	});
});

describe('declarations of conformity', () => {
	it('are due again when the agency takes on a TTHC the last declaration did not cover', async () => {
		expect(await findingsOf('redeclaration-due')).toEqual([]);
		await corpus.edit(AGENCY, '\ntthc: [1.001193, 1.001190]', '\ntthc: [1.001193, 1.001190, 1.001195]');
		expect(await findingsOf('redeclaration-due')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/agency.yaml:13:5 compliance redeclaration-due Phạm vi HTQLCL đã thay đổi sau lần công bố theo Quyết định 10/QĐ-UBND (thêm TTHC 1.001195). Công bố lại và ghi quyết định vào "declarations" trong agency.yaml (kind: cong-bo-lai).",
			]
		`);
	});

	it('are due while the agency has not yet declared', async () => {
		await corpus.edit(AGENCY, 'date: 2025-09-01\n    kind: cong-bo', 'date: 2026-09-01\n    kind: cong-bo');
		expect(await findingsOf('redeclaration-due')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/agency.yaml:1:1 compliance redeclaration-due Ủy ban nhân dân xã Minh Hòa chưa công bố HTQLCL phù hợp TCVN ISO 9001:2015. Công bố bằng quyết định của người đứng đầu và ghi vào "declarations" trong agency.yaml.",
			]
		`);
	});
});

describe('document control', () => {
	it('requires the last revision row to be the current issue', async () => {
		await corpus.edit(PROCEDURE, 'issue: 1\nissued: 2025-08-01', 'issue: 2\nissued: 2025-08-01');
		expect(await findingsOf('revision-log')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:11:5 error revision-log Tài liệu đang ở lần ban hành 2 nhưng dòng cuối của bảng theo dõi sửa đổi ghi lần 1. Thêm dòng cho lần ban hành 2 (phần sửa đổi, nội dung, ngày) hoặc sửa "issue".",
			]
		`);
	});

	it('accepts an empty revision log at a first issue only, as a newly issued document has', async () => {
		await corpus.edit(
			PROCEDURE,
			'revisions:\n  - issue: 1\n    date: 2025-08-01\n    part: Toàn bộ\n    description: Ban hành lần đầu\n',
			'',
		);
		expect(await corpus.validate()).toEqual([]);
		await corpus.edit(PROCEDURE, 'issue: 1\nissued: 2025-08-01', 'issue: 2\nissued: 2025-08-01');
		expect(await findingsOf('revision-log')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:4:1 error revision-log Tài liệu đang ở lần ban hành 2 nhưng bảng theo dõi sửa đổi ("revisions") chưa có dòng nào. Chỉ lần ban hành đầu tiên mới được để trống bảng: thêm dòng cho lần ban hành 2 (issue, date, part, description), và các lần trước nếu còn hồ sơ.",
			]
		`);
		await corpus.edit(PROCEDURE, 'tthc:', 'revisions: []\ntthc:');
		expect(await findingsOf('revision-log')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:10:1 error revision-log Tài liệu đang ở lần ban hành 2 nhưng bảng theo dõi sửa đổi ("revisions") chưa có dòng nào. Chỉ lần ban hành đầu tiên mới được để trống bảng: thêm dòng cho lần ban hành 2 (issue, date, part, description), và các lần trước nếu còn hồ sơ.",
			]
		`);
	});

	it('requires revision rows in increasing order', async () => {
		await corpus.edit(
			PROCEDURE,
			'    description: Ban hành lần đầu\n',
			'    description: Ban hành lần đầu\n  - issue: 1\n    date: 2025-07-01\n    part: Mục 5\n    description: Sửa thời hạn\n',
		);
		expect(await findingsOf('revision-log')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:15:5 error revision-log Dòng 2 của bảng theo dõi sửa đổi ghi lần ban hành 1, không lớn hơn dòng trước (1). Xếp các dòng từ lần ban hành cũ nhất đến mới nhất, mỗi lần một dòng.",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:16:5 error revision-log Dòng 2 của bảng theo dõi sửa đổi ghi ngày 01/07/2025, trước ngày của dòng trước (01/08/2025). Kiểm tra lại ngày.",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:16:5 error revision-log Dòng cuối của bảng theo dõi sửa đổi ghi ngày 01/07/2025, khác ngày ban hành 01/08/2025 của lần 1. Ghi cùng một ngày.",
			]
		`);
	});

	it('reads a document without an effective date as taking effect on its issue date', async () => {
		await corpus.edit(PROCEDURE, 'effective: 2025-08-05\n', '');
		expect(await corpus.validate()).toEqual([]);
		const loaded = await loadCorpus(corpus.root);
		expect(loaded.agencies[0]?.procedures.find((doc) => doc.file === PROCEDURE)?.data.effective).toBe('2025-08-01');
	});

	it('requires the effective date on or after the issue date', async () => {
		await corpus.edit(PROCEDURE, 'effective: 2025-08-05', 'effective: 2025-07-31');
		expect(await findingsOf('issue-dates')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:6:1 error issue-dates Ngày hiệu lực 31/07/2025 trước ngày ban hành 01/08/2025. Tài liệu chỉ có hiệu lực từ ngày ban hành trở đi: sửa một trong hai ngày.",
			]
		`);
	});

	it('requires the 7 body sections, in order', async () => {
		await corpus.edit(PROCEDURE, '## 4. Định nghĩa và từ viết tắt\n\n- UBND: Ủy ban nhân dân\n\n', '');
		await corpus.edit(PROCEDURE, '## 6. Biểu mẫu', '## 8. Phụ lục\n\nBảng kê.\n\n## 6. Biểu mẫu');
		const text = await corpus.read('agencies/xa-minh-hoa/internal/nb-01.md');
		await corpus.write(
			'agencies/xa-minh-hoa/internal/nb-01.md',
			text
				.replace('## 1. Mục đích\n\nQuy định trình tự giải quyết.\n\n', '')
				.replace('## 7. Hồ sơ cần lưu', '## 1. Mục đích\n\nQuy định.\n\n## 7. Hồ sơ cần lưu'),
		);
		expect(await findingsOf('body-sections')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/internal/nb-01.md:46:1 error body-sections Mục "1. Mục đích" đứng sau mục "Biểu mẫu". Các mục của quy trình theo thứ tự: 1. Mục đích, 2. Phạm vi, 3. Tài liệu viện dẫn, 4. Định nghĩa và từ viết tắt, 5. Nội dung quy trình, 6. Biểu mẫu, 7. Hồ sơ cần lưu. Chuyển mục về đúng chỗ.",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:69:1 error body-sections Nội dung tài liệu thiếu mục: 4. Định nghĩa và từ viết tắt (mục 4 đặt trước tiêu đề "5. Nội dung quy trình"). Thêm mỗi mục thành một tiêu đề "## " theo thứ tự: 1. Mục đích, 2. Phạm vi, 3. Tài liệu viện dẫn, 4. Định nghĩa và từ viết tắt, 5. Nội dung quy trình, 6. Biểu mẫu, 7. Hồ sơ cần lưu.",
			]
		`);
	});
});

describe('what a procedure states and what it leaves unstated', () => {
	it('accepts a procedure that leaves its fees, conditions, dossier, applicants, result, records, legal bases, reception, methods and drafter unstated, warning only for the records and the legal bases', async () => {
		const text = await corpus.read(PROCEDURE);
		const start = text.indexOf('dossier:');
		const sets = text.indexOf('dossierSets:');
		await corpus.write(
			PROCEDURE,
			`${text.slice(0, start)}${text.slice(sets)}`
				.replace('drafted: { name: Lê Thị Hoa, title: Công chức Văn phòng - Thống kê }\n', '')
				.replace(/fees:\n(?: {2,}.*\n)+/, '')
				.replace('applicants: Cha, mẹ hoặc người thân thích của trẻ\n', '')
				.replace('result: Giấy khai sinh\n', '')
				.replace(/records:\n(?: {2,}.*\n)+/, '')
				.replace('legalBases: [60/2014/QH13, 123/2015/NĐ-CP]\n', '')
				.replace('reception: Trung tâm Phục vụ hành chính công xã Minh Hòa\n', '')
				.replace('methods: [truc-tiep, truc-tuyen]\n', ''),
		);
		expect(lines(await corpus.validate())).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:2:1 warning legal-bases-missing Quy trình chưa ghi căn cứ pháp lý ("legalBases"); trang ghi "Chưa có thông tin" và không thể báo khi văn bản làm căn cứ bị thay thế. Khi có thông tin, ghi số ký hiệu các văn bản, ví dụ "118/2025/NĐ-CP", và thêm chúng vào danh mục văn bản pháp luật.',
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:2:1 warning records-missing Quy trình chưa ghi hồ sơ cần lưu ("records"); trang ghi "Chưa có thông tin". TCVN ISO 9001:2015 (điều 7.5.3) yêu cầu kiểm soát hồ sơ: khi có thông tin, ghi tên hồ sơ, bộ phận lưu và thời gian lưu.',
		]);
	});

	it('warns when a controlled document names no reviewer, at the start of its front matter, and publishes it', async () => {
		await corpus.edit(PROCEDURE, 'reviewed: { name: Trần Văn Bình, title: Phó Chủ tịch UBND xã }\n', '');
		await corpus.edit('agencies/xa-minh-hoa/policy.md', 'reviewed: { name: Trần Văn Bình, title: Phó Chủ tịch UBND xã }\n', '');
		expect(lines(await corpus.validate())).toEqual([
			'agencies/xa-minh-hoa/policy.md:2:1 warning reviewed-missing Tài liệu chưa ghi người xem xét ("reviewed"); trang ghi "Chưa có thông tin". TCVN ISO 9001:2015 (điều 7.5.2) yêu cầu tài liệu được xem xét và phê duyệt trước khi ban hành: khi hồ sơ gốc có, ghi họ tên và chức vụ người xem xét.',
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:2:1 warning reviewed-missing Tài liệu chưa ghi người xem xét ("reviewed"); trang ghi "Chưa có thông tin". TCVN ISO 9001:2015 (điều 7.5.2) yêu cầu tài liệu được xem xét và phê duyệt trước khi ban hành: khi hồ sơ gốc có, ghi họ tên và chức vụ người xem xét.',
		]);
	});

	it('asks for "khong" rather than an empty list, and for the case of a conditional paper', async () => {
		await corpus.edit(
			PROCEDURE,
			'fees:\n  - name: Lệ phí đăng ký khai sinh\n    amount: 0\n    note: Miễn lệ phí khi đăng ký đúng hạn\n',
			'fees: []\nconditions: []\n',
		);
		await corpus.edit(
			PROCEDURE,
			'  - name: Giấy chứng sinh\n    copy: ban-chinh\n',
			'  - name: Giấy chứng sinh\n    copy: ban-chinh\n    need: theo-truong-hop\n  - name: Căn cước\n    copy: ban-chinh\n    need: nop\n',
		);
		expect(await findingsOf('schema')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:21:5 error schema Trường "dossier[1].note": giấy tờ chỉ nộp theo trường hợp (need: theo-truong-hop) cần ghi trường hợp đó ở "note", ví dụ "Chỉ nộp khi ủy quyền".",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:26:5 error schema Trường "dossier[2].need": need phải là bat-buoc (mọi trường hợp đều nộp), theo-truong-hop (chỉ nộp trong trường hợp ghi ở note) hoặc xuat-trinh (xuất trình để đối chiếu, không nộp).",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:30:1 error schema Trường "fees": ghi "fees: khong" nếu thủ tục không thu phí, lệ phí; bỏ hẳn trường fees nếu chưa có thông tin.",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:31:1 error schema Trường "conditions": ghi "conditions: khong" nếu thủ tục không có yêu cầu, điều kiện; bỏ hẳn trường conditions nếu chưa có thông tin.",
			]
		`);
	});

	it('gives the message of a wrong fee amount inside the list, and checks a fee period, and refuses an empty forms list pointing to "khong"', async () => {
		await corpus.edit(
			PROCEDURE,
			'    amount: 0\n',
			"    amount: '8.000'\n  - name: Lệ phí giảm\n    amount: 5600\n    unit: bản\n    from: 2023-12-31\n    until: 2023-07-01\n",
		);
		await corpus.edit(
			PROCEDURE,
			'forms:\n  - code: BM-01\n    title: Tờ khai đăng ký khai sinh\n    file: forms/bm-01.md\n',
			'forms: []\n',
		);
		expect(await findingsOf('schema')).toMatchInlineSnapshot(`
			[
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:28:5 error schema Trường "fees[0].amount": ghi số tiền không có dấu chấm ngăn cách hàng nghìn: 8000 thay cho 8.000.",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:33:5 error schema Trường "fees[1].until": ngày kết thúc 01/07/2023 trước ngày bắt đầu 31/12/2023; sửa một trong hai ngày.",
			  "agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:52:1 error schema Trường "forms": ghi "forms: khong" nếu quy trình không có biểu mẫu; bỏ hẳn trường forms nếu chưa có thông tin.",
			]
		`);
	});

	it('accepts fees per copy with exemptions and a period, a form defined by a legal document, a form known only by its title, and a TTHC at two levels with its own online address', async () => {
		await corpus.edit(
			PROCEDURE,
			'    amount: 0\n    note: Miễn lệ phí khi đăng ký đúng hạn\n',
			'    amount: 8000\n    unit: bản\n    exempt: [Người thuộc hộ nghèo, Người khuyết tật]\n    from: 2024-01-01\n  - name: Lệ phí đăng ký khai sinh\n    amount: 5600\n    unit: bản\n    until: 2023-12-31\n    note: Giảm 30 %\n',
		);
		await corpus.edit(
			PROCEDURE,
			'    file: forms/bm-01.md\n',
			'    source: Mẫu ban hành kèm theo Thông tư số 04/2020/TT-BTP\n  - title: Mẫu sổ theo dõi hồ sơ\n',
		);
		await corpus.edit(
			PROCEDURE,
			'    copy: ban-chinh\n    form: BM-01\n',
			'    copy: ban-chinh\n    form: BM-01\n    need: bat-buoc\n  - name: Căn cước\n    copy: ban-chinh\n    need: xuat-trinh\n',
		);
		const catalogue = (await corpus.read('catalogue/tthc/cap-xa.yaml')).replace(
			'  level: cap-xa\n',
			'  level: [cap-tinh, cap-xa]\n  url: https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193\n',
		);
		await corpus.write('catalogue/tthc/cap-xa.yaml', catalogue);
		expect(lines(await corpus.validate())).toEqual([]);
	});

	it('rejects an online address that is not a web page', async () => {
		const catalogue = (await corpus.read('catalogue/tthc/cap-xa.yaml')).replace(
			'  level: cap-xa\n',
			'  level: [cap-xa, cap-huyen]\n  url: javascript:alert(1)\n',
		);
		await corpus.write('catalogue/tthc/cap-xa.yaml', catalogue);
		expect(await findingsOf('schema')).toMatchInlineSnapshot(`
			[
			  "catalogue/tthc/cap-xa.yaml:4:19 error schema Trường "level[1]": level phải là cap-tinh, cap-xa hoặc cap-bo.",
			  "catalogue/tthc/cap-xa.yaml:5:3 error schema Trường "url": chỉ nhận địa chỉ trang web bắt đầu bằng https:// hoặc http://, ví dụ https://tuphap.binhson.gov.vn.",
			]
		`);
	});
});

describe('documents migrated from older systems', () => {
	it('accept a revision log that begins at a later issue', async () => {
		await corpus.edit(PROCEDURE, 'issue: 1\nissued: 2025-08-01\n', 'issue: 5\nissued: 2025-08-01\n');
		await corpus.edit(
			PROCEDURE,
			'  - issue: 1\n    date: 2025-08-01\n    part: Toàn bộ\n    description: Ban hành lần đầu\n',
			'  - issue: 4\n    date: 2023-03-01\n    part: Mục 5\n    description: Cập nhật thành phần hồ sơ\n  - issue: 5\n    date: 2025-08-01\n    part: Mục 3\n    description: Chuyển sang hệ thống mới\n',
		);
		expect(lines(await corpus.validate())).toEqual([]);
	});

	it('recognise the seven sections in upper case, with Roman numerals and in common wordings', async () => {
		const text = await corpus.read(PROCEDURE);
		await corpus.write(
			PROCEDURE,
			text
				.replace('## 1. Mục đích', '## I. MỤC ĐÍCH')
				.replace('## 2. Phạm vi', '## II - PHẠM VI ÁP DỤNG')
				.replace('## 3. Tài liệu viện dẫn', '## III. TÀI LIỆU THAM CHIẾU')
				.replace('## 4. Định nghĩa và từ viết tắt', '## IV. ĐỊNH NGHĨA/VIẾT TẮT')
				.replace('## 5. Nội dung quy trình', '## V. NỘI DUNG QUY TRÌNH')
				.replace('## 6. Biểu mẫu', '## VI. CÁC BIỂU MẪU')
				.replace('## 7. Hồ sơ cần lưu', '## VII. LƯU HỒ SƠ'),
		);
		expect(lines(await corpus.validate())).toEqual([]);
		await corpus.edit(PROCEDURE, '## IV. ĐỊNH NGHĨA/VIẾT TẮT', '## IV. VIẾT TẮT');
		expect(lines(await corpus.validate())).toEqual([]);
	});
});
