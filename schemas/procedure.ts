import { z } from 'astro/zod';
import { MoneySchema, ParagraphSchema, TextSchema, TthcCodeSchema } from './common.ts';
import { DocumentControlShape } from './document-control.ts';
import { StepSchema } from './step.ts';
import { checkTimeLimit, TimeLimitShape } from './time-limit.ts';

/** Ways to submit a dossier and receive the result (cách thức thực hiện). */
export const METHODS = ['truc-tiep', 'truc-tuyen', 'buu-chinh'] as const;
export const MethodSchema = z.enum(METHODS, {
	error: 'cách thức phải là một trong: truc-tiep (trực tiếp), truc-tuyen (trực tuyến), buu-chinh (bưu chính công ích)',
});

/** One dossier component (thành phần hồ sơ). */
export const DossierItemSchema = z
	.object({
		/** Tên giấy tờ — name. */
		name: TextSchema.describe('Tên giấy tờ (name)'),
		/** Loại bản — copy: original, copy, certified copy, or original or copy. */
		copy: z
			.enum(['ban-chinh', 'ban-sao', 'ban-sao-chung-thuc', 'ban-chinh-hoac-ban-sao'], {
				error: 'loại bản phải là ban-chinh, ban-sao, ban-sao-chung-thuc hoặc ban-chinh-hoac-ban-sao',
			})
			.describe('Bản chính / bản sao / bản sao chứng thực (copy)'),
		/** Số lượng — count: copies of this paper. */
		count: z.int().min(1).default(1).describe('Số lượng bản (count)'),
		/** Mẫu đơn, tờ khai — form: code of a form in `forms`, when the paper has a form. */
		form: TextSchema.optional().describe('Mã biểu mẫu trong mục forms, ví dụ BM-01 (form)'),
		/** Ghi chú — note: when the paper is needed. */
		note: ParagraphSchema.optional().describe('Ghi chú, ví dụ "trường hợp ủy quyền" (note)'),
	})
	.strict();

/** A fee or charge for one method (phí, lệ phí). */
export const FeeSchema = z
	.object({
		/** Tên khoản thu — name: "Lệ phí", "Phí thẩm định"… */
		name: TextSchema.describe('Tên khoản phí, lệ phí (name)'),
		/** Mức thu — amount in đồng; 0 means free. */
		amount: MoneySchema.describe('Mức thu, đồng; 0 là miễn (amount)'),
		/** Cách thức — method the amount applies to; absent means every method. */
		method: MethodSchema.optional().describe('Áp dụng cho cách thức nào; bỏ trống nếu mọi cách thức (method)'),
		/** Ghi chú — note: exemptions, legal source. */
		note: ParagraphSchema.optional().describe('Ghi chú, căn cứ thu, đối tượng miễn (note)'),
	})
	.strict();

/** A form attached to the procedure (biểu mẫu). */
export const FormSchema = z
	.object({
		/** Mã biểu mẫu — code, e.g. BM-01. */
		code: TextSchema.describe('Mã biểu mẫu, ví dụ BM-01 (code)'),
		/** Tên biểu mẫu — title. */
		title: TextSchema.describe('Tên biểu mẫu (title)'),
		/** Tệp — file, relative to the agency folder, e.g. forms/bm-01-to-khai.docx. */
		file: TextSchema.describe('Đường dẫn tệp, tính từ thư mục cơ quan, ví dụ forms/bm-01.docx (file)'),
	})
	.strict();

/** A record the procedure says must be kept (hồ sơ cần lưu). */
export const RecordSchema = z
	.object({
		/** Tên hồ sơ — name. */
		name: TextSchema.describe('Tên hồ sơ (name)'),
		/** Bộ phận lưu — keeper. */
		keeper: TextSchema.describe('Bộ phận, người lưu (keeper)'),
		/** Thời gian lưu — retention, e.g. "05 năm", "Vĩnh viễn". */
		retention: TextSchema.describe('Thời gian lưu (retention)'),
	})
	.strict();

/**
 * A part of a step table handled at one level or agency (phần liên thông: "I. Cấp xã", "II. Cấp
 * tỉnh"), with its own time and steps numbered from 1.
 */
export const PartSchema = z
	.object({
		/** Tên phần — name: the level or stage, "Cấp xã", "Cấp tỉnh"; the page numbers parts I, II … */
		name: TextSchema.describe('Tên phần, ví dụ Cấp xã; trang tự đánh số I, II… (name)'),
		/** Cơ quan thực hiện — agency of this part, e.g. "UBND xã", "Sở Tư pháp". */
		agency: TextSchema.optional().describe('Cơ quan thực hiện phần này, ví dụ Sở Tư pháp (agency)'),
		...TimeLimitShape,
		/** Các bước — steps of this part. */
		steps: z.array(StepSchema).min(1, { error: 'mỗi phần cần ít nhất một bước' }).describe('Các bước của phần (steps)'),
	})
	.strict()
	.superRefine((value, ctx) => checkTimeLimit(value, ctx, [], true));

/** Adds an issue at each part named like one before it: parts are told apart by name, in the page and in a diff. */
function checkPartNames(parts: ReadonlyArray<{ name: string }> | undefined, ctx: z.core.$RefinementCtx): void {
	const seen = new Set<string>();
	parts?.forEach((part, index) => {
		if (seen.has(part.name)) ctx.addIssue({ code: 'custom', path: ['parts', index, 'name'], message: `hai phần cùng tên "${part.name}"; đặt tên khác nhau, ví dụ "Cấp xã (tiếp nhận)" và "Cấp xã (trả kết quả)"` });
		seen.add(part.name);
	});
}

