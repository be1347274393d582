import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lines, scratchCorpus, type ScratchCorpus } from '../../../helpers/corpus.ts';

const PROCEDURE = 'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md';
const CATALOGUE = 'catalogue/tthc/cap-xa.yaml';
const TIME_RULES = new Set([
	'schema',
	'step-time-quarter',
	'step-time-sum',
	'step-time-unstated',
	'part-time-sum',
	'parts-time-sum',
	'time-limit',
]);

let corpus: ScratchCorpus;
beforeEach(async () => {
	corpus = await scratchCorpus();
});
afterEach(() => corpus.dispose());

const findings = async (): Promise<string[]> => lines((await corpus.validate()).filter((item) => TIME_RULES.has(item.rule)));

/** A step in block style; `time` left out when undefined. */
const step = (action: string, time?: string, indent = '  '): string =>
	`${indent}- action: ${action}\n${indent}  role: Chuyên viên\n${time === undefined ? '' : `${indent}  time: ${time}\n`}`;

/** Replaces the procedure's time limit line and its steps block. */
async function layout(limit: string, body: string): Promise<void> {
	const text = await corpus.read(PROCEDURE);
	const start = /^(?:steps|parts):$/m.exec(text)?.index ?? -1;
	const end = text.indexOf('forms:\n');
	await corpus.write(PROCEDURE, `${text.slice(0, start)}${body}${text.slice(end)}`.replace('days: 3\n', limit));
}

