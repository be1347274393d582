import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { IsoDateSchema, ParagraphSchema, SlugSchema, TextSchema, TthcCodeSchema } from '../../../schemas/common.ts';
import { StepSchema } from '../../../schemas/step.ts';
import { FormSchema } from '../../../schemas/procedure.ts';
import {
	decapField,
	flaglessSource,
	labelOf,
	isNumberOrText,
	isTrueOnly,
	noneWord,
	objectFields,
	pathsWhere,
	pathsWith,
	type FieldOptions,
} from '../../../src/lib/admin/fields.ts';

const NONE: FieldOptions = { choices: { tthc: [], legal: [], agency: [] } };
const CATALOGUES: FieldOptions = {
	choices: {
		tthc: [{ value: '1.001193', label: '1.001193 — Đăng ký khai sinh' }],
		legal: [{ value: '60/2014/QH13', label: '60/2014/QH13 — Luật Hộ tịch' }],
		agency: [{ value: 'so-tu-phap', label: 'so-tu-phap — Sở Tư pháp' }],
	},
};

describe('labelOf', () => {
	it('takes the label before a colon, a semicolon or ", ví dụ", and ends the hint with the field name', () => {
		expect(labelOf('time', 'Thời gian thực hiện: số ngày làm việc, "4 giờ" hoặc "không tính" (time)')).toEqual({
			label: 'Thời gian thực hiện',
			hint: 'Số ngày làm việc, "4 giờ" hoặc "không tính". Trường `time`.',
		});
		expect(labelOf('code', 'Mã hiệu tài liệu, duy nhất trong cơ quan, ví dụ QT-01 (code)')).toEqual({
			label: 'Mã hiệu tài liệu, duy nhất trong cơ quan',
			hint: 'Ví dụ QT-01. Trường `code`.',
		});
		expect(labelOf('amount', 'Mức thu, đồng; 0 là miễn (amount)')).toEqual({ label: 'Mức thu, đồng', hint: '0 là miễn. Trường `amount`.' });
		expect(labelOf('fees', 'Phí, lệ phí (fees)')).toEqual({ label: 'Phí, lệ phí', hint: 'Trường `fees`.' });
		expect(labelOf('issue', 'Lần ban hành: 1, 2, 3… (issue)')).toEqual({ label: 'Lần ban hành', hint: '1, 2, 3… Trường `issue`.' });
	});

	it('falls back on the field name when the schema describes nothing', () => {
		expect(labelOf('extra', undefined)).toEqual({ label: 'extra', hint: 'Trường `extra`.' });
	});
});

