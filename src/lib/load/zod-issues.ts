import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
	string: 'chữ',
	number: 'số',
	int: 'số nguyên',
	boolean: 'true hoặc false',
	array: 'danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
	object: 'nhóm trường (các dòng "tên: giá trị" thụt vào)',
};

function typeName(value: unknown): string {
	if (value === null) return 'giá trị rỗng';
	if (Array.isArray(value)) return 'danh sách';
	if (typeof value === 'object') return 'nhóm trường';
	if (typeof value === 'number') return `số ${value}`;
	if (typeof value === 'string') return `chữ "${value}"`;
	if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	return typeof value;
}

/**
 * Vietnamese text for a zod issue that the schema did not word itself. Passed to `safeParse` as the
 * per-parse error map, so schema-level messages keep precedence.
 */
export function vietnameseIssueMessage(issue: RawIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return `thiếu trường bắt buộc; cần ghi ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
			return `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}, đang ghi ${typeName(issue.input)}`;
		case 'too_small':
			if (issue.origin === 'array') return `cần ít nhất ${String(issue.minimum)} mục`;
			if (issue.origin === 'string') return 'không được để trống';
			return `phải lớn hơn hoặc bằng ${String(issue.minimum)}`;
		case 'too_big':
			if (issue.origin === 'array') return `nhiều nhất ${String(issue.maximum)} mục`;
			return `phải nhỏ hơn hoặc bằng ${String(issue.maximum)}`;
		case 'invalid_value':
			return `giá trị phải là một trong: ${issue.values.map(String).join(', ')}`;
		case 'unrecognized_keys':
			return `trường không có trong mẫu: ${issue.keys.join(', ')}; kiểm tra chính tả hoặc xóa trường này`;
		case 'invalid_format':
			return `sai định dạng (${issue.format})`;
		case 'invalid_union':
			return 'giá trị không đúng dạng nào được chấp nhận';
		case 'not_multiple_of':
			return `phải là bội số của ${String(issue.divisor)}`;
		default:
			return 'giá trị không hợp lệ';
	}
}

/** `steps[2].time` for the path `['steps', 2, 'time']`. */
export function formatIssuePath(path: Issue['path']): string {
	let text = '';
	for (const key of path) {
		if (typeof key === 'number') text += `[${key}]`;
		else text += text === '' ? String(key) : `.${String(key)}`;
	}
	return text;
}
