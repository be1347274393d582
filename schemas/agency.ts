import { z } from 'astro/zod';
import { ContactSchema, IsoDateSchema, ParagraphSchema, SlugSchema, TextSchema, TthcCodeSchema } from './common.ts';

/** Levels of an agency (cấp). `cap-huyen` exists only for history: district committees ended on 1 July 2025. */
export const AGENCY_LEVELS = ['cap-tinh', 'so-nganh', 'cap-xa', 'cap-huyen'] as const;

/** A declaration of conformity (công bố HTQLCL phù hợp TCVN ISO 9001:2015), first or again. */
export const DeclarationSchema = z
	.object({
		/** Số quyết định — decision number, e.g. 45/QĐ-STP. */
		decision: TextSchema.describe('Số quyết định công bố (decision)'),
		/** Ngày quyết định — date. */
		date: IsoDateSchema.describe('Ngày ký quyết định (date)'),
		/** Công bố hay công bố lại — kind. */
		kind: z
			.enum(['cong-bo', 'cong-bo-lai'], { error: 'kind phải là cong-bo hoặc cong-bo-lai' })
			.describe('Công bố lần đầu hoặc công bố lại (kind)'),
		/** Phạm vi — scope: the TTHC codes and activities the declaration covers. */
		scope: ParagraphSchema.describe('Phạm vi áp dụng được công bố (scope)'),
		/** Mã TTHC trong phạm vi — tthc: the TTHC covered at the time, to detect later scope changes. */
		tthc: z.array(TthcCodeSchema).default([]).describe('Các mã TTHC thuộc phạm vi khi công bố (tthc)'),
	})
	.strict();

/** An internal audit or a management review held (đánh giá nội bộ, xem xét của lãnh đạo). */
export const ReviewEventSchema = z
	.object({
		/** Ngày thực hiện — date. */
		date: IsoDateSchema.describe('Ngày thực hiện (date)'),
		/** Hồ sơ — record: the report or minutes that prove it. */
		record: TextSchema.describe('Số, tên biên bản hoặc báo cáo (record)'),
	})
	.strict();

/** How an inspection was made: at the agency's office, or on the agency's written report. */
export const INSPECTION_MODES = ['truc-tiep', 'qua-bao-cao'] as const;

/**
 * A yearly inspection by the provincial steering committee (kiểm tra việc duy trì HTQLCL): a
 * score out of 100, graded by the province's bands (`grades` in province.yaml).
 */
export const InspectionSchema = z
	.object({
		/** Ngày kiểm tra — date. */
		date: IsoDateSchema.describe('Ngày kiểm tra (date)'),
		/** Cơ quan kiểm tra — body, e.g. the provincial steering committee or the Sở KH&CN. */
		body: TextSchema.describe('Cơ quan, đoàn kiểm tra (body)'),
		/** Hình thức — mode: on site or through the agency's report. */
		mode: z
			.enum(INSPECTION_MODES, { error: 'mode phải là truc-tiep (kiểm tra tại cơ quan) hoặc qua-bao-cao (kiểm tra qua báo cáo)' })
			.describe('Hình thức: truc-tiep hoặc qua-bao-cao (mode)'),
		/** Điểm — score out of 100. */
		score: z
			.number()
			.min(0, { error: 'điểm kiểm tra từ 0 đến 100' })
			.max(100, { error: 'điểm kiểm tra từ 0 đến 100' })
			.describe('Điểm, thang 100 (score)'),
		/** Hồ sơ — record: the inspection's minutes or notice. */
		record: TextSchema.describe('Số, tên biên bản hoặc thông báo kết quả kiểm tra (record)'),
	})
	.strict();

/** The agency's ISO steering committee (Ban chỉ đạo ISO). */
export const SteeringCommitteeSchema = z
	.object({
		/** Quyết định thành lập — decision. */
		decision: TextSchema.describe('Quyết định thành lập Ban chỉ đạo ISO (decision)'),
		/** Trưởng ban — head. */
		head: TextSchema.describe('Trưởng ban (head)'),
		/** Thư ký ISO — secretary. */
		secretary: TextSchema.optional().describe('Thư ký ISO (secretary)'),
	})
	.strict();

