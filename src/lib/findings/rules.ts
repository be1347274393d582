import type { Finding, Position, Severity } from './finding.ts';

/**
 * The catalogue of rules: a permanent English id, the default severity and a Vietnamese title.
 * Ids are stable: officers and CI scripts may filter on them. `error` is a document error (the
 * document cannot be published as written); `compliance` is the quality system being late or
 * incomplete, shown on the dashboards and never stopping a build (see Severity).
 */
export const RULES = {
	'yaml-syntax': { severity: 'error', title: 'Lỗi cú pháp YAML' },
	'frontmatter-missing': { severity: 'error', title: 'Thiếu phần thông tin đầu tệp (frontmatter)' },
	'frontmatter-language': { severity: 'error', title: 'Phần thông tin đầu tệp không viết bằng YAML' },
	'alias-expansion': { severity: 'error', title: 'Tham chiếu YAML làm dữ liệu quá lớn' },
	'data-too-large': { severity: 'error', title: 'Phần thông tin quá lớn' },
	'body-too-large': { severity: 'error', title: 'Nội dung tài liệu quá dài' },
	schema: { severity: 'error', title: 'Trường dữ liệu không đúng quy định' },
	'unknown-file': { severity: 'warning', title: 'Tệp nằm ngoài cấu trúc thư mục' },
	'document-misplaced': { severity: 'error', title: 'Tệp trong thư mục tài liệu không thành trang' },
	'file-name': { severity: 'error', title: 'Tên tệp không dùng được làm địa chỉ trang' },
	'address-duplicate': { severity: 'error', title: 'Hai tài liệu trùng một địa chỉ trang' },
	'text-nfc': { severity: 'warning', title: 'Văn bản chưa chuẩn hóa Unicode NFC' },
	'province-missing': { severity: 'error', title: 'Thiếu tệp thông tin tỉnh' },
	'agency-missing': { severity: 'error', title: 'Thư mục cơ quan thiếu agency.yaml' },
	'agency-id': { severity: 'error', title: 'Mã cơ quan không khớp tên thư mục' },
	'agency-unknown': { severity: 'error', title: 'Tham chiếu tới cơ quan không tồn tại' },
	'duplicate-entry': { severity: 'error', title: 'Mục bị khai báo trùng' },
	'step-time-quarter': { severity: 'error', title: 'Thời gian bước không theo bậc 1/4 ngày (hoặc nửa giờ khi tính theo giờ)' },
	'step-time-sum': { severity: 'error', title: 'Tổng thời gian các bước khác thời hạn giải quyết' },
	'step-time-unstated': { severity: 'warning', title: 'Có bước chưa ghi thời gian' },
	'part-time-sum': { severity: 'error', title: 'Tổng thời gian các bước của một phần liên thông khác thời gian của phần' },
	'parts-time-sum': { severity: 'error', title: 'Tổng thời gian các phần liên thông khác thời hạn giải quyết' },
	'time-limit': { severity: 'error', title: 'Thời hạn giải quyết vượt thời hạn theo quy định' },
	'code-duplicate': { severity: 'error', title: 'Mã hiệu tài liệu bị trùng' },
	'code-pattern': { severity: 'error', title: 'Mã hiệu không theo mẫu của cơ quan' },
	'tthc-unknown': { severity: 'error', title: 'Mã TTHC không có trong danh mục' },
	'tthc-not-assigned': { severity: 'warning', title: 'TTHC không thuộc thẩm quyền của cơ quan' },
	'legal-unknown': { severity: 'error', title: 'Căn cứ pháp lý không có trong danh mục văn bản' },
	'form-missing': { severity: 'error', title: 'Không tìm thấy tệp biểu mẫu' },
	'form-unknown': { severity: 'error', title: 'Biểu mẫu chưa được khai báo' },
	'catalogue-unknown': { severity: 'error', title: 'Quy trình nội bộ trỏ tới mục không có trong danh mục' },
	'policy-missing': { severity: 'compliance', title: 'Thiếu chính sách chất lượng' },
	'objectives-missing': { severity: 'compliance', title: 'Thiếu mục tiêu chất lượng của năm' },
	'internal-process-missing': { severity: 'compliance', title: 'Thiếu quy trình nội bộ bắt buộc' },
	'legal-outdated': { severity: 'warning', title: 'Căn cứ pháp lý đã bị thay thế, sửa đổi hoặc hết hiệu lực' },
	'audit-overdue': { severity: 'compliance', title: 'Quá 12 tháng chưa đánh giá nội bộ' },
	'review-overdue': { severity: 'compliance', title: 'Quá 12 tháng chưa họp xem xét của lãnh đạo' },
	'redeclaration-due': { severity: 'compliance', title: 'Cần công bố lại HTQLCL' },
	'revision-log': { severity: 'error', title: 'Bảng theo dõi sửa đổi không khớp lần ban hành' },
	'issue-dates': { severity: 'error', title: 'Ngày hiệu lực trước ngày ban hành' },
	'body-sections': { severity: 'error', title: 'Thiếu hoặc sai thứ tự các mục của quy trình' },
	'records-missing': { severity: 'warning', title: 'Quy trình chưa ghi hồ sơ cần lưu' },
	'legal-bases-missing': { severity: 'warning', title: 'Quy trình chưa ghi căn cứ pháp lý' },
	'reviewed-missing': { severity: 'warning', title: 'Tài liệu chưa ghi người xem xét' },
	'issue-not-raised': { severity: 'error', title: 'Nội dung thay đổi nhưng chưa tăng lần ban hành' },
	'revision-missing': { severity: 'error', title: 'Lần ban hành mới chưa có dòng theo dõi sửa đổi' },
	'statistics-balance': { severity: 'warning', title: 'Số liệu hồ sơ trong tháng không cân đối' },
	'statistics-carry': { severity: 'warning', title: 'Số hồ sơ kỳ trước chuyển qua khác số đang giải quyết cuối tháng trước' },
	'statistics-year': { severity: 'error', title: 'Năm thống kê không trùng tên tệp' },
	'grade-bands': { severity: 'error', title: 'Thang xếp loại kiểm tra chồng lấn hoặc bỏ sót điểm' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type RuleId = keyof typeof RULES;

/** Builds a finding of `rule` at `position` of `file`, with the rule's severity unless one is given. */
export function finding(rule: RuleId, file: string, position: Position, message: string, severity?: Severity): Finding {
	return { file, line: position.line, column: position.column, severity: severity ?? RULES[rule].severity, rule, message };
}
