import { describe, expect, it } from 'vitest';
import { dataSize, LIMITS, limitFindings, withinLimits } from '../../../src/lib/load/limits.ts';
import { yamlSyntaxFindings } from '../../../src/lib/load/yaml-errors.ts';
import { parseYamlSource, yamlValue } from '../../../src/lib/load/yaml-source.ts';

/** A YAML text whose one 100 KB string is repeated `count` times by aliases. */
function aliasBomb(count: number): string {
	return `code: QT-01\nnote: &dai "${'x'.repeat(100_000)}"\nconditions:\n${'  - *dai\n'.repeat(count)}`;
}

describe('size limits of a document', () => {
	it('measures data as JSON would write it, and stops counting past the limit', () => {
		expect(dataSize({ code: 'QT-01', days: 10, tthc: ['1.000894'], ok: true }, LIMITS.data)).toBe(
			JSON.stringify({ code: 'QT-01', days: 10, tthc: ['1.000894'], ok: true }).length,
		);
		const cycle: unknown[] = [];
		cycle.push(cycle);
		expect(dataSize(cycle, 1000)).toBe(Infinity);
	});

	it('reports a string aliased 20,000 times at its first alias, without expanding it', () => {
		const source = parseYamlSource(aliasBomb(20_000));
		const value = yamlValue(source);
		expect(limitFindings('p.md', source, value, false, '', 1)).toEqual([
			{
				file: 'p.md',
				line: 4,
				column: 5,
				severity: 'error',
				rule: 'alias-expansion',
				message:
					'Các tham chiếu "*tên" lặp lại nội dung của neo "&tên" làm dữ liệu lớn hơn 256 KB (giới hạn cho một tài liệu). Viết trực tiếp giá trị thay cho tham chiếu, và chỉ dùng tham chiếu cho đoạn ngắn.',
			},
		]);
		expect(withinLimits(value, '')).toBe(false);
	});

	it('reports nested aliases (a "billion laughs") within the limit', () => {
		const levels = Array.from({ length: 12 }, (_, n) => `l${n + 1}: &l${n + 1} [${Array.from({ length: 10 }, () => `*l${n}`).join(', ')}]`);
		const source = parseYamlSource(`l0: &l0 "ha"\n${levels.join('\n')}\n`);
		expect(limitFindings('p.md', source, yamlValue(source), false, '', 1).map((f) => [f.rule, f.line, f.column])).toEqual([
			['alias-expansion', 2, 10],
		]);
	});

	it('reports oversized data without aliases at its largest field, and a long body at its first line', () => {
		const source = parseYamlSource(`code: QT-01\ntitle: Quy trình\nresult: ${'y'.repeat(LIMITS.data)}\n`, 0);
		const findings = limitFindings('p.md', source, yamlValue(source), false, 'z'.repeat(LIMITS.body + 1), 6);
		expect(findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([
			'3:1 data-too-large Phần thông tin đầu tệp lớn hơn 256 KB. Rút gọn trường này; văn bản dài nên đặt ở phần nội dung hoặc thành biểu mẫu đính kèm.',
			'6:1 body-too-large Nội dung tệp dài hơn 1 MB (giới hạn cho một tài liệu). Tách phần phụ lục dài thành biểu mẫu trong thư mục forms/ hoặc rút gọn nội dung.',
		]);
	});

	it('gives each catalogue entry the data limit and the whole catalogue its own', () => {
		const entry = (n: number) => `- code: 1.00000${n}\n  name: ${'n'.repeat(1000)}\n`;
		const small = parseYamlSource(entry(1) + entry(2));
		expect(limitFindings('c.yaml', small, yamlValue(small), true, '', 1)).toEqual([]);
		const big = parseYamlSource(entry(1) + `- code: 1.000002\n  name: ${'n'.repeat(LIMITS.data)}\n`);
		expect(limitFindings('c.yaml', big, yamlValue(big), true, '', 1).map((f) => [f.rule, f.line])).toEqual([['data-too-large', 3]]);
	});

	it('reports nesting too deep to read as a YAML syntax finding in Vietnamese', () => {
		const source = parseYamlSource(`code: QT-01\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
		expect(yamlValue(source)).toBeUndefined();
		expect(yamlSyntaxFindings('p.md', source).map((f) => `${f.line} ${f.rule} ${f.message}`)).toEqual([
			'2 yaml-syntax Lỗi cú pháp YAML: danh sách hoặc nhóm lồng vào nhau quá nhiều cấp; viết lại cho phẳng hơn (mã RESOURCE_EXHAUSTION). Sửa dòng này rồi chạy lại qms validate.',
		]);
	});

	it('accepts a real document', () => {
		const source = parseYamlSource('code: QT-01\nnote: &n "Bản sao"\ncopies: [*n, *n]\n');
		expect(limitFindings('p.md', source, yamlValue(source), false, '## 1. Mục đích\n', 5)).toEqual([]);
	});
});
