/**
 * The language switcher, as a reader uses it in Chromium: from a Swedish page to its English
 * counterpart and back, by mouse and by keyboard, on both example sites; the English page shows
 * English words and numbers and, where it falls back, the Swedish text with lang="sv". The
 * charts' own texts (the sample label, the numbers on the axis) follow the page's language.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newContext } from '../support/browser.ts';
import { drawCharts } from '../support/page.ts';
import { CSP, serveStatic, type StaticServer } from '../support/server.ts';
import { builds, RESULTS_DIR } from '../support/sites.ts';

const SCREENSHOTS = path.join(RESULTS_DIR, 'screenshots');
const browser = await launchBrowser();
afterAll(async () => {
	await browser.close();
});

const cases = [
	{ build: builds.malung, sv: 'omraden/dialog/', en: 'en/areas/dialog/', svTitle: 'Dialog och samspel', enTitle: 'Dialogue and interaction' },
	{ build: builds.smedjebacken, sv: 'mal/stark-ekonomi/', en: 'en/goals/stark-ekonomi/', svTitle: 'Stark ekonomi', enTitle: 'A strong economy' },
	{ build: builds.malungBase, sv: 'indikatorer/mark-och-planberedskap/', en: 'en/indicators/mark-och-planberedskap/', svTitle: 'Mark- och planberedskap för minst 50 000 m² företagsetableringar och för 100 bostäder.', enTitle: 'Land and planning readiness for at least 50,000 m² of business establishments and for 100 homes.' },
];

for (const c of cases) {
	describe(`${c.build.name}: the language switcher`, () => {
		let server: StaticServer;
		let context: BrowserContext;
		beforeAll(async () => {
			server = await serveStatic(c.build.dist, { base: c.build.base, csp: CSP });
			context = await newContext(browser);
		});
		afterAll(async () => {
			await context?.close();
			await server?.close();
		});

		test(`goes from /${c.sv} to /${c.en} and back`, { timeout: 60_000 }, async () => {
			const page = await context.newPage();
			await page.goto(server.url(c.sv));
			expect(await page.locator('html').getAttribute('lang')).toBe('sv');
			expect((await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim()).toBe(c.svTitle);

			await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'English' }).click();
			await page.waitForURL(server.url(c.en));
			expect(await page.locator('html').getAttribute('lang')).toBe('en');
			expect((await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim()).toBe(c.enTitle);
			expect(await page.getByRole('link', { name: 'Skip to content' }).count()).toBe(1);

			// Back by keyboard: the switcher is a link like any other.
			await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Svenska' }).focus();
			await page.keyboard.press('Enter');
			await page.waitForURL(server.url(c.sv));
			expect(await page.locator('html').getAttribute('lang')).toBe('sv');
			expect((await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim()).toBe(c.svTitle);
			await page.close();
		});
	});
}

describe('Malung-Sälen: an English indicator page in the browser', () => {
	let server: StaticServer;
	let context: BrowserContext;
	beforeAll(async () => {
		server = await serveStatic(builds.malung.dist, { base: builds.malung.base, csp: CSP });
		context = await newContext(browser, { locale: 'en-GB' });
	});
	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	test('shows English numbers, the fallback notice once, and Swedish text marked as Swedish', { timeout: 60_000 }, async () => {
		const page = await context.newPage();
		await page.goto(server.url('en/indicators/mark-och-planberedskap/'));
		expect(await drawCharts(page)).toBeGreaterThan(0);
		const table = page.locator('table').first();
		await expect.poll(() => table.locator('td').allInnerTexts()).toContain('61,000');
		expect(await page.getByText('This text is only available in Swedish.').count()).toBe(1);
		// The untranslated body is Swedish, and says so to a screen reader.
		expect(await page.locator('.prose').getAttribute('lang')).toBe('sv');
		expect(await page.getByText('Partly achieved').first().isVisible()).toBe(true);
		// The chart's data carries the page's language for its labels and number format.
		const chart = JSON.parse((await page.locator('malbild-chart script[type="application/json"]').first().textContent()) ?? '{}');
		expect(chart.text).toEqual({ locale: 'en-GB', sample: 'Sample data', missing: 'Data missing', value: '{number}\u00a0m²' });
		mkdirSync(SCREENSHOTS, { recursive: true });
		for (const width of [375, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.screenshot({ path: path.join(SCREENSHOTS, `english-indicator-${width}.png`), fullPage: true });
		}
		await page.close();
	});
});
