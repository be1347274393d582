import { describe, expect, it } from 'vitest';
import { legalBasisRows } from '../../../src/lib/site/legal.ts';
import type { LegalDocument } from '../../../schemas/index.ts';

const doc = (number: string, extra: Partial<LegalDocument> = {}): LegalDocument => ({
	number,
	title: `Văn bản ${number}`,
	issuer: 'Chính phủ',
	issued: '2015-11-15',
	effective: '2016-01-01',
	status: 'in-force',
	amendedBy: [],
	...extra,
});
const registry = new Map(
	[
		doc('1/2015/NĐ-CP'),
		doc('2/2015/NĐ-CP', { status: 'amended', amendedBy: ['3/2020/NĐ-CP'] }),
		doc('4/2015/NĐ-CP', { status: 'replaced', replacedBy: '5/2025/NĐ-CP' }),
		doc('6/2015/NĐ-CP', { status: 'expired', expiredOn: '2025-07-01' }),
	].map((item) => [item.number, item]),
);

describe('legalBasisRows', () => {
	it("states each cited document's status in words, in the order cited", () => {
		expect(
			legalBasisRows(['4/2015/NĐ-CP', '1/2015/NĐ-CP', '2/2015/NĐ-CP', '6/2015/NĐ-CP', '9/2015/NĐ-CP'], registry).map(
				({ number, status, tone, issued }) => ({ number, status, tone, issued }),
			),
		).toEqual([
			{ number: '4/2015/NĐ-CP', status: 'Đã bị thay thế bởi 5/2025/NĐ-CP', tone: 'warn', issued: '15/11/2015' },
			{ number: '1/2015/NĐ-CP', status: 'Còn hiệu lực', tone: 'ok', issued: '15/11/2015' },
			{ number: '2/2015/NĐ-CP', status: 'Còn hiệu lực, đã được sửa đổi, bổ sung bởi 3/2020/NĐ-CP', tone: 'notice', issued: '15/11/2015' },
			{ number: '6/2015/NĐ-CP', status: 'Hết hiệu lực từ 01/07/2025', tone: 'warn', issued: '15/11/2015' },
			{ number: '9/2015/NĐ-CP', status: 'Chưa có trong danh mục văn bản', tone: 'warn', issued: '' },
		]);
	});
});
