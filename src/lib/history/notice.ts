import type { HistoryResult } from './read-history.ts';

/** The one message a build prints when git history cannot be read, with the fix; undefined when it can. */
export function historyNotice(result: HistoryResult): string | undefined {
	if (result.available) return undefined;
	if (result.reason === 'shallow') {
		return 'Kho git là bản sao nông (shallow clone) nên không đọc được các lần ban hành trước: trang chỉ có lần ban hành hiện hành, không có trang so sánh. Khắc phục: chạy "git fetch --unshallow" rồi dựng lại; trong CI, lấy toàn bộ lịch sử (ví dụ actions/checkout với fetch-depth: 0).';
	}
	return 'Thư mục nội dung không nằm trong kho git nên không đọc được các lần ban hành trước: trang chỉ có lần ban hành hiện hành, không có trang so sánh. Khắc phục: dựng trang từ một bản sao git đầy đủ của kho tài liệu (git clone), không dùng bản xuất không có thư mục .git.';
}