/** `content/agencies/<id>/agency.yaml`: an agency (cơ quan, đơn vị) and its quality system facts. */
export const AgencySchema = z
	.object({
		/** Mã cơ quan — id: matches the folder name; used in addresses of the site. */
		id: SlugSchema.describe('Mã cơ quan, trùng tên thư mục, ví dụ so-tu-phap (id)'),
		/** Tên đầy đủ — name. */
		name: TextSchema.describe('Tên đầy đủ của cơ quan (name)'),
		/** Tên viết tắt — shortName, used in document codes and headers. */
		shortName: TextSchema.optional().describe('Tên viết tắt, ví dụ STP (shortName)'),
		/** Cấp — level. */
		level: z
			.enum(AGENCY_LEVELS, { error: 'level phải là cap-tinh, so-nganh, cap-xa hoặc cap-huyen (chỉ dùng cho lịch sử)' })
			.describe('Cấp: cap-tinh, so-nganh, cap-xa, cap-huyen (level)'),
		/** Cơ quan cấp trên — parent: id of another agency. */
		parent: SlugSchema.optional().describe('Mã cơ quan cấp trên (parent)'),
		/** Tỉnh, thành phố — province. */
		province: TextSchema.describe('Tỉnh, thành phố trực thuộc trung ương (province)'),
		/** Liên hệ — contact; each part absent when not stated. */
		contact: ContactSchema.default({}).describe('Địa chỉ và liên hệ; bỏ trống phần chưa có thông tin (contact)'),
		/** Hiệu lực từ — validFrom. */
		validFrom: IsoDateSchema.optional().describe('Ngày bắt đầu hoạt động với tên này (validFrom)'),
		/** Hiệu lực đến — validTo: the day the agency was merged, renamed or dissolved. */
		validTo: IsoDateSchema.optional().describe('Ngày chấm dứt, sáp nhập hoặc đổi tên (validTo)'),
		/** Cơ quan kế thừa — successor: id of the agency that took over. */
		successor: SlugSchema.optional().describe('Mã cơ quan kế thừa (successor)'),
		/** Mẫu mã hiệu — codePattern: a regular expression every document code must match. */
		codePattern: TextSchema.optional().describe('Biểu thức chính quy cho mã hiệu tài liệu, ví dụ ^QT-\\d{2}$ (codePattern)'),
		/** Ban chỉ đạo ISO — steeringCommittee. */
		steeringCommittee: SteeringCommitteeSchema.optional().describe('Ban chỉ đạo ISO của cơ quan (steeringCommittee)'),
		/** Phạm vi áp dụng — scope of the quality system; absent when not stated. */
		scope: ParagraphSchema.optional().describe('Phạm vi áp dụng HTQLCL; bỏ trống nếu chưa có thông tin (scope)'),
		/** Công bố — declarations, oldest first. */
		declarations: z.array(DeclarationSchema).default([]).describe('Các lần công bố, công bố lại (declarations)'),
		/** Đánh giá nội bộ — audits, oldest first. */
		audits: z.array(ReviewEventSchema).default([]).describe('Các cuộc đánh giá nội bộ (audits)'),
		/** Xem xét của lãnh đạo — reviews, oldest first. */
		reviews: z.array(ReviewEventSchema).default([]).describe('Các cuộc họp xem xét của lãnh đạo (reviews)'),
		/** Kiểm tra — inspections by the provincial steering committee, oldest first. */
		inspections: z.array(InspectionSchema).default([]).describe('Các lần kiểm tra của Ban chỉ đạo ISO tỉnh (inspections)'),
		/** TTHC thuộc thẩm quyền — tthc: codes from the TTHC catalogue assigned to the agency. */
		tthc: z.array(TthcCodeSchema).default([]).describe('Mã TTHC thuộc thẩm quyền giải quyết (tthc)'),
	})
	.strict();

export type Agency = z.output<typeof AgencySchema>;
export type Inspection = z.output<typeof InspectionSchema>;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];
