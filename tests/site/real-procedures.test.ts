import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines, scratchCorpus, type ScratchCorpus } from '../helpers/corpus.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { stepRows, text } from '../helpers/html.ts';

const REAL = fileURLToPath(new URL('../fixtures/real-procedures/', import.meta.url));

let corpus: ScratchCorpus;
let site: BuiltSite;

beforeAll(async () => {
	corpus = await scratchCorpus(REAL);
	// The fixture's README describes its sources; it is no file of a corpus.
	await corpus.remove('README.md');
	site = await buildSite({ content: corpus.root });
}, 180_000);

afterAll(async () => {
	await site.dispose();
	await corpus.dispose();
});

const page = (agency: string, slug: string) => readFile(join(site.dir, `${agency}/thu-tuc/${slug}/index.html`), 'utf8');

/** The agency-level findings of an agency whose quality-system records the sources do not give. */
const NON_CONFORMITIES = (id: string, name: string) => [
	`agencies/${id}/agency.yaml:2:1 compliance audit-overdue ${name} chưa ghi nhận lần đánh giá nội bộ nào. Tổ chức đánh giá nội bộ (ít nhất mỗi năm một lần) và ghi vào "audits" trong agency.yaml.`,
	`agencies/${id}/agency.yaml:2:1 compliance objectives-missing ${name} chưa có mục tiêu chất lượng năm 2026. Tạo tệp agencies/${id}/objectives/2026.md.`,
	`agencies/${id}/agency.yaml:2:1 compliance policy-missing ${name} chưa có chính sách chất lượng. Tạo tệp agencies/${id}/policy.md.`,
	`agencies/${id}/agency.yaml:2:1 compliance redeclaration-due ${name} chưa công bố HTQLCL phù hợp TCVN ISO 9001:2015. Công bố bằng quyết định của người đứng đầu và ghi vào "declarations" trong agency.yaml.`,
	`agencies/${id}/agency.yaml:2:1 compliance review-overdue ${name} chưa ghi nhận lần họp xem xét của lãnh đạo nào. Tổ chức họp xem xét của lãnh đạo (ít nhất mỗi năm một lần) và ghi vào "reviews" trong agency.yaml.`,
];

/** The warning of a procedure whose source lists no records to keep. */
const recordsMissing = (path: string, line: number) =>
	`${path}:${line}:1 warning records-missing Quy trình chưa ghi hồ sơ cần lưu ("records"); trang ghi "Chưa có thông tin". TCVN ISO 9001:2015 (điều 7.5.3) yêu cầu kiểm soát hồ sơ: khi có thông tin, ghi tên hồ sơ, bộ phận lưu và thời gian lưu.`;

/** The warning of a document whose source names no reviewer (a decision names only its signer). */
const reviewedMissing = (path: string, line: number) =>
	`${path}:${line}:1 warning reviewed-missing Tài liệu chưa ghi người xem xét ("reviewed"); trang ghi "Chưa có thông tin". TCVN ISO 9001:2015 (điều 7.5.2) yêu cầu tài liệu được xem xét và phê duyệt trước khi ban hành: khi hồ sơ gốc có, ghi họ tên và chức vụ người xem xét.`;

