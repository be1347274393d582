import { z } from 'astro/zod';
import { IsoDateSchema, MoneySchema, ParagraphSchema, TextSchema, TthcCodeSchema } from './common.ts';
import { DocumentControlShape, effectiveFromIssue } from './document-control.ts';
import { StepSchema } from './step.ts';
import { checkTimeLimit, TimeLimitShape } from './time-limit.ts';

/** Ways to submit a dossier and receive the result (cách thức thực hiện). */
export const METHODS = ['truc-tiep', 'truc-tuyen', 'buu-chinh'] as const;
export const MethodSchema = z.enum(METHODS, {
	error: 'cách thức phải là một trong: truc-tiep (trực tiếp), truc-tuyen (trực tuyến), buu-chinh (bưu chính công ích)',
});

/**
 * Whether a paper is submitted (nộp) by every applicant, only in a case the note names, or only
 * shown at the counter and handed back (xuất trình để đối chiếu, không nộp).
 */
export const DOSSIER_NEEDS = ['bat-buoc', 'theo-truong-hop', 'xuat-trinh'] as const;

/** One dossier component (thành phần hồ sơ). */
export const DossierItemSchema = z
	.object({
		/** Tên giấy tờ — name. */
		name: TextSchema.describe('Tên giấy tờ (name)'),
		/** Loại bản — copy: original, copy, certified copy, or original or copy; absent when the source does not say. */
		copy: z
			.enum(['ban-chinh', 'ban-sao', 'ban-sao-chung-thuc', 'ban-chinh-hoac-ban-sao'], {
				error: 'loại bản phải là ban-chinh, ban-sao, ban-sao-chung-thuc hoặc ban-chinh-hoac-ban-sao',
			})
			.optional()
			.describe('Bản chính / bản sao / bản sao chứng thực; bỏ trống nếu văn bản gốc không ghi (copy)'),
		/** Số lượng — count: copies of this paper. */
		count: z.int().min(1).default(1).describe('Số lượng bản (count)'),
		/**
		 * Nộp hay xuất trình — need: bat-buoc (every applicant submits it, the default),
		 * theo-truong-hop (only in the case `note` names: "Chỉ nộp khi ủy quyền"), xuat-trinh (shown
		 * for checking and handed back, not submitted).
		 */
		need: z
			.enum(DOSSIER_NEEDS, {
				error:
					'need phải là bat-buoc (mọi trường hợp đều nộp), theo-truong-hop (chỉ nộp trong trường hợp ghi ở note) hoặc xuat-trinh (xuất trình để đối chiếu, không nộp)',
			})
			.default('bat-buoc')
			.describe(
				'bat-buoc: mọi trường hợp đều nộp (mặc định); theo-truong-hop: chỉ nộp trong trường hợp ghi ở note; xuat-trinh: xuất trình để đối chiếu, không nộp (need)',
			),
		/** Mẫu đơn, tờ khai — form: code of a form in `forms` (its title, for a form without a code), when the paper has a form. */
		form: TextSchema.optional().describe('Mã biểu mẫu trong mục forms, ví dụ BM-01; biểu mẫu không có mã thì ghi tên (form)'),
		/** Ghi chú — note: when the paper is needed; required for `need: theo-truong-hop`. */
		note: ParagraphSchema.optional().describe(
			'Ghi chú; với need: theo-truong-hop ghi trường hợp phải nộp, ví dụ "Chỉ nộp khi ủy quyền" (note)',
		),
	})
	.strict()
	.superRefine((item, ctx) => {
		if (item.need === 'theo-truong-hop' && item.note === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['note'],
				message: 'giấy tờ chỉ nộp theo trường hợp (need: theo-truong-hop) cần ghi trường hợp đó ở "note", ví dụ "Chỉ nộp khi ủy quyền"',
			});
		}
	});

