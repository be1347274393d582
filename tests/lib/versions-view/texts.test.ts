import { describe, expect, it } from 'vitest';
import type { DocumentControl } from '../../../schemas/document-control.ts';
import {
	currentText,
	currentTexts,
	pastKey,
	pastTexts,
	releaseTexts,
	withTexts,
	type PastText,
	type StoredHistoryData,
} from '../../../src/lib/versions-view/types.ts';

const data = (issue: number) => ({ issue, title: `Lần ${issue}` }) as unknown as DocumentControl;
const FILE = 'agencies/a/procedures/p.md';
const stored: StoredHistoryData = {
	kind: 'procedure',
	file: FILE,
	available: true,
	versions: [
		{ issue: 1, data: data(1), commit: 'c1', date: '2025-01-02', current: false },
		{ issue: 2, commit: 'c2', date: '2026-01-02', current: true },
	],
};

describe('withTexts', () => {
	it('takes the current issue from the working tree and a past one from the texts kept aside', () => {
		const past = new Map<string, PastText>([[pastKey(FILE, 1), { body: 'cũ', html: '<p>cũ</p>' }]]);
		expect(withTexts(stored, (file) => (file === FILE ? { data: data(2), body: 'mới' } : undefined), past)).toEqual({
			kind: 'procedure',
			file: FILE,
			available: true,
			versions: [
				{ issue: 1, data: data(1), body: 'cũ', html: '<p>cũ</p>', commit: 'c1', date: '2025-01-02', current: false },
				{ issue: 2, data: data(2), body: 'mới', html: '', commit: 'c2', date: '2026-01-02', current: true },
			],
		});
	});

	it('gives nothing for a document whose texts this build does not hold', () => {
		expect(withTexts(stored, () => undefined, new Map([[pastKey(FILE, 1), { body: '', html: '' }]]))).toBeUndefined();
		expect(withTexts(stored, () => ({ data: data(2), body: '' }), new Map())).toBeUndefined();
	});

	it('finds a working-tree text by the entry’s content path, and none once released', () => {
		currentTexts().set(FILE, { body: 'Nộp hồ sơ', html: '<p>Nộp hồ sơ</p>' });
		pastTexts().set(pastKey(FILE, 1), { body: 'cũ', html: '<p>cũ</p>' });
		expect(currentText({ filePath: `content/${FILE}` })).toEqual({ body: 'Nộp hồ sơ', html: '<p>Nộp hồ sơ</p>' });
		expect(currentText({ filePath: 'content/agencies/a/procedures/khac.md' })).toEqual({ body: '', html: '' });
		expect(currentText({})).toEqual({ body: '', html: '' });
		releaseTexts();
		expect(currentText({ filePath: `content/${FILE}` })).toEqual({ body: '', html: '' });
		expect(pastTexts().size).toBe(0);
	});
});
