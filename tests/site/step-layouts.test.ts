import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines, scratchCorpus, type ScratchCorpus } from '../helpers/corpus.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';
import { stepRows, text } from '../helpers/html.ts';

const LAYOUTS = fileURLToPath(new URL('../fixtures/step-layouts/', import.meta.url));
const PROCEDURES = 'agencies/xa-minh-hoa/procedures';

let corpus: ScratchCorpus;
let site: BuiltSite;

beforeAll(async () => {
	corpus = await scratchCorpus();
	for (const name of ['lien-thong.md', 'theo-gio.md', 'trong-ngay.md', 'chua-ghi-thoi-gian.md'])
		await copyFile(join(LAYOUTS, name), join(corpus.root, PROCEDURES, name));
	site = await buildSite({ content: corpus.root });
}, 180_000);

afterAll(async () => {
	await site.dispose();
	await corpus.dispose();
});

const page = (slug: string) => readFile(join(site.dir, `xa-minh-hoa/thu-tuc/${slug}/index.html`), 'utf8');

describe('step layouts from real step tables', () => {
	it('validate without an error; the step with no time is named', async () => {
		expect(lines(await corpus.validate())).toEqual([
			'agencies/xa-minh-hoa/procedures/chua-ghi-thoi-gian.md:43:5 warning step-time-unstated Bước 2 chưa ghi thời gian: các bước có ghi thời gian cộng lại 1 ngày, thời hạn là 3 ngày làm việc. Ghi thời gian các bước này theo văn bản gốc để tổng bằng thời hạn.',
		]);
	});

	it('show a liên thông procedure in parts, numbered from 1 in each part, with subtotals and a flowchart per part', async () => {
		const html = await page('lien-thong');
		expect(stepRows(html)).toEqual([
			'Bước | Nội dung công việc | Trách nhiệm | Thời gian | Biểu mẫu, kết quả',
			'I. Cấp xã — UBND xã Minh Hòa — 2 ngày làm việc',
			'1 | Tiếp nhận, kiểm tra hồ sơ | Bộ phận Một cửa xã | 0,5 ngày | —',
			'2 | Thẩm định, trình ký văn bản đề nghị | Công chức Tư pháp - Hộ tịch | 1 ngày | —',
			'3 | Chuyển hồ sơ đến Văn phòng UBND tỉnh | Văn thư UBND xã | 4 giờ | —',
			'Cộng I. Cấp xã | 2 ngày làm việc',
			'II. Cấp tỉnh — Sở Tư pháp — 3 ngày làm việc',
			'1 | Tiếp nhận hồ sơ do Văn phòng UBND tỉnh chuyển đến | Trung tâm Phục vụ hành chính công tỉnh | 0,5 ngày | —',
			'2 | Thẩm định, trình Lãnh đạo Sở | Phòng Hành chính tư pháp | 2 ngày | —',
			'3 | Ký duyệt | Lãnh đạo Sở Tư pháp | 4 giờ | —',
			'4 | Trả kết quả | Trung tâm Phục vụ hành chính công tỉnh | Không tính thời gian | —',
			'Cộng II. Cấp tỉnh | 3 ngày làm việc',
			'Tổng thời gian giải quyết | 5 ngày làm việc Không tính thời gian ở bước ghi “Không tính thời gian”.',
		]);
		expect([...html.matchAll(/<title id="(luu-do-[\d-]+)-title">([^<]*)<\/title>/g)].map((match) => `${match[1]}: ${match[2]}`)).toEqual([
			'luu-do-1-1: Lưu đồ: Quy trình liên thông đăng ký khai sinh kết hợp nhận cha, mẹ, con — I. Cấp xã',
			'luu-do-1-2: Lưu đồ: Quy trình liên thông đăng ký khai sinh kết hợp nhận cha, mẹ, con — II. Cấp tỉnh',
		]);
		const desc = (id: string) => new RegExp(`<desc id="${id}-desc">([^<]*)</desc>`).exec(html)?.[1] ?? '';
		expect(desc('luu-do-1-1')).toMatch(/^Bắt đầu\. Bước 1: Tiếp nhận, kiểm tra hồ sơ .* Sang phần II\.$/);
		expect(desc('luu-do-1-2')).toMatch(/^Từ phần I\. Bước 1: Tiếp nhận hồ sơ do Văn phòng UBND tỉnh chuyển đến .* Kết thúc\.$/);
		expect(text(/<dd class="fact-note">([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '')).toBe(
			'I. Cấp xã (UBND xã Minh Hòa): 2 ngày làm việc II. Cấp tỉnh (Sở Tư pháp): 3 ngày làm việc',
		);
	});

	it('show a procedure counted in hours with half-hour steps, its limit in hours on the page and the agency list', async () => {
		const html = await page('theo-gio');
		expect(stepRows(html)).toEqual([
			'Bước | Nội dung công việc | Trách nhiệm | Thời gian | Biểu mẫu, kết quả',
			'1 | Tiếp nhận, kiểm tra hồ sơ | Bộ phận Một cửa | 0,5 giờ | —',
			'2 | Thẩm định hồ sơ | Công chức Tư pháp - Hộ tịch | 8 giờ | —',
			'3 | Trình ký | Công chức Tư pháp - Hộ tịch | 1,5 giờ | —',
			'4 | Ký giấy khai sinh | Chủ tịch UBND xã | 1 giờ | —',
			'5 | Vào sổ, đóng dấu | Văn thư | 1 giờ | —',
			'6 | Trả kết quả | Bộ phận Một cửa | Không tính thời gian (giờ hành chính) | —',
			'Tổng thời gian giải quyết | 12 giờ làm việc Không tính thời gian ở bước ghi “Không tính thời gian”.',
		]);
		expect(text(/<dd class="fact-value">([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '')).toBe('12 giờ làm việc');
		const list = await readFile(join(site.dir, 'xa-minh-hoa/index.html'), 'utf8');
		expect(text(list)).toContain('QT-MH-03 · Thời hạn: 12 giờ làm việc · Mã TTHC: 1.001193');
		expect(text(list)).toContain(
			'QT-MH-04 · Thời hạn: Trong ngày (hồ sơ nhận sau 15 giờ trả vào ngày làm việc tiếp theo) · Mã TTHC: 1.001193',
		);
		expect(text(list)).toContain('QT-MH-02 · Thời hạn: 5 ngày làm việc · Mã TTHC: 1.001190');
	});

	it('show a same-day procedure with its cut-off hour', async () => {
		const html = await page('trong-ngay');
		expect(text(/<dd class="fact-value">([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '')).toBe(
			'Trong ngày (hồ sơ nhận sau 15 giờ trả vào ngày làm việc tiếp theo)',
		);
		expect(stepRows(html).at(-1)).toBe('Tổng thời gian giải quyết | 3,5 giờ Không tính thời gian ở bước ghi “Không tính thời gian”.');
	});

	it('show a step with no time as not written, and the total as the limit with the steps it does not account for', async () => {
		const html = await page('chua-ghi-thoi-gian');
		expect(stepRows(html).slice(2, 3)).toEqual(['2 | Thẩm định, trình ký | Công chức Tư pháp - Hộ tịch | Chưa ghi thời gian | —']);
		expect(stepRows(html).at(-1)).toBe(
			'Tổng thời gian giải quyết | 3 ngày làm việc Các bước chưa ghi thời gian: bước 2; các bước có ghi thời gian cộng lại 1 ngày làm việc. Không tính thời gian ở bước ghi “Không tính thời gian”.',
		);
		expect(text(/<table class="steps">\s*<caption>([\s\S]*?)<\/caption>/.exec(html)?.[1] ?? '')).toBe(
			'Các bước xử lý — thời hạn 3 ngày làm việc',
		);
	});
});
