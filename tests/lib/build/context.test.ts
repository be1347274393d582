import { afterEach, describe, expect, it } from 'vitest';
import {
	buildSettings,
	clearBuildSettings,
	clearHandoff,
	getHandoff,
	setBuildSettings,
	setHandoff,
} from '../../../src/lib/build/context.ts';
import { currentTexts, pastTexts } from '../../../src/lib/versions-view/types.ts';

describe('the build context', () => {
	afterEach(() => {
		clearBuildSettings();
		clearHandoff('pastTexts');
	});

	it('passes the settings of a build through the environment and clears them after', () => {
		process.env['BASE_URL'] = '/khac/';
		setBuildSettings({ content: '/tmp/noi-dung', asOf: '2026-05-01', agency: 'so-tu-phap', sharded: false });
		expect(buildSettings()).toEqual({ content: '/tmp/noi-dung', asOf: '2026-05-01', agency: 'so-tu-phap', sharded: false });
		expect(process.env['BASE_URL']).toBeUndefined();
		setBuildSettings({ content: '/tmp/cong', sharded: true });
		expect(buildSettings()).toEqual({ content: '/tmp/cong', asOf: undefined, agency: undefined, sharded: true });
		clearBuildSettings();
		expect(buildSettings()).toEqual({ content: undefined, asOf: undefined, agency: undefined, sharded: false });
		expect(Object.keys(process.env).filter((name) => name.startsWith('QMS_') && name !== 'QMS_CHROMIUM')).toEqual([]);
	});

	it('hands live objects over under keys every module graph shares', () => {
		const texts = new Map([['a.md', { body: 'b', html: '<p>b</p>' }]]);
		setHandoff('pastTexts', texts);
		expect((globalThis as unknown as Record<symbol, unknown>)[Symbol.for('qms.past-issue-texts')]).toBe(texts);
		expect(pastTexts()).toBe(texts);
		clearHandoff('pastTexts');
		expect(getHandoff('pastTexts')).toBeUndefined();
		expect(pastTexts().size).toBe(0);
		expect(currentTexts()).toBe(getHandoff('currentTexts'));
	});
});