describe('decapField', () => {
	it('gives a one-line text a string input, a paragraph a text area, a date the date picker in YYYY-MM-DD', () => {
		expect(decapField('title', TextSchema.describe('Tên tài liệu (title)'), NONE)).toEqual({
			name: 'title',
			label: 'Tên tài liệu',
			hint: 'Trường `title`.',
			widget: 'string',
		});
		expect(decapField('note', ParagraphSchema.optional().describe('Ghi chú (note)'), NONE)).toEqual({
			name: 'note',
			label: 'Ghi chú',
			hint: 'Trường `note`.',
			required: false,
			widget: 'text',
		});
		expect(decapField('issued', IsoDateSchema.describe('Ngày ban hành (issued)'), NONE)).toEqual({
			name: 'issued',
			label: 'Ngày ban hành',
			hint: 'Trường `issued`.',
			widget: 'datetime',
			format: 'YYYY-MM-DD',
			date_format: 'YYYY-MM-DD',
			time_format: false,
			picker_utc: true,
		});
	});

	it("checks a pattern while typing, with the schema's own message", () => {
		expect(decapField('parent', SlugSchema.optional().describe('Mã cơ quan cấp trên (parent)'), NONE)).toEqual({
			name: 'parent',
			label: 'Mã cơ quan cấp trên',
			hint: 'Trường `parent`.',
			required: false,
			widget: 'string',
			pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'chỉ dùng chữ thường không dấu, chữ số và dấu gạch nối (ví dụ so-tu-phap)'],
		});
	});

	it('makes integers and numbers number inputs with their minimum and default', () => {
		expect(decapField('count', z.int().min(1).default(1).describe('Số lượng bản (count)'), NONE)).toEqual({
			name: 'count',
			label: 'Số lượng bản',
			hint: 'Trường `count`.',
			required: false,
			default: 1,
			widget: 'number',
			value_type: 'int',
			min: 1,
		});
		expect(decapField('days', z.number().nonnegative().describe('Thời hạn (days)'), NONE)).toEqual({
			name: 'days',
			label: 'Thời hạn',
			hint: 'Trường `days`.',
			widget: 'number',
			value_type: 'float',
			min: 0,
		});
	});

	it('makes an enum a select and a list of enum values a multiple select', () => {
		const Method = z.enum(['truc-tiep', 'truc-tuyen']);
		expect(decapField('method', Method.describe('Cách thức (method)'), NONE)).toMatchObject({
			widget: 'select',
			options: ['truc-tiep', 'truc-tuyen'],
		});
		expect(decapField('methods', z.array(Method).describe('Cách thức (methods)'), NONE)).toMatchObject({
			widget: 'select',
			multiple: true,
			options: ['truc-tiep', 'truc-tuyen'],
		});
		expect(decapField('ok', z.boolean().default(true).describe('Bắt buộc (ok)'), NONE)).toMatchObject({
			widget: 'boolean',
			default: true,
			required: false,
		});
	});

	it('picks TTHC codes, legal documents and agencies from the catalogues, or takes text with the pattern when a catalogue is empty', () => {
		expect(decapField('tthc', z.array(TthcCodeSchema).describe('Mã TTHC (tthc)'), CATALOGUES)).toMatchObject({
			widget: 'select',
			multiple: true,
			options: [{ value: '1.001193', label: '1.001193 — Đăng ký khai sinh' }],
		});
		expect(decapField('legalBases', z.array(TextSchema).describe('Căn cứ (legalBases)'), CATALOGUES)).toMatchObject({
			widget: 'select',
			multiple: true,
			options: [{ value: '60/2014/QH13', label: '60/2014/QH13 — Luật Hộ tịch' }],
		});
		expect(decapField('successor', SlugSchema.optional().describe('Kế thừa (successor)'), CATALOGUES)).toMatchObject({
			widget: 'select',
			options: [{ value: 'so-tu-phap', label: 'so-tu-phap — Sở Tư pháp' }],
		});
		expect(decapField('code', TthcCodeSchema.describe('Mã TTHC (code)'), NONE)).toMatchObject({
			widget: 'string',
			pattern: [
				expect.stringContaining('\\d\\.\\d{6}'),
				'mã TTHC phải có dạng d.dddddd (ví dụ 1.000894), hoặc biến thể địa phương 1.000894.000.00.00.H29',
			],
		});
	});

	it('makes a list of objects a list with a sub-form, and a list of texts a list of inputs', () => {
		const field = decapField('outputs', z.array(TextSchema).default([]).describe('Biểu mẫu (outputs)'), NONE);
		expect(field).toEqual({
			name: 'outputs',
			label: 'Biểu mẫu',
			hint: 'Trường `outputs`.',
			required: false,
			widget: 'list',
			field: { name: 'outputs', label: 'Biểu mẫu', hint: '', widget: 'string' },
		});
		const steps = decapField('steps', z.array(StepSchema).optional().describe('Các bước (steps)'), NONE);
		expect(steps).toMatchObject({ widget: 'list', collapsed: false, summary: '{{fields.action}}' });
		expect(steps.fields?.map((sub) => sub.name)).toEqual(Object.keys(StepSchema.shape));
		// A form's code may be left out: its rows are summed up by the title every form has.
		const forms = decapField('forms', z.array(FormSchema).optional().describe('Biểu mẫu (forms)'), NONE);
		expect(forms).toMatchObject({ widget: 'list', collapsed: false, summary: '{{fields.title}}' });
		expect(forms.fields?.map((sub) => [sub.name, sub.required ?? true])).toEqual([
			['code', false],
			['title', true],
			['file', false],
			['source', false],
		]);
	});

	it('checks a step time while typing: a number of days, hours, days in words, or a time not counted, in any case', () => {
		const time = objectFields(StepSchema, NONE).find((field) => field.name === 'time');
		const [source = '', message] = time?.pattern ?? [];
		expect(message).toBe(
			'ghi số ngày làm việc (0.5), "0,5 ngày làm việc", "4 giờ", "1 giờ làm việc", "không tính thời gian" hoặc "giờ hành chính"',
		);
		// Decap builds the pattern without flags.
		const pattern = new RegExp(source);
		const accepted = ['0.5', '0,25', '2', '4 giờ', '0,5 ngày', '0,5 ngày làm việc', 'không tính', 'Không tính thời gian', 'GIỜ HÀNH CHÍNH'];
		expect(accepted.filter((text) => !pattern.test(text))).toEqual([]);
		expect(['', 'nửa ngày', '4h', '-1'].filter((text) => pattern.test(text))).toEqual([]);
	});
});

