import { describe, expect, it } from 'vitest';
import { declarationStatus, groupAgencies, isDefunct, lastChange, latestObjectives } from '../../../src/lib/site/agencies.ts';
import type { Agency } from '../../../schemas/index.ts';

const agency = (id: string, name: string, level: Agency['level'], extra: Partial<Agency> = {}): { id: string; data: Agency } => ({
	id,
	data: {
		id,
		name,
		level,
		province: 'Tỉnh Thử Nghiệm',
		contact: { address: 'Số 1' },
		scope: 'TTHC',
		declarations: [],
		audits: [],
		reviews: [],
		inspections: [],
		tthc: [],
		...extra,
	},
});

describe('groupAgencies', () => {
	it('groups operating agencies by level in portal order and lists district committees apart', () => {
		const { groups, defunct } = groupAgencies([
			agency('xa-b', 'Ủy ban nhân dân xã Bình', 'cap-xa'),
			agency('huyen-a', 'Ủy ban nhân dân huyện A', 'cap-huyen', { validTo: '2025-06-30', successor: 'xa-b' }),
			agency('so-tp', 'Sở Tư pháp', 'so-nganh'),
			agency('phuong-a', 'Ủy ban nhân dân phường An', 'cap-xa'),
			agency('ubnd-tinh', 'Ủy ban nhân dân tỉnh', 'cap-tinh'),
		]);
		expect(groups.map((group) => [group.heading, group.agencies.map((item) => item.id)])).toEqual([
			['Cấp tỉnh', ['ubnd-tinh']],
			['Sở, ban, ngành', ['so-tp']],
			['Xã, phường, đặc khu', ['phuong-a', 'xa-b']],
		]);
		expect(defunct.map((item) => item.id)).toEqual(['huyen-a']);
	});

	it('treats an agency with an end date as defunct whatever its level', () => {
		expect(isDefunct(agency('x', 'X', 'cap-xa', { validTo: '2025-06-30' }).data)).toBe(true);
		expect(isDefunct(agency('x', 'X', 'cap-xa').data)).toBe(false);
	});
});

describe('declarationStatus', () => {
	it('words the last declaration, or says there is none', () => {
		expect(declarationStatus(agency('x', 'X', 'cap-xa').data)).toEqual({
			declared: false,
			text: 'Chưa công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.',
		});
		const declared = agency('x', 'X', 'cap-xa', {
			declarations: [
				{ decision: '10/QĐ-UBND', date: '2025-09-01', kind: 'cong-bo', scope: 'Hộ tịch', tthc: [] },
				{ decision: '45/QĐ-UBND', date: '2026-03-05', kind: 'cong-bo-lai', scope: 'Hộ tịch, chứng thực', tthc: [] },
			],
		});
		expect(declarationStatus(declared.data)).toEqual({
			declared: true,
			text: 'Công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 theo Quyết định số 45/QĐ-UBND ngày 05/03/2026.',
			scope: 'Hộ tịch, chứng thực',
		});
	});
});

describe('lastChange and latestObjectives', () => {
	it('take the latest issue date and the latest year', () => {
		expect(lastChange([{ data: { issued: '2025-08-01' } }, { data: { issued: '2026-02-10' } }, { data: { issued: '2025-12-31' } }])).toBe(
			'2026-02-10',
		);
		expect(lastChange([])).toBeUndefined();
		expect(latestObjectives([{ data: { year: 2025 } }, { data: { year: 2026 } }])?.data.year).toBe(2026);
	});
});