/** A fee or charge for one method (phí, lệ phí). */
export const FeeSchema = z
	.object({
		/** Tên khoản thu — name: "Lệ phí", "Phí thẩm định"… */
		name: TextSchema.describe('Tên khoản phí, lệ phí (name)'),
		/** Mức thu — amount in đồng; 0 means exempted (miễn). */
		amount: MoneySchema.describe('Mức thu, đồng; 0 là miễn (amount)'),
		/** Đơn vị tính — unit the amount is per: "bản" for "8.000 đồng/bản"; absent for a sum per dossier. */
		unit: TextSchema.optional().describe('Đơn vị tính, ví dụ "bản" cho 8.000 đồng/bản; bỏ trống nếu thu một lần cho mỗi hồ sơ (unit)'),
		/** Cách thức — method the amount applies to; absent means every method. */
		method: MethodSchema.optional().describe('Áp dụng cho cách thức nào; bỏ trống nếu mọi cách thức (method)'),
		/** Đối tượng được miễn — exempt: applicant groups that do not pay this amount. */
		exempt: z
			.array(ParagraphSchema)
			.min(1)
			.optional()
			.describe('Các đối tượng được miễn khoản thu này, ví dụ "Người thuộc hộ nghèo" (exempt)'),
		/** Áp dụng từ ngày — from: first day the amount applies, for an amount set for a period. */
		from: IsoDateSchema.optional().describe('Áp dụng từ ngày, YYYY-MM-DD; bỏ trống nếu không giới hạn (from)'),
		/** Áp dụng đến hết ngày — until: last day the amount applies ("giảm 30 % đến hết ngày 31/12/2023"). */
		until: IsoDateSchema.optional().describe(
			'Áp dụng đến hết ngày, YYYY-MM-DD, ví dụ mức giảm có thời hạn; bỏ trống nếu không giới hạn (until)',
		),
		/** Ghi chú — note: legal source, other details. */
		note: ParagraphSchema.optional().describe('Ghi chú, căn cứ thu (note)'),
	})
	.strict()
	.superRefine((fee, ctx) => {
		if (fee.from !== undefined && fee.until !== undefined && fee.until < fee.from) {
			ctx.addIssue({
				code: 'custom',
				path: ['until'],
				message: `ngày kết thúc ${dayMonthYear(fee.until)} trước ngày bắt đầu ${dayMonthYear(fee.from)}; sửa một trong hai ngày`,
			});
		}
	});

/** `2023-12-31` → `31/12/2023`. */
function dayMonthYear(date: string): string {
	return date.split('-').reverse().join('/');
}

/** The word an officer writes for "explicitly none": `fees: khong`, `conditions: khong`. */
export const NONE = 'khong';

/**
 * Phí, lệ phí — the fees, or `khong` when the TTHC collects none. Absent means not stated: the
 * page then says nothing about fees rather than "free".
 */
export const FeesSchema = z.union(
	[
		z.literal(NONE),
		z.array(FeeSchema).min(1, { error: 'ghi "fees: khong" nếu thủ tục không thu phí, lệ phí; bỏ hẳn trường fees nếu chưa có thông tin' }),
	],
	{
		error: 'ghi danh sách các khoản phí, lệ phí, hoặc "khong" nếu thủ tục không thu; bỏ hẳn trường fees nếu chưa có thông tin',
	},
);

/** A form attached to the procedure (biểu mẫu); a form the source names only by title is just its `title`. */
export const FormSchema = z
	.object({
		/** Mã biểu mẫu — code, e.g. BM-01; absent when the source gives none (a dossier paper's `form` then cannot name it). */
		code: TextSchema.optional().describe('Mã biểu mẫu, ví dụ BM-01; bỏ trống nếu văn bản gốc không ghi (code)'),
		/** Tên biểu mẫu — title. */
		title: TextSchema.describe('Tên biểu mẫu (title)'),
		/** Tệp — file, relative to the agency folder, e.g. forms/bm-01-to-khai.docx; absent for a form known only by its legal source. */
		file: TextSchema.optional().describe(
			'Đường dẫn tệp, tính từ thư mục cơ quan, ví dụ forms/bm-01.docx; bỏ trống nếu chỉ có văn bản ban hành mẫu (file)',
		),
		/** Văn bản ban hành mẫu — source: "Mẫu số 01 ban hành kèm theo Thông tư 04/2020/TT-BTP". */
		source: TextSchema.optional().describe('Văn bản ban hành mẫu, ví dụ "Mẫu số 01 ban hành kèm theo Thông tư số 04/2020/TT-BTP" (source)'),
	})
	.strict();

