import { describe, expect, it } from 'vitest';
import { addressFindings, unplacedFileFinding } from '../../../src/lib/load/file-names.ts';

const line = (f: { file: string; severity: string; rule: string; message: string }) => `${f.file} ${f.severity} ${f.rule} ${f.message}`;

describe('file names and places', () => {
	it('makes an error of a file in a document folder that would not become a page', () => {
		expect(
			[
				'agencies/xa/procedures/dang-ky.MD',
				'agencies/xa/policy.Md',
				'catalogue/tthc/cap-xa.YAML',
				'agencies/xa/procedures/cu/dang-ky.md',
				'agencies/xa/internal/nb-01.txt',
				'agencies/xa/objectives/ke-hoach-2026.md',
				'agencies/xa/statistics/2026-01.yaml',
				'agencies/xa/ghi-chu.md',
			].map((path) => line(unplacedFileFinding(path))),
		).toEqual([
			'agencies/xa/procedures/dang-ky.MD error document-misplaced Phần mở rộng của tệp "dang-ky.MD" phải viết thường thì tệp mới được đọc. Đổi tên tệp thành "dang-ky.md".',
			'agencies/xa/policy.Md error document-misplaced Phần mở rộng của tệp "policy.Md" phải viết thường thì tệp mới được đọc. Đổi tên tệp thành "policy.md".',
			'catalogue/tthc/cap-xa.YAML error document-misplaced Phần mở rộng của tệp "cap-xa.YAML" phải viết thường thì tệp mới được đọc. Đổi tên tệp thành "cap-xa.yaml".',
			'agencies/xa/procedures/cu/dang-ky.md error document-misplaced Tệp nằm trong thư mục con của agencies/xa/procedures/ nên không được đọc. Chuyển tệp vào thẳng agencies/xa/procedures/ (các tài liệu không chia thư mục con).',
			'agencies/xa/internal/nb-01.txt error document-misplaced Trong agencies/xa/internal/ chỉ tệp Markdown (.md) thành trang, nên tệp "nb-01.txt" không được đọc. Lưu tài liệu dưới dạng .md; tệp đính kèm đặt trong agencies/xa/forms/.',
			'agencies/xa/objectives/ke-hoach-2026.md error document-misplaced Tên tệp mục tiêu chất lượng phải là năm áp dụng, ví dụ agencies/xa/objectives/2026.md, nên tệp "ke-hoach-2026.md" không thành trang nào. Đổi tên tệp theo năm của nó.',
			'agencies/xa/statistics/2026-01.yaml error document-misplaced Tên tệp số liệu phải là năm của số liệu, ví dụ agencies/xa/statistics/2026.yaml, nên tệp "2026-01.yaml" không được đọc. Đổi tên tệp theo năm của nó.',
			'agencies/xa/ghi-chu.md warning unknown-file Tệp này không nằm ở vị trí nào của cấu trúc thư mục nên không được đọc. Xem mục "Cấu trúc thư mục" trong README để đặt tệp đúng chỗ.',
		]);
	});

	it('gives the name to use for a file name that is not an address, and reports names that share one', () => {
		const paths = [
			'agencies/xa/procedures/Đăng ký khai tử.md',
			'agencies/xa/procedures/dang-ky-khai-tu.md',
			'agencies/xa/procedures/Đăng ký kết hôn.md',
			'agencies/xa/procedures/Chứng Thực.md',
			'agencies/xa/procedures/chung thuc.md',
			'agencies/xa/internal/NB 01.md',
			'agencies/xa/internal/!!!.md',
			'agencies/xa/procedures/nb-01.md',
		];
		expect(addressFindings(paths, []).map(line)).toEqual([
			'agencies/xa/procedures/Đăng ký khai tử.md error address-duplicate Tệp này và tệp "agencies/xa/procedures/dang-ky-khai-tu.md" cùng ra một địa chỉ trang /xa/thu-tuc/dang-ky-khai-tu/, nên một trong hai trang bị mất. Đổi tên hoặc sửa để mỗi tệp có địa chỉ riêng, hoặc xóa tệp thừa.',
			'agencies/xa/procedures/Đăng ký kết hôn.md error file-name Tên tệp là địa chỉ của trang nên chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang. Đổi tên tệp thành "dang-ky-ket-hon.md".',
			'agencies/xa/procedures/Chứng Thực.md error address-duplicate Tệp này và tệp "agencies/xa/procedures/chung thuc.md" cùng ra một địa chỉ trang /xa/thu-tuc/chung-thuc/, nên một trong hai trang bị mất. Đổi tên hoặc sửa để mỗi tệp có địa chỉ riêng, hoặc xóa tệp thừa.',
			'agencies/xa/procedures/chung thuc.md error address-duplicate Tệp này và tệp "agencies/xa/procedures/Chứng Thực.md" cùng ra một địa chỉ trang /xa/thu-tuc/chung-thuc/, nên một trong hai trang bị mất. Đổi tên hoặc sửa để mỗi tệp có địa chỉ riêng, hoặc xóa tệp thừa.',
			'agencies/xa/internal/NB 01.md error file-name Tên tệp là địa chỉ của trang nên chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang. Đổi tên tệp thành "nb-01.md".',
			'agencies/xa/internal/!!!.md error file-name Tên tệp không có chữ cái hay chữ số nào để làm địa chỉ trang. Đặt tên tệp bằng chữ thường không dấu, số và dấu gạch ngang, ví dụ "dang-ky-khai-sinh.md".',
		]);
	});

	it('reports agency.yml beside agency.yaml, and province.yml beside province.yaml', () => {
		expect(
			addressFindings(
				['agencies/xa/agency.yaml', 'agencies/xa/agency.yml', 'agencies/xa/policy.md', 'province.yaml', 'province.yml'],
				[],
			).map(line),
		).toEqual([
			'agencies/xa/agency.yml error address-duplicate Tệp này và tệp "agencies/xa/agency.yaml" cùng ra một địa chỉ trang /xa/, nên một trong hai trang bị mất. Đổi tên hoặc sửa để mỗi tệp có địa chỉ riêng, hoặc xóa tệp thừa.',
			'province.yml error address-duplicate Tệp này và tệp "province.yaml" cùng ra một địa chỉ trang /, nên một trong hai trang bị mất. Đổi tên hoặc sửa để mỗi tệp có địa chỉ riêng, hoặc xóa tệp thừa.',
		]);
	});

	it('reports two objectives documents of one year, keeping the one named after it', () => {
		const folder = {
			id: 'xa',
			objectives: [2026, 2025].map((year) => ({ file: `agencies/xa/objectives/${year}.md`, data: { year: 2026 } })),
		};
		expect(addressFindings([], [folder]).map(line)).toEqual([
			'agencies/xa/objectives/2025.md error address-duplicate Tệp này và tệp "agencies/xa/objectives/2026.md" cùng ra một địa chỉ trang /xa/muc-tieu/2026/, nên một trong hai trang bị mất. Đổi tên hoặc sửa để mỗi tệp có địa chỉ riêng, hoặc xóa tệp thừa.',
		]);
	});
});
