import { describe, expect, it } from 'vitest';
import { dossierChecklist } from '../../../src/lib/site/checklist.ts';

describe('dossierChecklist', () => {
	it('sorts papers into required, conditional and shown-only by their "need", whatever their notes say', () => {
		const checklist = dossierChecklist([
			{ name: 'Tờ khai', copy: 'ban-chinh', count: 1, need: 'bat-buoc' },
			{
				name: 'Giấy chứng sinh',
				copy: 'ban-chinh',
				count: 1,
				need: 'bat-buoc',
				note: 'Trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng',
			},
			{
				name: 'Biên bản trẻ bị bỏ rơi',
				copy: 'ban-chinh',
				count: 1,
				need: 'theo-truong-hop',
				note: 'Chỉ nộp khi đăng ký khai sinh cho trẻ em bị bỏ rơi',
			},
			{ name: 'Văn bản ủy quyền', copy: 'ban-sao-chung-thuc', count: 2, need: 'theo-truong-hop', note: 'Người được ủy quyền nộp' },
			{ name: 'Căn cước', copy: 'ban-chinh', count: 1, need: 'xuat-trinh' },
			{
				name: 'Bản sao hộ chiếu',
				copy: 'ban-sao',
				count: 1,
				need: 'bat-buoc',
				note: 'Xuất trình bản chính để đối chiếu khi nộp trực tiếp',
			},
		]);
		expect(checklist).toEqual({
			required: [
				{ name: 'Tờ khai', copy: 'bản chính' },
				{ name: 'Giấy chứng sinh', copy: 'bản chính', note: 'Trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng' },
				{ name: 'Bản sao hộ chiếu', copy: 'bản sao', note: 'Xuất trình bản chính để đối chiếu khi nộp trực tiếp' },
			],
			conditional: [
				{ name: 'Biên bản trẻ bị bỏ rơi', copy: 'bản chính', note: 'Chỉ nộp khi đăng ký khai sinh cho trẻ em bị bỏ rơi' },
				{ name: 'Văn bản ủy quyền', copy: 'bản sao có chứng thực, 02 bản', note: 'Người được ủy quyền nộp' },
			],
			shown: [{ name: 'Căn cước', copy: 'bản chính' }],
		});
	});

	it('gives no kind of copy for a paper whose source does not say, and the count alone when there are several', () => {
		expect(
			dossierChecklist([
				{ name: 'Tờ khai', count: 1, need: 'theo-truong-hop', note: 'Nếu nộp trực tiếp' },
				{ name: 'Ảnh 4x6', count: 2, need: 'bat-buoc' },
				{ name: 'Căn cước', count: 1, need: 'xuat-trinh' },
			]),
		).toEqual({
			required: [{ name: 'Ảnh 4x6', copy: '02 bản' }],
			conditional: [{ name: 'Tờ khai', note: 'Nếu nộp trực tiếp' }],
			shown: [{ name: 'Căn cước' }],
		});
	});
});