/**
 * Biểu mẫu của quy trình — the forms, or `khong` when the procedure has none. Absent means not
 * stated: the page then says "chưa có thông tin" rather than "no forms".
 */
export const FormsSchema = z.union(
	[
		z.literal(NONE),
		z.array(FormSchema).min(1, { error: 'ghi "forms: khong" nếu quy trình không có biểu mẫu; bỏ hẳn trường forms nếu chưa có thông tin' }),
	],
	{ error: 'ghi danh sách biểu mẫu, hoặc "khong" nếu không có; bỏ hẳn trường forms nếu chưa có thông tin' },
);

/** The name a form goes by, as a dossier paper's `form` writes it: its code, or its title when it has none. */
export function formName(form: { code?: string | undefined; title: string }): string {
	return form.code ?? form.title;
}

/** The forms a document lists: none when it says `khong` or does not say. */
export function listedForms(forms: z.output<typeof FormsSchema> | undefined): readonly Form[] {
	return Array.isArray(forms) ? forms : [];
}

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
		if (seen.has(part.name))
			ctx.addIssue({
				code: 'custom',
				path: ['parts', index, 'name'],
				message: `hai phần cùng tên "${part.name}"; đặt tên khác nhau, ví dụ "Cấp xã (tiếp nhận)" và "Cấp xã (trả kết quả)"`,
			});
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
		parts: z
			.array(PartSchema)
			.min(1, { error: 'cần ít nhất một phần' })
			.optional()
			.describe('Các phần liên thông, mỗi phần một cấp hoặc cơ quan (parts)'),
	})
	.strict()
	.superRefine((value, ctx) => {
		checkOneLayout(
			value,
			ctx,
			['steps', 'parts'],
			'mỗi trường hợp ghi các bước ở "steps", hoặc ở "parts" khi liên thông nhiều cấp; chỉ ghi một trong hai',
		);
		checkTimeLimit(value, ctx, [], true);
		checkPartNames(value.parts, ctx);
	});

