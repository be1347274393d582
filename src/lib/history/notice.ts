import type { HistoryResult } from './read-history.ts';

const CONSEQUENCE = {
	site: 'trang chỉ có lần ban hành hiện hành, không có trang so sánh',
	report: 'số tài liệu ban hành trong kỳ chỉ tính lần ban hành hiện hành của mỗi tài liệu',
} as const;

/**
 * The one message printed when git history cannot be read, saying what is missing from the
 * `output` (the site or the report) and the fix; undefined when history was read.
 */
export function historyNotice(result: HistoryResult, output: keyof typeof CONSEQUENCE = 'site'): string | undefined {
	if (result.available) return undefined;
	if (result.reason === 'shallow') {
		return `Kho git là bản sao nông (shallow clone) nên không đọc được các lần ban hành trước: ${CONSEQUENCE[output]}. Khắc phục: chạy "git fetch --unshallow" rồi chạy lại; trong CI, lấy toàn bộ lịch sử (ví dụ actions/checkout với fetch-depth: 0).`;
	}
	return `Thư mục nội dung không nằm trong kho git nên không đọc được các lần ban hành trước: ${CONSEQUENCE[output]}. Khắc phục: dùng một bản sao git đầy đủ của kho tài liệu (git clone), không dùng bản xuất không có thư mục .git.`;
}