describe('step times as officials write them', () => {
	it('accepts working days and hours with "làm việc", any case, and "Không tính thời gian" or "Giờ hành chính" as not counted', async () => {
		await layout(
			'days: 3\n',
			`steps:\n${step('Tiếp nhận', '0,5 ngày làm việc')}${step('Thẩm định', '1,5 Ngày làm việc')}${step('Trình ký', '4 giờ làm việc')}${step('Ký', '0,5 ngày')}${step('Vào sổ', 'Giờ hành chính')}${step('Trả kết quả', 'Không tính thời gian')}`,
		);
		expect(await findings()).toEqual([]);
	});

	it('checks half-hour steps against a limit in hours, never asking to round past it', async () => {
		await layout(
			'hours: 12\n',
			`steps:\n${step('Tiếp nhận', '0,5 giờ')}${step('Thẩm định', '1 giờ làm việc')}${step('Xử lý', '10 giờ')}${step('Ký', '0,5 giờ')}${step('Trả kết quả', 'không tính')}`,
		);
		expect(await findings()).toEqual([]);
		await corpus.edit(PROCEDURE, 'time: 0,5 giờ', 'time: 0,25 giờ');
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:24:1 error step-time-sum Thời hạn giải quyết là 12 giờ nhưng các bước được tính thời gian cộng lại 11,75 giờ. Sửa thời gian các bước hoặc thời hạn "hours" để hai số bằng nhau.',
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:36:5 error step-time-quarter Bước 1 ghi thời gian "0,25 giờ" (0,25 giờ): quy trình tính theo giờ nên thời gian mỗi bước theo bậc nửa giờ (0,5; 1; 1,5 … giờ). Ghi lại theo bậc nửa giờ mà tổng các bước vẫn bằng thời hạn giải quyết.',
		]);
	});

	it('compares a limit in hours with a legal limit in hours', async () => {
		await corpus.edit(CATALOGUE, 'days: 3', 'hours: 8');
		await layout('hours: 12\n', `steps:\n${step('Tiếp nhận', '2 giờ')}${step('Xử lý', '10 giờ')}`);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:24:1 error time-limit Thời hạn giải quyết 12 giờ vượt thời hạn 8 giờ mà quy định cho TTHC 1.001193 "Đăng ký khai sinh". Rút ngắn thời gian các bước để không vượt quá 8 giờ.',
		]);
	});

	it('compares clock hours only with clock hours, and skips a TTHC whose catalogue gives no limit', async () => {
		await corpus.edit(CATALOGUE, 'days: 3', 'hours: 8\n  clock: true');
		await layout('hours: 12\n', `steps:\n${step('Tiếp nhận', '2 giờ')}${step('Xử lý', '10 giờ')}`);
		expect(await findings()).toEqual([]);
		await corpus.edit(PROCEDURE, 'hours: 12\n', 'hours: 12\nclock: true\n');
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:24:1 error time-limit Thời hạn giải quyết 12 giờ vượt thời hạn 8 giờ mà quy định cho TTHC 1.001193 "Đăng ký khai sinh". Rút ngắn thời gian các bước để không vượt quá 8 giờ.',
		]);
		await corpus.edit(CATALOGUE, 'hours: 8\n  clock: true\n', '');
		expect(await findings()).toEqual([]);
	});

	it('accepts a same-day procedure with a cut-off hour, and flags steps longer than a working day', async () => {
		await layout(
			'sameDay:\n  cutoff: "15:00"\n',
			`steps:\n${step('Tiếp nhận', '0,5 giờ')}${step('Xử lý, ký', '3,5 giờ')}${step('Trả kết quả', 'không tính')}`,
		);
		expect(await findings()).toEqual([]);
		await corpus.edit(PROCEDURE, 'time: 3,5 giờ', 'time: 8 giờ');
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:24:1 error step-time-sum Thời hạn giải quyết là trong ngày nhưng các bước được tính thời gian cộng lại 8,5 giờ, quá một ngày làm việc (8 giờ). Sửa thời gian các bước.',
		]);
	});

	it('names the steps without a time instead of counting them as 0 days', async () => {
		await corpus.edit(PROCEDURE, '    time: 2\n', '');
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:38:5 warning step-time-unstated Bước 2 chưa ghi thời gian: các bước có ghi thời gian cộng lại 1 ngày, thời hạn là 3 ngày làm việc. Ghi thời gian các bước này theo văn bản gốc để tổng bằng thời hạn.',
		]);
	});

	it('says so when no step has a time, without adding up nothing', async () => {
		await layout('days: 3\n', `steps:\n${step('Tiếp nhận')}${step('Xử lý')}${step('Trả kết quả', 'không tính')}`);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:34:5 warning step-time-unstated Bước 1, 2 chưa ghi thời gian; thời hạn là 3 ngày làm việc. Ghi thời gian các bước này theo văn bản gốc để tổng bằng thời hạn.',
		]);
	});

	it('says how to write a time limit: one of days, hours and sameDay', async () => {
		await corpus.edit(PROCEDURE, 'days: 3\n', 'days: 3\nhours: 24\n');
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:25:1 error schema Trường "hours": ghi thời hạn giải quyết một cách: "days" (ngày làm việc), "hours" (giờ) hoặc "sameDay" (trong ngày), không ghi cả "days" và "hours".',
		]);
		await corpus.edit(PROCEDURE, 'days: 3\nhours: 24\n', '');
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:2:1 error schema Trường "days": thiếu thời hạn giải quyết: ghi "days" (số ngày làm việc), "hours" (số giờ) hoặc "sameDay: true" (trong ngày).',
		]);
	});

	it('takes clock hours only for a limit in hours', async () => {
		await corpus.edit(PROCEDURE, 'days: 3\n', 'days: 3\nclock: true\n');
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:25:1 error schema Trường "clock": "clock: true" chỉ dùng với thời hạn tính bằng giờ ("hours"); bỏ clock, hoặc ghi thời hạn ở "hours".',
		]);
		await corpus.edit(PROCEDURE, 'clock: true\n', 'clock: yes\n');
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:25:1 error schema Trường "clock": clock chỉ ghi true (giờ đồng hồ, tính liên tục kể cả ngày nghỉ); bỏ trống nếu là giờ làm việc.',
		]);
	});
});

