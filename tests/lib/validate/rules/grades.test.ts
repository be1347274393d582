import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lines, scratchCorpus, type ScratchCorpus } from '../../../helpers/corpus.ts';

const PROVINCE = 'province.yaml';
const AGENCY = 'agencies/xa-minh-hoa/agency.yaml';
const INSPECTION =
	'inspections:\n  - { date: 2026-03-10, body: Ban Chỉ đạo ISO tỉnh, mode: truc-tiep, score: 78.5, record: Thông báo 12/TB-BCĐ }\n';

let corpus: ScratchCorpus;
beforeEach(async () => {
	corpus = await scratchCorpus();
});
afterEach(() => corpus.dispose());

const findings = async (): Promise<string[]> =>
	lines((await corpus.validate()).filter((item) => item.rule === 'grade-bands' || item.rule === 'schema'));
const bands = (...pairs: Array<[string, number]>): string =>
	`grades:\n${pairs.map(([name, min]) => `  - { name: ${name}, min: ${min} }\n`).join('')}`;

describe('inspection grades', () => {
	it('accept bands from 100 down to 0 without overlap', async () => {
		await corpus.write(PROVINCE, `${await corpus.read(PROVINCE)}${bands(['Tốt', 90], ['Khá', 75], ['Trung bình', 50], ['Yếu', 0])}`);
		await corpus.write(AGENCY, `${await corpus.read(AGENCY)}${INSPECTION}`);
		expect(await findings()).toEqual([]);
	});

	it('report a band that overlaps the one above and a gap under the lowest', async () => {
		await corpus.write(PROVINCE, `${await corpus.read(PROVINCE)}${bands(['Tốt', 90], ['Khá', 90], ['Trung bình', 50])}`);
		expect(await findings()).toEqual([
			'province.yaml:7:18 error grade-bands Xếp loại "Khá" (từ 90 điểm) chồng lên xếp loại "Tốt" (từ 90 điểm). Ghi các xếp loại từ cao xuống thấp, điểm tối thiểu giảm dần và không trùng nhau.',
			'province.yaml:8:25 error grade-bands Điểm dưới 50 không thuộc xếp loại nào. Thêm xếp loại thấp nhất có "min: 0", hoặc sửa điểm tối thiểu của "Trung bình" thành 0.',
		]);
	});

	it('report an inspection score outside 0–100, and inspections with no bands to grade them', async () => {
		await corpus.write(AGENCY, `${await corpus.read(AGENCY)}${INSPECTION.replace('78.5', '105')}`);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/agency.yaml:25:70 error schema Trường "inspections[0].score": điểm kiểm tra từ 0 đến 100.',
		]);
		await corpus.write(AGENCY, `${(await corpus.read(AGENCY)).replace('105', '78.5')}`);
		expect(await findings()).toEqual([
			'province.yaml:1:1 error grade-bands Có cơ quan đã được kiểm tra nhưng tỉnh chưa khai báo thang xếp loại, nên điểm kiểm tra không được xếp loại. Thêm "grades" vào province.yaml, ví dụ Tốt từ 90, Khá từ 75, Trung bình từ 50, Yếu từ 0.',
		]);
	});
});
