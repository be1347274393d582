import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lines, scratchCorpus, type ScratchCorpus } from '../../../helpers/corpus.ts';
import { statisticsMonth } from '../../../fixtures/report/generate.ts';

const FILE = 'agencies/xa-minh-hoa/statistics/2026.yaml';

let corpus: ScratchCorpus;
beforeEach(async () => {
	corpus = await scratchCorpus();
});
afterEach(() => corpus.dispose());

const findings = async (): Promise<string[]> =>
	lines((await corpus.validate()).filter((item) => item.rule.startsWith('statistics') || item.rule === 'schema'));

describe('dossier statistics', () => {
	it('accept months that balance and carry over what the month before left pending', async () => {
		await corpus.write(
			FILE,
			`year: 2026\nmonths:\n${statisticsMonth(5, [30, 20, 0], 0, [30, 10, 2], [6, 1], [1, 0])}${statisticsMonth(6, [10, 5, 1], 7, [15, 0, 0], [8, 0], [0, 0])}`,
		);
		expect(await findings()).toEqual([]);
	});

	it('report a month that does not balance and one that carries over a different count, at the month', async () => {
		await corpus.write(
			FILE,
			`year: 2026\nmonths:\n${statisticsMonth(5, [30, 20, 0], 0, [30, 10, 2], [6, 1], [0, 0])}${statisticsMonth(6, [10, 5, 1], 9, [15, 0, 0], [10, 0], [0, 0])}`,
		);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/statistics/2026.yaml:3:5 warning statistics-balance Tháng 5/2026: kỳ trước chuyển qua 0 + tiếp nhận 50 = 50 hồ sơ, nhưng đã giải quyết 42 + đang giải quyết 7 + trả lại 0 + rút 0 = 49 (chênh 1). Đối chiếu lại với báo cáo của Hệ thống thông tin giải quyết TTHC.',
			'agencies/xa-minh-hoa/statistics/2026.yaml:19:5 warning statistics-carry Tháng 6/2026: kỳ trước chuyển qua 9 hồ sơ, nhưng cuối tháng trước còn 7 hồ sơ đang giải quyết. Số chuyển qua phải bằng số đang giải quyết cuối tháng trước.',
		]);
	});

	it('carry over across the turn of the year', async () => {
		await corpus.write(
			'agencies/xa-minh-hoa/statistics/2025.yaml',
			`year: 2025\nmonths:\n${statisticsMonth(12, [5, 0, 0], 0, [3, 0, 0], [2, 0], [0, 0])}`,
		);
		await corpus.write(FILE, `year: 2026\nmonths:\n${statisticsMonth(1, [5, 0, 0], 0, [5, 0, 0], [0, 0], [0, 0])}`);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/statistics/2026.yaml:7:5 warning statistics-carry Tháng 1/2026: kỳ trước chuyển qua 0 hồ sơ, nhưng cuối tháng trước còn 2 hồ sơ đang giải quyết. Số chuyển qua phải bằng số đang giải quyết cuối tháng trước.',
		]);
	});

	it('report a year other than the file name, a month twice, and counts that are not whole', async () => {
		await corpus.write(
			FILE,
			`year: 2026\nmonths:\n${statisticsMonth(5, [30, 20, 0], 0, [30, 10, 2], [6, 1], [1, 0])}${statisticsMonth(5, [1.5, 0, 0], 0, [0, 0, 0], [0, 0], [0, 0])}`,
		);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/statistics/2026.yaml:16:5 error schema Trường "months[1].receivedOnline": cần số hồ sơ là số nguyên.',
		]);
		await corpus.write(
			FILE,
			`year: 2026\nmonths:\n${statisticsMonth(5, [30, 20, 0], 0, [30, 10, 2], [6, 1], [1, 0])}${statisticsMonth(5, [1, 0, 0], 0, [1, 0, 0], [0, 0], [0, 0])}`,
		);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/statistics/2026.yaml:15:5 error schema Trường "months[1].month": tháng 5 đã có số liệu ở mục trước; mỗi tháng chỉ ghi một lần.',
		]);
		await corpus.write(FILE, `year: 2025\nmonths:\n${statisticsMonth(5, [30, 20, 0], 0, [30, 10, 2], [6, 1], [1, 0])}`);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/statistics/2026.yaml:1:1 error statistics-year Tệp 2026.yaml ghi "year: 2025". Sửa năm cho trùng tên tệp, hoặc đổi tên tệp thành 2025.yaml.',
		]);
	});
});
