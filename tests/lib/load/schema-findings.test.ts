import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { FeesSchema } from '../../../schemas/procedure.ts';
import { schemaFindings } from '../../../src/lib/load/schema-findings.ts';
import { parseYamlSource, yamlValue } from '../../../src/lib/load/yaml-source.ts';

function messages(schema: z.ZodType, yaml: string): string[] {
	const source = parseYamlSource(yaml);
	const result = schemaFindings(schema, yamlValue(source), 'a.yaml', source, []);
	return 'issues' in result ? result.issues.map((finding) => `${finding.line}:${finding.column} ${finding.message}`) : [];
}

describe('schema findings of a value that is one thing or another', () => {
	const Schema = z.object({ fees: FeesSchema }).strict();

	it('give the message of the alternative the value has the shape of, at the field inside it', () => {
		expect(messages(Schema, "fees:\n  - name: Lệ phí\n    amount: '8.000'\n")).toEqual([
			'3:5 Trường "fees[0].amount": ghi số tiền không có dấu chấm ngăn cách hàng nghìn: 8000 thay cho 8.000.',
		]);
	});

	it("give the union's own message when the value has the shape of no alternative", () => {
		expect(messages(Schema, 'fees: co\n')).toEqual([
			'1:1 Trường "fees": ghi danh sách các khoản phí, lệ phí, hoặc "khong" nếu thủ tục không thu; bỏ hẳn trường fees nếu chưa có thông tin.',
		]);
		expect(messages(Schema, 'fees: []\n')).toEqual([
			'1:1 Trường "fees": ghi "fees: khong" nếu thủ tục không thu phí, lệ phí; bỏ hẳn trường fees nếu chưa có thông tin.',
		]);
	});
});