describe('flaglessSource', () => {
	it('spells the letters of a case-insensitive pattern in both cases, leaving escapes and classes alone', () => {
		expect(flaglessSource(/^giờ\s+[a-z]\d$/i)).toBe('^[gG][iI][ờỜ]\\s+[a-z]\\d$');
		expect(flaglessSource(/^QT-\d{2}$/)).toBe('^QT-\\d{2}$');
	});
});

describe('pathsWhere', () => {
	it('finds the step times under steps and under the steps of each case, and the true-only fields', () => {
		const SameDay = z.union([z.literal(true), z.object({ cutoff: z.string() })]);
		const Procedure = z.object({
			sameDay: SameDay.optional(),
			steps: z.array(StepSchema).optional(),
			cases: z.array(z.object({ sameDay: SameDay.optional(), steps: z.array(StepSchema) })).optional(),
		});
		expect(pathsWhere(Procedure, isNumberOrText)).toEqual([
			['steps', '*', 'time'],
			['cases', '*', 'steps', '*', 'time'],
		]);
		expect(pathsWhere(Procedure, isTrueOnly)).toEqual([['sameDay'], ['cases', '*', 'sameDay']]);
		expect(decapField('sameDay', SameDay.optional().describe('Giải quyết ngay trong ngày (sameDay)'), NONE)).toEqual({
			name: 'sameDay',
			label: 'Giải quyết ngay trong ngày',
			hint: 'Trường `sameDay`.',
			required: false,
			widget: 'boolean',
		});
	});
});

describe('a list or the word for none', () => {
	const Fees = z.union([z.literal('khong'), z.array(z.object({ name: TextSchema.describe('Tên khoản phí (name)') })).min(1)]);

	it('is the list in the form, with a hint on how to write "khong"', () => {
		expect(decapField('fees', Fees.optional().describe('Phí, lệ phí: danh sách (fees)'), NONE)).toEqual({
			name: 'fees',
			label: 'Phí, lệ phí',
			hint: 'Danh sách. Trường `fees`. Xóa hết các dòng để ghi "khong".',
			required: false,
			widget: 'list',
			collapsed: false,
			summary: '{{fields.name}}',
			fields: [{ name: 'name', label: 'Tên khoản phí', hint: 'Trường `name`.', widget: 'string' }],
		});
	});

	it('is found with its word for the save hook', () => {
		expect(noneWord(Fees)).toBe('khong');
		expect(noneWord(z.union([z.literal(true), z.object({})]))).toBeUndefined();
		expect(pathsWith(z.object({ fees: Fees.optional(), cases: z.array(z.object({ fees: Fees })) }), noneWord)).toEqual([
			[['fees'], 'khong'],
			[['cases', '*', 'fees'], 'khong'],
		]);
	});
});