/** Frontmatter of a TTHC procedure (quy trình giải quyết thủ tục hành chính). */
export const ProcedureSchema = z
	.object({
		...DocumentControlShape,
		/** Thủ tục hành chính — tthc: national codes of the TTHC the procedure covers, from the catalogue. */
		tthc: z.array(TthcCodeSchema).min(1, { error: 'cần ít nhất một mã TTHC' }).describe('Mã các TTHC mà quy trình áp dụng (tthc)'),
		/** Căn cứ pháp lý — legalBases: numbers of documents in the legal registry; absent when not stated (warning `legal-bases-missing`). */
		legalBases: z
			.array(TextSchema)
			.min(1, { error: 'cần ít nhất một căn cứ pháp lý; bỏ hẳn trường legalBases nếu chưa có thông tin' })
			.optional()
			.describe('Số ký hiệu văn bản trong danh mục văn bản pháp luật; bỏ trống nếu chưa có thông tin (legalBases)'),
		/** Thành phần hồ sơ — dossier; absent when the source does not list it (the page says "chưa có thông tin"). */
		dossier: z
			.array(DossierItemSchema)
			.min(1, { error: 'cần liệt kê thành phần hồ sơ; bỏ hẳn trường dossier nếu chưa có thông tin' })
			.optional()
			.describe('Thành phần hồ sơ; bỏ trống nếu chưa có thông tin (dossier)'),
		/** Số lượng hồ sơ — dossierSets: how many sets to submit. */
		dossierSets: z.int().min(1).default(1).describe('Số bộ hồ sơ (dossierSets)'),
		/** Thời hạn giải quyết — days, hours or sameDay; with cases, each case has its own. */
		...TimeLimitShape,
		/** Thời hạn tính từ — from: when the limit starts, where it is not a complete dossier ("từ khi nhận thông tin"). */
		from: TextSchema.optional().describe(
			'Thời hạn tính từ lúc nào, khi không phải từ ngày nhận đủ hồ sơ hợp lệ, ví dụ "từ khi nhận thông tin" (from)',
		),
		/** Nơi tiếp nhận và trả kết quả — reception; absent when not stated. */
		reception: ParagraphSchema.optional().describe('Nơi tiếp nhận hồ sơ và trả kết quả; bỏ trống nếu chưa có thông tin (reception)'),
		/** Phí, lệ phí — fees: the list, `khong` when none is collected, absent when not stated. */
		fees: FeesSchema.optional().describe('Phí, lệ phí: danh sách khoản thu; "khong" nếu không thu; bỏ trống nếu chưa có thông tin (fees)'),
		/** Cách thức thực hiện — methods; absent when not stated. */
		methods: z
			.array(MethodSchema)
			.min(1, { error: 'cần ít nhất một cách thức thực hiện; bỏ hẳn trường methods nếu chưa có thông tin' })
			.optional()
			.describe('Cách thức thực hiện; bỏ trống nếu chưa có thông tin (methods)'),
		/** Đối tượng thực hiện — applicants; absent when not stated. */
		applicants: ParagraphSchema.optional().describe('Đối tượng thực hiện; bỏ trống nếu chưa có thông tin (applicants)'),
		/** Yêu cầu, điều kiện — conditions: the list, `khong` when there are none, absent when not stated. */
		conditions: z
			.union(
				[
					z.literal(NONE),
					z.array(ParagraphSchema).min(1, {
						error: 'ghi "conditions: khong" nếu thủ tục không có yêu cầu, điều kiện; bỏ hẳn trường conditions nếu chưa có thông tin',
					}),
				],
				{
					error: 'ghi danh sách yêu cầu, điều kiện, hoặc "khong" nếu không có; bỏ hẳn trường conditions nếu chưa có thông tin',
				},
			)
			.optional()
			.describe('Yêu cầu, điều kiện: danh sách; "khong" nếu không có; bỏ trống nếu chưa có thông tin (conditions)'),
		/** Kết quả — result; absent when not stated. */
		result: ParagraphSchema.optional().describe('Kết quả giải quyết; bỏ trống nếu chưa có thông tin (result)'),
		/** Các bước — steps, when the procedure has a single case. */
		steps: z.array(StepSchema).optional().describe('Các bước xử lý (steps)'),
		/** Các phần liên thông — parts: the steps in parts, one per level or agency. */
		parts: z
			.array(PartSchema)
			.min(1, { error: 'cần ít nhất một phần' })
			.optional()
			.describe('Các phần liên thông, mỗi phần một cấp hoặc cơ quan (parts)'),
		/** Các trường hợp — cases, each with its own steps and time. */
		cases: z.array(CaseSchema).optional().describe('Các trường hợp, mỗi trường hợp có bước và thời hạn riêng (cases)'),
		/** Biểu mẫu — forms: the list, `khong` when there are none, absent when not stated. */
		forms: FormsSchema.optional().describe('Biểu mẫu: danh sách; "khong" nếu không có; bỏ trống nếu chưa có thông tin (forms)'),
		/** Hồ sơ cần lưu — records; absent when the source does not list them (warning `records-missing`). */
		records: z
			.array(RecordSchema)
			.min(1, { error: 'cần liệt kê hồ sơ cần lưu; bỏ hẳn trường records nếu chưa có thông tin' })
			.optional()
			.describe('Hồ sơ cần lưu; bỏ trống nếu chưa có thông tin (records)'),
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
	})
	.transform(effectiveFromIssue);

export type Procedure = z.output<typeof ProcedureSchema>;
export type Part = z.output<typeof PartSchema>;
export type Case = z.output<typeof CaseSchema>;
export type DossierItem = z.output<typeof DossierItemSchema>;
export type Fee = z.output<typeof FeeSchema>;
export type Method = z.output<typeof MethodSchema>;
export type Fees = z.output<typeof FeesSchema>;
export type Form = z.output<typeof FormSchema>;
export type Forms = z.output<typeof FormsSchema>;
export type DossierNeed = (typeof DOSSIER_NEEDS)[number];