/** Adds an issue unless exactly one of the step layouts in `keys` is written. */
function checkOneLayout(value: Record<string, unknown>, ctx: z.core.$RefinementCtx, keys: readonly string[], message: string): boolean {
	const given = keys.filter((key) => value[key] !== undefined);
	if (given.length !== 1) ctx.addIssue({ code: 'custom', path: given.length > 1 ? [given[1] ?? ''] : [], message });
	return given.length === 1;
}

/** A case (trường hợp) with its own steps (or parts) and total time. */
export const CaseSchema = z
	.object({
		/** Tên trường hợp — name. */
		name: TextSchema.describe('Tên trường hợp (name)'),
		...TimeLimitShape,
		/** Các bước — steps. */
		steps: z.array(StepSchema).min(1, { error: 'mỗi trường hợp cần ít nhất một bước' }).optional().describe('Các bước xử lý (steps)'),
		/** Các phần liên thông — parts, when the case passes through several levels. */
		parts: z.array(PartSchema).min(1, { error: 'cần ít nhất một phần' }).optional().describe('Các phần liên thông, mỗi phần một cấp hoặc cơ quan (parts)'),
	})
	.strict()
	.superRefine((value, ctx) => {
		checkOneLayout(value, ctx, ['steps', 'parts'], 'mỗi trường hợp ghi các bước ở "steps", hoặc ở "parts" khi liên thông nhiều cấp; chỉ ghi một trong hai');
		checkTimeLimit(value, ctx, [], true);
		checkPartNames(value.parts, ctx);
	});

/** Frontmatter of a TTHC procedure (quy trình giải quyết thủ tục hành chính). */
export const ProcedureSchema = z
	.object({
		...DocumentControlShape,
		/** Thủ tục hành chính — tthc: national codes of the TTHC the procedure covers, from the catalogue. */
		tthc: z.array(TthcCodeSchema).min(1, { error: 'cần ít nhất một mã TTHC' }).describe('Mã các TTHC mà quy trình áp dụng (tthc)'),
		/** Căn cứ pháp lý — legalBases: numbers of documents in the legal registry. */
		legalBases: z.array(TextSchema).min(1, { error: 'cần ít nhất một căn cứ pháp lý' }).describe('Số ký hiệu văn bản trong danh mục văn bản pháp luật (legalBases)'),
		/** Thành phần hồ sơ — dossier. */
		dossier: z.array(DossierItemSchema).min(1, { error: 'cần liệt kê thành phần hồ sơ' }).describe('Thành phần hồ sơ (dossier)'),
		/** Số lượng hồ sơ — dossierSets: how many sets to submit. */
		dossierSets: z.int().min(1).default(1).describe('Số bộ hồ sơ (dossierSets)'),
		/** Thời hạn giải quyết — days, hours or sameDay; with cases, each case has its own. */
		...TimeLimitShape,
		/** Nơi tiếp nhận và trả kết quả — reception. */
		reception: ParagraphSchema.describe('Nơi tiếp nhận hồ sơ và trả kết quả (reception)'),
		/** Phí, lệ phí — fees. */
		fees: z.array(FeeSchema).default([]).describe('Phí, lệ phí (fees)'),
		/** Cách thức thực hiện — methods. */
		methods: z.array(MethodSchema).min(1, { error: 'cần ít nhất một cách thức thực hiện' }).describe('Cách thức thực hiện (methods)'),
		/** Đối tượng thực hiện — applicants. */
		applicants: ParagraphSchema.describe('Đối tượng thực hiện (applicants)'),
		/** Yêu cầu, điều kiện — conditions; absent when there are none. */
		conditions: z.array(ParagraphSchema).default([]).describe('Yêu cầu, điều kiện thực hiện (conditions)'),
		/** Kết quả — result. */
		result: ParagraphSchema.describe('Kết quả giải quyết (result)'),
		/** Các bước — steps, when the procedure has a single case. */
		steps: z.array(StepSchema).optional().describe('Các bước xử lý (steps)'),
		/** Các phần liên thông — parts: the steps in parts, one per level or agency. */
		parts: z.array(PartSchema).min(1, { error: 'cần ít nhất một phần' }).optional().describe('Các phần liên thông, mỗi phần một cấp hoặc cơ quan (parts)'),
		/** Các trường hợp — cases, each with its own steps and time. */
		cases: z.array(CaseSchema).optional().describe('Các trường hợp, mỗi trường hợp có bước và thời hạn riêng (cases)'),
		/** Biểu mẫu — forms. */
		forms: z.array(FormSchema).default([]).describe('Biểu mẫu (forms)'),
		/** Hồ sơ cần lưu — records. */
		records: z.array(RecordSchema).min(1, { error: 'cần liệt kê hồ sơ cần lưu' }).describe('Hồ sơ cần lưu (records)'),
	})
	.strict()
	.superRefine((value, ctx) => {
		const single = checkOneLayout(
			value,
			ctx,
			['steps', 'parts', 'cases'],
			'ghi các bước ở "steps" (một trường hợp), ở "parts" (liên thông nhiều cấp, mỗi phần có bước riêng) hoặc ở "cases" (nhiều trường hợp); chỉ ghi một trong ba',
		);
		if (single && value.cases === undefined) checkTimeLimit(value, ctx, [], true);
		checkPartNames(value.parts, ctx);
	});

export type Procedure = z.output<typeof ProcedureSchema>;
export type Part = z.output<typeof PartSchema>;
export type Case = z.output<typeof CaseSchema>;
export type DossierItem = z.output<typeof DossierItemSchema>;
export type Fee = z.output<typeof FeeSchema>;
export type Method = z.output<typeof MethodSchema>;
