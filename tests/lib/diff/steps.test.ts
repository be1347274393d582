import { describe, expect, it } from 'vitest';
import type { Step } from '../../../schemas/step.ts';
import { actionSimilarity, diffSteps } from '../../../src/lib/diff/steps.ts';

const step = (action: string, role: string, time: Step['time']): Step => ({ action, role, time, outputs: [] });

describe('diffSteps', () => {
	it('shows a step whose wording and role both changed as one changed step', () => {
		const before = [
			step('Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ', 'Công chức Tư pháp - Hộ tịch', 0.5),
			step('Xem xét, ký Giấy khai sinh; đóng dấu', 'Chủ tịch UBND phường', 0.25),
			step('Trả kết quả', 'Công chức Tư pháp - Hộ tịch', 'không tính'),
		];
		const after = [
			step('Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ; chuyển hồ sơ trên phần mềm một cửa', 'Công chức tiếp nhận', 0.25),
			step('Xem xét, ký Giấy khai sinh', 'Chủ tịch UBND phường', 0.25),
			step('Vào sổ, đóng dấu', 'Văn thư', 0.25),
			step('Trả kết quả', 'Công chức Tư pháp - Hộ tịch', 'không tính'),
		];
		expect(diffSteps(before, after).map((change) => [change.change, change.text])).toEqual([
			['added', 'Thêm bước «Vào sổ, đóng dấu» do Văn thư thực hiện, 0,25 ngày'],
			[
				'changed',
				'Bước đổi nội dung: «Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ» → «Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ; chuyển hồ sơ trên phần mềm một cửa»; chuyển từ Công chức Tư pháp - Hộ tịch sang Công chức tiếp nhận; thời gian 0,5 ngày → 0,25 ngày',
			],
			['changed', 'Bước đổi nội dung: «Xem xét, ký Giấy khai sinh; đóng dấu» → «Xem xét, ký Giấy khai sinh»'],
		]);
		const [, reworded] = diffSteps(before, after);
		expect(reworded).toMatchObject({
			before: 'Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận hồ sơ',
			label: 'Bước đổi nội dung',
			suffix: '; chuyển từ Công chức Tư pháp - Hộ tịch sang Công chức tiếp nhận; thời gian 0,5 ngày → 0,25 ngày',
			prose: true,
		});
	});

	it('tells a step written over several lines on one line, and sees no change when only the line breaks move', () => {
		const before = [step('- Lấy số văn bản và đóng dấu, phát hành; - Chuyển hồ sơ đến Sở Nội vụ.', 'Văn thư', '4 giờ')];
		const after = [step('- Lấy số văn bản và đóng dấu, phát hành;\n- Chuyển hồ sơ đến Sở Nội vụ.', 'Văn thư', '4 giờ')];
		expect(diffSteps(before, after)).toEqual([]);
		expect(diffSteps([], [step('- Tiếp nhận hồ sơ;\n- Số hóa hồ sơ.', 'Công chức', '4 giờ')]).map((change) => change.text)).toEqual([
			'Thêm bước «- Tiếp nhận hồ sơ; - Số hóa hồ sơ.» do Công chức thực hiện, 0,5 ngày',
		]);
	});

	it('keeps unlike steps as one removed and one added', () => {
		expect(
			diffSteps([step('Thẩm định hồ sơ', 'Chuyên viên', 1)], [step('Niêm yết công khai', 'Chuyên viên', 1)], ' (trường hợp «A»)').map(
				(change) => change.text,
			),
		).toEqual([
			'Bỏ bước (trường hợp «A») «Thẩm định hồ sơ» (Chuyên viên)',
			'Thêm bước (trường hợp «A») «Niêm yết công khai» do Chuyên viên thực hiện, 1 ngày',
		]);
	});
});

describe('actionSimilarity', () => {
	it('counts shared words without diacritics, 0 to 1', () => {
		expect(actionSimilarity('Ký, đóng dấu', 'ky dong dau')).toBe(1);
		expect(actionSimilarity('Thẩm định hồ sơ', 'Niêm yết công khai')).toBe(0);
		expect(actionSimilarity('Xem xét, ký', 'Xem xét')).toBe(0.8);
		expect(actionSimilarity('', 'Xem xét')).toBe(0);
	});
});