describe('liên thông procedures in parts', () => {
	const parts = (communeDays: number, provinceDays: number, last = '1,5 ngày làm việc'): string =>
		`parts:\n  - name: Cấp xã\n    agency: UBND xã Minh Hòa\n    days: ${communeDays}\n    steps:\n${step('Tiếp nhận', '0,5 ngày làm việc', '      ')}${step('Chuyển hồ sơ lên Sở', '0,5 ngày làm việc', '      ')}` +
		`  - name: Cấp tỉnh\n    agency: Sở Tư pháp\n    days: ${provinceDays}\n    steps:\n${step('Tiếp nhận hồ sơ do xã chuyển đến', '0,5 ngày làm việc', '      ')}${step('Thẩm định, quyết định', last, '      ')}${step('Trả kết quả', 'không tính', '      ')}`;

	it('accept parts whose steps add up to each part and parts that add up to the whole', async () => {
		await layout('days: 3\n', parts(1, 2));
		expect(await findings()).toEqual([]);
	});

	it('check each part against its own time and the parts against the procedure', async () => {
		await layout('days: 3\n', parts(1, 2, '1 ngày làm việc'));
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:46:5 error part-time-sum Phần "II. Cấp tỉnh" là 2 ngày làm việc nhưng các bước được tính thời gian cộng lại 1,5 ngày. Sửa thời gian các bước hoặc thời hạn của phần "days" để hai số bằng nhau.',
		]);
		await layout('days: 3\n', parts(1, 2.5, '2 ngày làm việc'));
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:24:1 error parts-time-sum Thời hạn giải quyết là 3 ngày làm việc nhưng các phần cộng lại 3,5 ngày (I. Cấp xã 1 ngày; II. Cấp tỉnh 2,5 ngày). Sửa thời gian các phần hoặc thời hạn "days" để hai số bằng nhau.',
		]);
	});

	it('number steps from 1 in each part and name the part of a step without a time', async () => {
		await layout(
			'days: 3\n',
			parts(1, 2).replace('        time: 0,5 ngày làm việc\n      - action: Thẩm định', '      - action: Thẩm định'),
		);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:48:9 warning step-time-unstated Bước 1 của phần "II. Cấp tỉnh" chưa ghi thời gian: các bước có ghi thời gian cộng lại 1,5 ngày, thời hạn là 2 ngày làm việc. Ghi thời gian các bước này theo văn bản gốc để tổng bằng thời hạn.',
		]);
	});

	it('have names of their own', async () => {
		await layout('days: 3\n', parts(1, 2).replace('name: Cấp tỉnh', 'name: Cấp xã'));
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:44:5 error schema Trường "parts[1].name": hai phần cùng tên "Cấp xã"; đặt tên khác nhau, ví dụ "Cấp xã (tiếp nhận)" và "Cấp xã (trả kết quả)".',
		]);
	});

	it('take steps, parts or cases, one of them', async () => {
		await layout('days: 3\n', `${parts(1, 2)}steps:\n${step('Tiếp nhận', '3')}`);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:33:1 error schema Trường "parts": ghi các bước ở "steps" (một trường hợp), ở "parts" (liên thông nhiều cấp, mỗi phần có bước riêng) hoặc ở "cases" (nhiều trường hợp); chỉ ghi một trong ba.',
		]);
	});
});

describe('a value split at a comma inside { … }', () => {
	it('says the unknown field is the tail of the value before it, and shows it quoted, at the line of the key', async () => {
		await corpus.edit(
			PROCEDURE,
			'  - action: Thẩm định, trình ký\n    role: Công chức Tư pháp - Hộ tịch\n    time: 2\n',
			'  - { action: Thẩm định, trình ký, role: Công chức Tư pháp - Hộ tịch, time: 2 }\n',
		);
		await corpus.edit(
			PROCEDURE,
			'  - action: Ký giấy khai sinh\n    role: Chủ tịch UBND xã\n    time: 4 giờ\n',
			'  - { action: Ký giấy khai sinh, role: Chủ tịch UBND xã, time: 0,5 ngày }\n',
		);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:38:26 error schema Trường "steps[1]": "trình ký" không phải tên trường mà là phần sau dấu phẩy của giá trị "action": trong dấu { } dấu phẩy ngăn cách các trường. Đặt giá trị có dấu phẩy trong dấu ngoặc kép: action: "Thẩm định, trình ký", hoặc viết mỗi trường một dòng.',
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:39:66 error schema Trường "steps[2]": "5 ngày" không phải tên trường mà là phần sau dấu phẩy của giá trị "time": trong dấu { } dấu phẩy ngăn cách các trường. Đặt giá trị có dấu phẩy trong dấu ngoặc kép: time: "0,5 ngày", hoặc viết mỗi trường một dòng.',
		]);
	});

	it('keeps the plain message for a misspelt field', async () => {
		await corpus.edit(
			PROCEDURE,
			'  - action: Trả kết quả\n    role: Bộ phận Một cửa\n    time: không tính\n',
			'  - { action: Trả kết quả, rol: Bộ phận Một cửa }\n',
		);
		expect(await findings()).toEqual([
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:44:5 error schema Trường "steps[3].role": thiếu trường bắt buộc; cần ghi chữ.',
			'agencies/xa-minh-hoa/procedures/dang-ky-khai-sinh.md:44:28 error schema Trường "steps[3]": trường không có trong mẫu: rol; kiểm tra chính tả hoặc xóa trường này.',
		]);
	});
});
