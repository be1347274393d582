import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, readSite, type BuiltSite } from '../helpers/site.ts';

/** The rules issue 16 names; every other message of the preset is listed too, by rule and page. */
const NAMED_RULES = ['valid-id', 'long-title', 'prefer-native-element'];

let site: BuiltSite;
let messages: string[];

beforeAll(async () => {
	site = await buildSite({ content: join(PROJECT_ROOT, 'content') });
	const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
	messages = [];
	for (const [file, html] of (await readSite(site)).pages) {
		const report = await validator.validateString(html, file);
		for (const result of report.results) for (const message of result.messages) messages.push(`${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
	}
});

afterAll(async () => {
	await site?.dispose();
});

describe("html-validate's recommended preset over the built demo", () => {
	it(`reports nothing for ${NAMED_RULES.join(', ')}`, () => {
		expect(messages.filter((message) => NAMED_RULES.some((rule) => message.includes(` ${rule} `)))).toEqual([]);
	});

	it('reports no other message either', () => {
		expect(messages).toEqual([]);
	});
});
