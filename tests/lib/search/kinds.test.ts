import { describe, expect, it } from 'vitest';
import { indexMetaAttributes } from '../../../src/lib/search/kinds.ts';

describe('indexMetaAttributes', () => {
	it('gives a procedure its agency, kind and field filters, its code, time and fee', () => {
		expect(
			indexMetaAttributes({
				agency: 'Ủy ban nhân dân phường Đông Tiến, tỉnh A',
				kind: 'procedure',
				field: 'Đất đai',
				code: 'QT-DT-02',
				time: '3 ngày làm việc',
				fee: '4.000 – 8.000 đồng',
			}),
		).toEqual({
			'data-qms-search': 'procedure',
			'data-agency': 'Ủy ban nhân dân phường Đông Tiến, tỉnh A',
			'data-kind': 'Quy trình giải quyết thủ tục hành chính',
			'data-field': 'Đất đai',
			'data-pagefind-filter': 'agency[data-agency], kind[data-kind], field[data-field]',
			'data-pagefind-meta': 'code[data-code], time[data-time], fee[data-fee]',
			'data-code': 'QT-DT-02',
			'data-time': '3 ngày làm việc',
			'data-fee': '4.000 – 8.000 đồng',
		});
	});

	it('leaves out field and code when there are none', () => {
		expect(indexMetaAttributes({ agency: 'Sở Tư pháp', kind: 'policy' })).toEqual({
			'data-qms-search': 'policy',
			'data-agency': 'Sở Tư pháp',
			'data-kind': 'Chính sách chất lượng',
			'data-pagefind-filter': 'agency[data-agency], kind[data-kind]',
		});
	});
});
