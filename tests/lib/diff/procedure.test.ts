import { diffWordsWithSpace } from 'diff';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../../schemas/index.ts';
import { loadCorpus } from '../../../src/lib/load/index.ts';
import { diffDocumentFields } from '../../../src/lib/kinds/field-diff.ts';
import { diffBodies } from '../../../src/lib/diff/words.ts';
import { VALID_FIXTURE } from '../../helpers/corpus.ts';

async function fixtureProcedure(): Promise<Procedure> {
	const corpus = await loadCorpus(VALID_FIXTURE);
	const doc = corpus.agencies[0]?.procedures[0];
	if (doc === undefined) throw new Error('fixture procedure missing');
	return structuredClone(doc.data);
}

describe('field-by-field changes of a procedure', () => {
	it('are worded the way a reviewer reads them', async () => {
		const before = await fixtureProcedure();
		const after: Procedure = structuredClone(before);
		after.days = 2;
		after.dossier = [
			{ name: 'Tờ khai đăng ký khai sinh', copy: 'ban-chinh', count: 1, need: 'bat-buoc', form: 'BM-01' },
			{ name: 'Văn bản ủy quyền', copy: 'ban-sao-chung-thuc', count: 1, need: 'theo-truong-hop', note: 'Trường hợp ủy quyền' },
		];
		after.fees = [
			{ name: 'Lệ phí đăng ký khai sinh', amount: 0, method: 'truc-tuyen' },
			{ name: 'Lệ phí đăng ký khai sinh', amount: 5000, method: 'truc-tiep' },
			{ name: 'Phí sao lục', amount: 3000 },
		];
		after.legalBases = ['60/2014/QH13', '07/2026/NĐ-CP'];
		after.methods = ['truc-tiep', 'truc-tuyen', 'buu-chinh'];
		after.steps = [
			{ action: 'Tiếp nhận, kiểm tra hồ sơ', role: 'Trung tâm Phục vụ hành chính công', time: 0.5, outputs: ['BM-01'] },
			{ action: 'Thẩm định, trình ký', role: 'Công chức Tư pháp - Hộ tịch', time: 1, outputs: [] },
			{ action: 'Ký giấy khai sinh', role: 'Chủ tịch UBND xã', time: '4 giờ', outputs: [] },
		];
		after.approved = { name: 'Trần Văn Bình', title: 'Phó Chủ tịch UBND xã' };
		expect(diffDocumentFields('procedure', before, after).map((change) => change.text)).toEqual([
			'Thời hạn giải quyết: 3 → 2 ngày làm việc',
			'Cách thức thực hiện: thêm qua bưu chính công ích',
			'Căn cứ pháp lý: thay 123/2015/NĐ-CP bằng 07/2026/NĐ-CP',
			'Thành phần hồ sơ: thêm «Văn bản ủy quyền» (bản sao có chứng thực)',
			'Thành phần hồ sơ: không còn yêu cầu «Giấy chứng sinh»',
			'Phí, lệ phí: thêm «Phí sao lục» 3.000 đồng',
			'Lệ phí đăng ký khai sinh: miễn phí → miễn phí (nộp trực tuyến), 5.000 đồng (nộp trực tiếp)',
			'Bỏ bước «Trả kết quả» (Bộ phận Một cửa)',
			'Bước «Tiếp nhận, kiểm tra hồ sơ» chuyển từ Bộ phận Một cửa sang Trung tâm Phục vụ hành chính công',
			'Thời gian bước «Thẩm định, trình ký»: 2 ngày → 1 ngày',
			'Người phê duyệt: Nguyễn Văn An (Chủ tịch UBND xã) → Trần Văn Bình (Phó Chủ tịch UBND xã)',
		]);
	});

	it('tell "not stated" and "none" apart, and give a fee\'s unit, period and exemptions and a paper\'s way of submitting', async () => {
		const before = await fixtureProcedure();
		const after: Procedure = structuredClone(before);
		before.conditions = undefined;
		after.conditions = 'khong';
		after.applicants = undefined;
		after.fees = [{ name: 'Lệ phí đăng ký khai sinh', amount: 5600, unit: 'bản', until: '2023-12-31', exempt: ['Người thuộc hộ nghèo'] }];
		after.dossier = (before.dossier ?? []).map((item) =>
			item.name === 'Giấy chứng sinh' ? { ...item, need: 'xuat-trinh' as const } : item,
		);
		after.records = undefined;
		expect(diffDocumentFields('procedure', before, after).map((change) => change.text)).toEqual([
			'Đối tượng thực hiện: Cha, mẹ hoặc người thân thích của trẻ → chưa có thông tin',
			'Yêu cầu, điều kiện: chưa có thông tin → không có',
			'Cách nộp «Giấy chứng sinh»: bắt buộc nộp → xuất trình để đối chiếu, không nộp',
			'Lệ phí đăng ký khai sinh: miễn phí → 5.600 đồng/bản (đến hết ngày 31/12/2023; miễn cho Người thuộc hộ nghèo)',
			'Hồ sơ cần lưu: bỏ «Sổ đăng ký khai sinh»',
		]);
		const none = structuredClone(before);
		none.fees = 'khong';
		const unstated = structuredClone(before);
		unstated.fees = undefined;
		expect(diffDocumentFields('procedure', unstated, none).map((change) => change.text)).toEqual([
			'Phí, lệ phí: chưa có thông tin → không có',
		]);
	});

	it('tell a kind of copy no longer stated, forms stated as none, and a form known only by its title', async () => {
		const before = await fixtureProcedure();
		const after: Procedure = structuredClone(before);
		after.dossier = (before.dossier ?? []).map(({ copy, ...item }) =>
			item.name === 'Giấy chứng sinh' ? item : { ...item, ...(copy === undefined ? {} : { copy }) },
		);
		after.dossier.push({ name: 'Trích lục ghi chú ly hôn', count: 1, need: 'theo-truong-hop', note: 'Nếu đã ly hôn ở nước ngoài' });
		after.forms = [{ title: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' }];
		expect(diffDocumentFields('procedure', before, after).map((change) => change.text)).toEqual([
			'Thành phần hồ sơ: thêm «Trích lục ghi chú ly hôn»',
			'«Giấy chứng sinh»: bản chính → chưa ghi loại bản',
			'Biểu mẫu: thêm «Tờ khai cấp Giấy xác nhận tình trạng hôn nhân»',
			'Biểu mẫu: bỏ BM-01 «Tờ khai đăng ký khai sinh»',
		]);
		const none = structuredClone(before);
		none.forms = 'khong';
		const unstated = structuredClone(before);
		unstated.forms = undefined;
		expect(diffDocumentFields('procedure', unstated, none).map((change) => change.text)).toEqual([
			'Biểu mẫu: chưa có thông tin → không có',
		]);
		expect(diffDocumentFields('procedure', none, before).map((change) => change.text)).toEqual([
			'Biểu mẫu: thêm BM-01 «Tờ khai đăng ký khai sinh»',
		]);
	});

	it('tell a place, methods and legal bases no longer or newly stated', async () => {
		const before = await fixtureProcedure();
		const after: Procedure = structuredClone(before);
		after.reception = undefined;
		after.methods = undefined;
		after.legalBases = undefined;
		expect(diffDocumentFields('procedure', before, after).map((change) => change.text)).toEqual([
			'Nơi tiếp nhận và trả kết quả: Trung tâm Phục vụ hành chính công xã Minh Hòa → chưa có thông tin',
			'Cách thức thực hiện: nộp trực tiếp, nộp trực tuyến → chưa có thông tin',
			'Căn cứ pháp lý: 60/2014/QH13, 123/2015/NĐ-CP → chưa có thông tin',
		]);
		expect(diffDocumentFields('procedure', after, before).map((change) => change.text)).toEqual([
			'Nơi tiếp nhận và trả kết quả: chưa có thông tin → Trung tâm Phục vụ hành chính công xã Minh Hòa',
			'Cách thức thực hiện: chưa có thông tin → nộp trực tiếp, nộp trực tuyến',
			'Căn cứ pháp lý: chưa có thông tin → 60/2014/QH13, 123/2015/NĐ-CP',
		]);
	});

	it('tell a reviewer no longer or newly named', async () => {
		const before = await fixtureProcedure();
		const after: Procedure = structuredClone(before);
		after.reviewed = undefined;
		expect(diffDocumentFields('procedure', before, after).map((change) => change.text)).toEqual([
			'Người xem xét: Trần Văn Bình (Phó Chủ tịch UBND xã) → chưa có thông tin',
		]);
		expect(diffDocumentFields('procedure', after, before).map((change) => change.text)).toEqual([
			'Người xem xét: chưa có thông tin → Trần Văn Bình (Phó Chủ tịch UBND xã)',
		]);
	});

	it('are empty for identical issues', async () => {
		const before = await fixtureProcedure();
		expect(diffDocumentFields('procedure', before, structuredClone(before))).toEqual([]);
	});
});

describe('word-by-word changes of the body', () => {
	it('mark insertions and deletions within each section', () => {
		const before = '## 1. Mục đích\n\nQuy định trình tự giải quyết.\n\n## 2. Phạm vi\n\nÁp dụng tại xã.\n';
		const after =
			'## 1. Mục đích\n\nQuy định trình tự, thủ tục giải quyết.\n\n## 2. Phạm vi\n\nÁp dụng tại xã.\n\n## 3. Tài liệu viện dẫn\n\nLuật Hộ tịch.\n';
		expect(diffBodies(before, after)).toEqual([
			{
				title: '1. Mục đích',
				changed: true,
				parts: [
					{ text: 'Quy định trình tự', op: 'same' },
					{ text: ',', op: 'insert' },
					{ text: ' ', op: 'same' },
					{ text: 'thủ tục ', op: 'insert' },
					{ text: 'giải quyết.', op: 'same' },
				],
			},
			{ title: '2. Phạm vi', changed: false, parts: [{ text: 'Áp dụng tại xã.', op: 'same' }] },
			{ title: '3. Tài liệu viện dẫn', changed: true, parts: [{ text: 'Luật Hộ tịch.', op: 'insert' }] },
		]);
	});

	it('keep unchanged sections whole, empty ones empty, as the word diff itself would', () => {
		const body = '## 1. Mục đích\n\n## 2. Phạm vi\n\nÁp dụng tại  xã.\n';
		expect(diffBodies(body, body)).toEqual([
			{ title: '1. Mục đích', changed: false, parts: [] },
			{ title: '2. Phạm vi', changed: false, parts: [{ text: 'Áp dụng tại  xã.', op: 'same' }] },
		]);
		expect(diffWordsWithSpace('', '')).toEqual([]);
		expect(diffWordsWithSpace('Áp dụng tại  xã.', 'Áp dụng tại  xã.').map((part) => part.value)).toEqual(['Áp dụng tại  xã.']);
	});
});

describe('changes to time limits and parts', () => {
	const step = (action: string, time: string | number) => ({ action, role: 'Chuyên viên', time, outputs: [] });

	it('say a limit that changed unit in the words of the page', async () => {
		const before = await fixtureProcedure();
		const after: Procedure = structuredClone(before);
		delete after.days;
		after.hours = 12;
		expect(diffDocumentFields('procedure', before, after).map((change) => change.text)).toEqual([
			'Thời hạn giải quyết: 3 ngày làm việc → 12 giờ làm việc',
		]);
		const sameDay: Procedure = { ...structuredClone(after), sameDay: { cutoff: '15:00' } };
		delete sameDay.hours;
		expect(diffDocumentFields('procedure', after, sameDay).map((change) => change.text)).toEqual([
			'Thời hạn giải quyết: 12 giờ làm việc → trong ngày (hồ sơ nhận sau 15 giờ trả vào ngày làm việc tiếp theo)',
		]);
		const clock: Procedure = { ...structuredClone(after), clock: true, from: 'từ khi nhận thông tin' };
		expect(diffDocumentFields('procedure', after, clock).map((change) => change.text)).toEqual([
			'Thời hạn giải quyết: 12 giờ làm việc → 12 giờ (tính liên tục, kể cả ngày nghỉ)',
			'Thời hạn tính: kể từ ngày nhận đủ hồ sơ hợp lệ → từ khi nhận thông tin',
		]);
	});

	it('name parts added, removed, retimed, moved to another agency, and the steps changed in a part', async () => {
		const base = await fixtureProcedure();
		delete base.steps;
		const before: Procedure = {
			...base,
			days: 5,
			parts: [
				{ name: 'Cấp xã', agency: 'UBND xã', days: 2, steps: [step('Tiếp nhận', 1), step('Chuyển hồ sơ', 1)] },
				{ name: 'Cấp huyện', days: 3, steps: [step('Thẩm định', 3)] },
			],
		};
		const after: Procedure = {
			...base,
			days: 5,
			parts: [
				{ name: 'Cấp xã', agency: 'UBND phường', days: 1.5, steps: [step('Tiếp nhận', '0,5 ngày'), step('Chuyển hồ sơ', 1)] },
				{ name: 'Cấp tỉnh', agency: 'Sở Tư pháp', days: 3.5, steps: [step('Thẩm định', 3.5)] },
			],
		};
		expect(diffDocumentFields('procedure', before, after).map((change) => change.text)).toEqual([
			'Thêm phần «Cấp tỉnh» do Sở Tư pháp thực hiện, 3,5 ngày làm việc',
			'Bỏ phần «Cấp huyện»',
			'Thời gian phần «Cấp xã»: 2 → 1,5 ngày làm việc',
			'Cơ quan thực hiện phần «Cấp xã»: UBND xã → UBND phường',
			'Thời gian bước (phần «Cấp xã») «Tiếp nhận»: 1 ngày → 0,5 ngày',
		]);
	});

	it('show a step given half hours in hours, and one with no time as not stated', async () => {
		const before = await fixtureProcedure();
		const after: Procedure = structuredClone(before);
		after.steps = (after.steps ?? []).map((item, index) =>
			index === 0 ? { ...item, time: '0,5 giờ' } : index === 1 ? { action: item.action, role: item.role, outputs: item.outputs } : item,
		);
		expect(diffDocumentFields('procedure', before, after).map((change) => change.text)).toEqual([
			'Thời gian bước «Tiếp nhận, kiểm tra hồ sơ»: 0,5 ngày → 0,5 giờ',
			'Thời gian bước «Thẩm định, trình ký»: 2 ngày → chưa ghi thời gian',
		]);
	});
});
