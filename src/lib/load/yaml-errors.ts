import type { YAMLError } from 'yaml';
import { finding } from '../findings/rules.ts';
import type { Finding } from '../findings/finding.ts';
import { hasYamlErrors, type YamlSource } from './yaml-source.ts';

const YAML_ERROR_TEXT: Record<string, string> = {
	BAD_INDENT: 'thụt lề không đúng: các trường cùng cấp phải thẳng cột, mục con thụt vào bằng dấu cách',
	TAB_AS_INDENT: 'dùng phím Tab để thụt lề; YAML chỉ chấp nhận dấu cách',
	DUPLICATE_KEY: 'trường này được khai báo hai lần trong cùng một nhóm; giữ lại một',
	MISSING_CHAR: 'thiếu ký tự đóng, ví dụ dấu ] của danh sách hoặc dấu " của chuỗi',
	BLOCK_AS_IMPLICIT_KEY: 'thiếu dấu hai chấm sau tên trường, hoặc giá trị bị xuống dòng sai chỗ',
	MULTILINE_IMPLICIT_KEY: 'tên trường không được kéo dài qua nhiều dòng; kiểm tra dấu hai chấm',
	UNEXPECTED_TOKEN: 'có ký tự không mong đợi ở đây',
	BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; đặt cả giá trị trong dấu nháy kép',
	BAD_DQ_ESCAPE: 'chuỗi trong dấu nháy kép có ký tự thoát (\\) không hợp lệ',
	BAD_ALIAS: 'tham chiếu (*) tới một neo (&) không tồn tại hoặc lồng quá sâu',
	ALIAS_PROPS: 'tham chiếu (*) không được gắn thêm thẻ hay neo',
	RESOURCE_EXHAUSTION: 'danh sách hoặc nhóm lồng vào nhau quá nhiều cấp; viết lại cho phẳng hơn',
};

/** Every syntax error of a YAML text, as positioned Vietnamese findings. */
export function yamlSyntaxFindings(file: string, source: YamlSource): Finding[] {
	if (!hasYamlErrors(source)) return [];
	return source.doc.errors.map((error: YAMLError) => {
		const opening = unclosedFlowStart(source, error);
		const { line, col } = source.lineCounter.linePos(opening ?? error.pos[0]);
		const text =
			opening === undefined
				? (YAML_ERROR_TEXT[error.code] ?? 'YAML không hợp lệ')
				: `dấu "${source.text[opening]}" mở ở đây chưa được đóng; thêm "${source.text[opening] === '[' ? ']' : '}'}" ở cuối giá trị`;
		return finding(
			'yaml-syntax',
			file,
			{ line: line + source.lineOffset, column: col },
			`Lỗi cú pháp YAML: ${text} (mã ${error.code}). Sửa dòng này rồi chạy lại qms validate.`,
		);
	});
}

/**
 * The parser notices an unclosed `[` or `{` only where the next line begins; the officer's mistake
 * is the opening bracket, so point there.
 */
function unclosedFlowStart(source: YamlSource, error: YAMLError): number | undefined {
	if (!/^Flow (sequence|mapping)/.test(error.message)) return undefined;
	const { text } = source;
	let depth = 0;
	for (let index = Math.min(error.pos[0], text.length) - 1; index >= 0; index--) {
		const char = text[index];
		if (char === ']' || char === '}') depth++;
		else if (char === '[' || char === '{') {
			if (depth === 0) return index;
			depth--;
		}
	}
	return undefined;
}
