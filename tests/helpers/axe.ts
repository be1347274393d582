import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');

/** The WCAG 2.1 A and AA rules, which the issue asks every page type to pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
}

/** Runs axe-core in the page with the WCAG 2.1 A/AA rules; returns the violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: AXE_SCRIPT });
	// A string, so the test runner does not rewrite the code that runs in the browser.
	const violations = await page.evaluate<AxeViolation[]>(
		`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} }, resultTypes: ['violations'] }).then((r) => r.violations)`,
	);
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact ?? '?'}): ${violation.help}\n    at ${node.target.map(String).join(' > ')}\n    ${node.html}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
		),
	);
}
