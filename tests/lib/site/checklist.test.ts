import { describe, expect, it } from 'vitest';
import { dossierChecklist } from '../../../src/lib/site/checklist.ts';

describe('dossierChecklist', () => {
	it('sorts papers into required, conditional and shown-only by their notes', () => {
		const checklist = dossierChecklist([
			{ name: 'Tờ khai', copy: 'ban-chinh', count: 1 },
			{ name: 'Giấy chứng sinh', copy: 'ban-chinh', count: 1, note: 'Trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng' },
			{ name: 'Biên bản trẻ bị bỏ rơi', copy: 'ban-chinh', count: 1, note: 'Chỉ nộp khi đăng ký khai sinh cho trẻ em bị bỏ rơi' },
			{ name: 'Văn bản ủy quyền', copy: 'ban-sao-chung-thuc', count: 2, note: 'Trường hợp ủy quyền' },
			{ name: 'Căn cước', copy: 'ban-chinh', count: 1, note: 'Xuất trình để đối chiếu, không phải nộp' },
		]);
		expect(checklist).toEqual({
			required: [
				{ name: 'Tờ khai', copy: 'bản chính' },
				{ name: 'Giấy chứng sinh', copy: 'bản chính', note: 'Trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng' },
			],
			conditional: [
				{ name: 'Biên bản trẻ bị bỏ rơi', copy: 'bản chính', note: 'Chỉ nộp khi đăng ký khai sinh cho trẻ em bị bỏ rơi' },
				{ name: 'Văn bản ủy quyền', copy: 'bản sao có chứng thực, 02 bản', note: 'Trường hợp ủy quyền' },
			],
			shown: [{ name: 'Căn cước', copy: 'bản chính', note: 'Xuất trình để đối chiếu, không phải nộp' }],
		});
	});
});
