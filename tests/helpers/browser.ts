import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { findChromium, type ChromiumLocation } from './chromium.ts';

let chromiumLocation: Promise<ChromiumLocation> | undefined;

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

/** Launches the given Chromium, by default the one `findChromium` finds (looked up once per test file). */
export async function launchBrowser(location?: ChromiumLocation): Promise<TestBrowser> {
	const { executablePath, env } = location ?? (await (chromiumLocation ??= findChromium()));
	const browser = await chromium.launch({
		executablePath,
		env: { ...process.env, ...env },
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