describe('real published procedures', () => {
	it('validate without an error; what the sources do not give is named as missing, not invented', async () => {
		expect(lines(await corpus.validate())).toEqual([
			...NON_CONFORMITIES('so-noi-vu-nghe-an', 'Sở Nội vụ tỉnh Nghệ An'),
			recordsMissing('agencies/so-noi-vu-nghe-an/procedures/tro-cap-mot-lan-doi-tuong-con-song.md', 21),
			reviewedMissing('agencies/so-noi-vu-nghe-an/procedures/tro-cap-mot-lan-doi-tuong-con-song.md', 21),
			...NON_CONFORMITIES('so-y-te-cao-bang', 'Sở Y tế tỉnh Cao Bằng'),
			recordsMissing('agencies/so-y-te-cao-bang/procedures/can-thiep-khan-cap-tre-em.md', 22),
			reviewedMissing('agencies/so-y-te-cao-bang/procedures/can-thiep-khan-cap-tre-em.md', 22),
			'agencies/so-y-te-cao-bang/procedures/tiep-nhan-doi-tuong-bao-tro-xa-hoi.md:18:1 warning legal-bases-missing Quy trình chưa ghi căn cứ pháp lý ("legalBases"); trang ghi "Chưa có thông tin" và không thể báo khi văn bản làm căn cứ bị thay thế. Khi có thông tin, ghi số ký hiệu các văn bản, ví dụ "118/2025/NĐ-CP", và thêm chúng vào danh mục văn bản pháp luật.',
			recordsMissing('agencies/so-y-te-cao-bang/procedures/tiep-nhan-doi-tuong-bao-tro-xa-hoi.md', 18),
			reviewedMissing('agencies/so-y-te-cao-bang/procedures/tiep-nhan-doi-tuong-bao-tro-xa-hoi.md', 18),
		]);
	});

	it('show the Nghệ An liên thông table in hours in two parts with their subtotals, numbered from 1 in each part', async () => {
		const html = await page('so-noi-vu-nghe-an', 'tro-cap-mot-lan-doi-tuong-con-song');
		const rows = stepRows(html);
		expect(rows).toEqual([
			'Bước | Nội dung công việc | Trách nhiệm | Thời gian | Biểu mẫu, kết quả',
			'I. Cấp xã — UBND cấp xã — 40 giờ làm việc',
			'1 | Kiểm tra, hướng dẫn, tiếp nhận hồ sơ: - Trường hợp hồ sơ chưa đầy đủ hoặc không hợp lệ thì hướng dẫn bổ sung, hoàn thiện hồ sơ vào Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, gửi cá nhân, tổ chức; - Trường hợp hồ sơ đầy đủ, hợp lệ thì số hoá hồ sơ vào cổng dịch vụ công quốc gia và gửi Phiếu Tiếp nhận hồ sơ và hẹn trả kết quả cho tổ chức, cá nhân; - Trường hợp từ chối nhận hồ sơ thì công chức tại Trung tâm Phục vụ hành chính công xã lập Phiếu từ chối tiếp nhận hồ sơ, gửi cá nhân, tổ chức. | Công chức tại Trung tâm Phục vụ hành chính công cấp xã | 4 giờ | —',
			'2 | Nhận hồ sơ (điện tử) và phân công xử lý hồ sơ | Lãnh đạo phòng Văn hóa - xã hội | 4 giờ | —',
			'3 | - Tiếp nhận hồ sơ điện tử và hồ sơ giấy (nếu có); - Tham mưu Hội đồng chính sách xã việc xét duyệt, lập và xác nhận hồ sơ cho từng đối tượng; - Trình Lãnh đạo phòng xem xét dự thảo kết quả giải quyết TTHC. | Chuyên viên phòng Văn hóa - Xã hội (thành viên Hội đồng chính sách cấp xã) | 20 giờ | —',
			'4 | Xem xét hồ sơ, xác nhận dự thảo kết quả giải quyết hồ sơ thủ tục hành chính trước khi trình Lãnh đạo xã xem xét, ký phê duyệt. | Lãnh đạo phòng Văn hóa - Xã hội | 4 giờ | —',
			'5 | Xem xét, ký phê duyệt kết quả giải quyết TTHC và chuyển Văn thư | Lãnh đạo UBND cấp xã (Chủ tịch Hội đồng chính sách xã) | 4 giờ | —',
			'6 | - Lấy số văn bản và đóng dấu, phát hành; - Chuyển hồ sơ đến Sở Nội vụ. | Văn thư UBND cấp xã | 4 giờ | —',
			'Cộng I. Cấp xã | 40 giờ làm việc',
			'II. Cấp tỉnh — Sở Nội vụ — 56 giờ làm việc',
			'1 | - Kiểm tra, hướng dẫn, tiếp nhận hồ sơ; - Số hóa hồ sơ, nhập thông tin, chuyển hồ sơ đến bộ phận chuyên môn xử lý hồ sơ. | Công chức tại Trung tâm Phục vụ hành chính công tỉnh | 4 giờ | —',
			'2 | Phân công công chức xử lý hồ sơ. | Lãnh đạo Phòng Người có công | 4 giờ | —',
			'3 | Dự thảo báo cáo UBND tỉnh trình Lãnh đạo Phòng thống nhất trình Lãnh đạo Sở. | Công chức Phòng Người có công được phân công xử lý | 12 giờ | —',
			'4 | Dự thảo văn bản cho ý kiến về báo cáo trình Lãnh đạo Văn phòng UBND tỉnh, Lãnh đạo UBND tỉnh phê duyệt. | Chuyên viên Văn phòng UBND tỉnh | 16 giờ | —',
			'5 | Sau khi có ý kiến của UBND tỉnh dự thảo kết quả giải quyết TTHC trình Lãnh đạo Phòng. | Công chức Phòng Người có công được phân công xử lý | 8 giờ | —',
			'6 | Thẩm định, xác nhận dự thảo kết quả giải quyết TTHC trước khi trình Lãnh đạo Sở xem xét ký phê duyệt kết quả. | Lãnh đạo Phòng Người có công | 4 giờ | —',
			'7 | Ký phê duyệt kết quả giải quyết TTHC chuyển Văn thư Sở. | Lãnh đạo Sở | 4 giờ | —',
			'8 | - Lấy số, phát hành văn bản điện tử và đóng dấu; - Chuyển kết quả giải quyết thủ tục hành chính cho Trung tâm Phục vụ Hành chính công tỉnh. | Văn thư Sở | 4 giờ | —',
			'9 | - Xác nhận trên Hệ thống thông tin giải quyết TTHC tỉnh; - Thông báo và trả kết quả cho tổ chức/cá nhân. | Bộ phận Trả kết quả Trung tâm Phục vụ hành chính công tỉnh | Không tính thời gian | —',
			'Cộng II. Cấp tỉnh | 56 giờ làm việc',
			'Tổng thời gian giải quyết | 96 giờ làm việc Không tính thời gian ở bước ghi “Không tính thời gian”.',
		]);
		expect(text(/<dd class="fact-value">([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '')).toBe('96 giờ làm việc');
		expect(html).toContain(
			'<th scope="row" class="cell-main">- Tiếp nhận hồ sơ điện tử và hồ sơ giấy (nếu có);<br>- Tham mưu Hội đồng chính sách xã việc xét duyệt, lập và xác nhận hồ sơ cho từng đối tượng;<br>- Trình Lãnh đạo phòng xem xét dự thảo kết quả giải quyết TTHC.</th>',
		);
		expect(text(/<dd class="fact-note">([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '')).toBe(
			'I. Cấp xã (UBND cấp xã): 40 giờ làm việc II. Cấp tỉnh (Sở Nội vụ): 56 giờ làm việc',
		);
		expect(
			[...html.matchAll(/<title id="(luu-do-[\d-]+)-title">[^<]*— ([^<—]*)<\/title>/g)].map((match) => `${match[1]}: ${match[2]}`),
		).toEqual(['luu-do-1-1: I. Cấp xã', 'luu-do-1-2: II. Cấp tỉnh']);
	});

	it('show the Cao Bằng emergency table in half hours within its 12-hour limit, and nothing about fees the source does not give', async () => {
		const html = await page('so-y-te-cao-bang', 'can-thiep-khan-cap-tre-em');
		expect(stepRows(html).map((row) => row.replace(/^(\d \| [^|]*\| )[^|]*(\| .*)$/, '$1…$2'))).toEqual([
			'Bước | Nội dung công việc | Trách nhiệm | Thời gian | Biểu mẫu, kết quả',
			'1 | Kiểm tra, tiếp nhận thông tin về hành vi xâm hại trẻ em hoặc trẻ em có nguy cơ bị xâm hại chuyển bộ phận chuyên môn xử lý hồ sơ | …| 0,5 giờ | —',
			'2 | Phân công thụ lý hồ sơ | …| 0,5 giờ | —',
			'3 | Thụ lý giải quyết | …| 4 giờ | —',
			'4 | Xem xét, chỉ đạo thực hiện đánh giá mức độ | …| 3 giờ | —',
			'5 | Quyết định biện pháp | …| 2 giờ | —',
			'6 | Quyết định về việc tạm thời cách ly trẻ em khỏi cha, mẹ, người chăm sóc trẻ em. | …| 2 giờ | —',
			'7 | Trả kết quả giải quyết TTHC cho tổ chức, cá nhân | …| Không tính thời gian | —',
			'Tổng thời gian giải quyết | 12 giờ (tính liên tục, kể cả ngày nghỉ) Không tính thời gian ở bước ghi “Không tính thời gian”.',
		]);
		expect(stepRows(html)[5]).toContain(
			'| Trường hợp trẻ em được xác định có nguy cơ hoặc đang bị tổn hại nghiêm trọng về tính mạng, sức khỏe, nhân phẩm thì trong vòng 12 giờ từ khi nhận thông tin,',
		);
		expect(text(/<dd class="fact-value">([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '')).toBe('12 giờ (tính liên tục, kể cả ngày nghỉ)');
		expect(text(/<dd class="fact-note">([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '')).toBe('Từ khi nhận thông tin.');
		expect(text(html)).toContain('Cách thức nộp hồ sơ Chưa có thông tin.');
		const list = text(await readFile(join(site.dir, 'so-y-te-cao-bang/index.html'), 'utf8'));
		expect(list).toContain('QT-2022-13 · Thời hạn: 12 giờ (tính liên tục, kể cả ngày nghỉ) từ khi nhận thông tin · Mã TTHC: 1.004946');
		expect(text(html)).not.toContain('Phí, lệ phí');
		expect(text(html)).not.toContain('Không thu');
	});

	it('show the Cao Bằng liên thông table in working days in two parts, 10 and 15 days', async () => {
		const rows = stepRows(await page('so-y-te-cao-bang', 'tiep-nhan-doi-tuong-bao-tro-xa-hoi'));
		expect(rows.filter((row) => !/^\d \| /.test(row))).toEqual([
			'Bước | Nội dung công việc | Trách nhiệm | Thời gian | Biểu mẫu, kết quả',
			'I. Cấp xã — 10 ngày làm việc',
			'Cộng I. Cấp xã | 10 ngày làm việc',
			'II. Cấp tỉnh — 15 ngày làm việc',
			'Cộng II. Cấp tỉnh | 15 ngày làm việc',
			'Tổng thời gian giải quyết | 25 ngày làm việc Không tính thời gian ở bước ghi “Không tính thời gian”.',
		]);
		expect(rows.filter((row) => /^\d \| /.test(row)).map((row) => row.replace(/^(\d) \|.*\| ([^|]+) \| —$/, '$1: $2'))).toEqual([
			'1: 0,5 ngày',
			'2: 1 ngày',
			'3: 6 ngày',
			'4: 1 ngày',
			'5: 1 ngày',
			'6: 0,5 ngày',
			'1: 0,5 ngày',
			'2: 7 ngày',
			'3: 1 ngày',
			'4: 0,5 ngày',
			'5: 0,5 ngày',
			'6: 5 ngày',
			'7: 0,5 ngày',
			'8: Không tính thời gian',
		]);
	});

	it('say "Chưa có thông tin" for the place, methods and legal bases the source does not give, and nothing of an agency address or scope it does not give', async () => {
		const html = text(await page('so-y-te-cao-bang', 'tiep-nhan-doi-tuong-bao-tro-xa-hoi'));
		expect(html).toContain('Nơi nộp hồ sơ và nhận kết quả Chưa có thông tin.');
		expect(html).toContain('Cách thức nộp hồ sơ Chưa có thông tin.');
		expect(html).toContain('Căn cứ pháp lý Chưa có thông tin.');
		expect(html).toContain(
			'Người soạn thảo Chưa có thông tin Người xem xét Chưa có thông tin Người phê duyệt Lê Hải Hòa Chủ tịch UBND tỉnh',
		);
		expect(html).not.toContain('Nộp hồ sơ trực tuyến');
		const agency = text(await readFile(join(site.dir, 'so-y-te-cao-bang/index.html'), 'utf8'));
		expect(agency).not.toContain('Địa chỉ');
		expect(agency).not.toContain('Phạm vi áp dụng hệ thống');
	});
});
