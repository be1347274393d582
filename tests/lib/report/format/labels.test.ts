import { describe, expect, it } from 'vitest';
import { DOSSIER_COLUMNS, dossierCells } from '../../../../src/lib/report/format/labels.ts';

describe('dossier columns', () => {
	it('gives one cell per column: counts with the thousands separator, the rate with two decimals', () => {
		const cells = dossierCells({
			received: 12000,
			resolved: 10800,
			resolvedOnTime: 10775,
			resolvedLate: 25,
			pending: 1200,
			onTimePercent: 99.77,
		});
		expect(cells).toEqual(['12.000', '10.800', '10.775', '25', '1.200', '99,77%']);
		expect(cells).toHaveLength(DOSSIER_COLUMNS.length);
	});

	it('shows a dash for the rate when nothing was resolved', () => {
		expect(dossierCells({ received: 3, resolved: 0, resolvedOnTime: 0, resolvedLate: 0, pending: 3, onTimePercent: null })).toEqual([
			'3',
			'0',
			'0',
			'0',
			'3',
			'—',
		]);
	});
});
