import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/** Debian's Chromium, installed by `.ci/run` (`apt-get install chromium`). */
export const CHROMIUM = process.env['QMS_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * A headless Chromium with no background network. Playwright's `launch` gives each browser a fresh
 * temporary profile (user-data-dir) and removes it on close.
 */
export interface TestBrowser {
	browser: Browser;
	/** A new page in a new context; messages the page logs as errors are collected in `errors`. */
	newPage: (options?: { width?: number; height?: number }) => Promise<{ page: Page; errors: string[] }>;
	close: () => Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
			'--disable-sync',
			'--disable-quic',
		],
	});
	return {
		browser,
		newPage: async ({ width = 1280, height = 900 } = {}) => {
			const pageContext = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
			const page = await pageContext.newPage();
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			return { page, errors };
		},
		close: async () => {
			await browser.close();
		},
	};
}
