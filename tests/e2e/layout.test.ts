/**
 * Every page as readers with other set-ups get it: with JavaScript turned off (all text, every
 * status and every data table still there), on a 320 px wide phone (no sideways scrolling; a table
 * may scroll inside its own region) and printed (tables and status shown, navigation hidden).
 * Also writes screenshots of a home, an area and an indicator page for a person to look at.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newContext, workers } from '../support/browser.ts';
import { drawCharts } from '../support/page.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { kindOf, MISSING_PAGE, pageName, RESULTS_DIR, ROOT, rootBuilds, sitemapPaths } from '../support/sites.ts';

const SCREENSHOTS = path.join(RESULTS_DIR, 'screenshots');

// Started as the file loads: without a browser the whole file fails, saying how to get one.
const browser = await launchBrowser();
beforeAll(() => {
	// Only this file's own screenshots: tests/e2e/search.test.ts writes its own beside them, maybe first.
	mkdirSync(SCREENSHOTS, { recursive: true });
	for (const f of readdirSync(SCREENSHOTS)) if (!f.includes('-dark-') && /-(home|area|indicator)-\d+\.png$/.test(f)) rmSync(path.join(SCREENSHOTS, f), { force: true });
});
afterAll(async () => {
	await browser.close();
});


/**
 * The page's visible text, less the drawing itself: a chart's legend only explains lines that
 * JavaScript draws; without it the chart's summary and table carry the content.
 */
/** Every status shown: the list filter's status boxes are controls, not the status of anything, and are left out. */
const STATUS = '.status:not(malbild-filter .status)';

/**
 * The page's text but what differs with JavaScript by design: the charts' drawings, the list
 * filter's controls and count, and the line saying that the filter needs JavaScript
 * (tests/e2e/filter.test.ts).
 */
const visibleText = (page: Page) =>
	page.evaluate(() => {
		const drawings = [...document.querySelectorAll<HTMLElement>('malbild-chart, malbild-filter > .filter, malbild-filter > [role="status"], malbild-filter > noscript > *')];
		const before = drawings.map((d) => d.style.display);
		for (const d of drawings) d.style.display = 'none';
		const text = document.body.innerText.replace(/\s+/g, ' ').trim();
		drawings.forEach((d, i) => (d.style.display = before[i]!));
		return text;
	});

/** The elements matching `selector` that are not shown (no box, hidden, or fully transparent), by their text. */
const hidden = (page: Page, selector: string) =>
	page.evaluate(
		(sel) =>
			[...document.querySelectorAll<HTMLElement>(sel)]
				.filter((el) => !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || el.getBoundingClientRect().height === 0)
				.map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.innerText.trim().slice(0, 50)}"`),
		selector,
	);

const count = (page: Page, selector: string) => page.locator(selector).count();

for (const build of rootBuilds) {
	const paths = [...sitemapPaths(build), MISSING_PAGE];
	const cases = paths.map((p) => ({ name: pageName(p), sitePath: p }));

	describe(`${build.name}: every page without JavaScript, at 320 px and printed`, () => {
		let server: StaticServer;
		let withJs: BrowserContext;
		let withoutJs: BrowserContext;
		let narrow: BrowserContext;
		/** Two workers, each with a tab with JavaScript, one without, and one on a 320 px phone. */
		const tabs = workers(2, async () => ({ on: await withJs.newPage(), off: await withoutJs.newPage(), phone: await narrow.newPage() }));
		beforeAll(async () => {
			server = await serveStatic(build.dist, { base: build.base });
			withJs = await newContext(browser);
			withoutJs = await newContext(browser, { javaScriptEnabled: false });
			narrow = await newContext(browser, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
		});
		afterAll(async () => {
			await Promise.all([withJs?.close(), withoutJs?.close(), narrow?.close()]);
			await server?.close();
		});

		test.concurrent.for(cases)('$name', { timeout: 60_000 }, ({ sitePath }, { expect }) =>
			tabs(async ({ on, off, phone }) => {
				try {
					await on.goto(server.url(sitePath));
					await drawCharts(on);

					// Without JavaScript: every word a reader with JavaScript sees is there, and every
					// status, trend, table and chart summary is shown.
					await off.goto(server.url(sitePath));
					await off.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
					await off.waitForTimeout(100);
					expect(await count(off, 'malbild-chart[data-drawn]'), 'JavaScript is really off: no chart was drawn').toBe(0);
					// The search page is the exception by design: without JavaScript it says search needs it
					// instead of showing a form that cannot work (tests/e2e/search.test.ts).
					if (kindOf(sitePath) !== 'search') expect(await visibleText(off), 'the text without JavaScript').toBe(await visibleText(on));
					for (const selector of [STATUS, '.trend', 'table', '.chart-summary', 'h1']) {
						expect(await count(off, selector), `${selector}: as many without JavaScript as with it`).toBe(await count(on, selector));
						expect(await hidden(off, selector), `${selector}: shown without JavaScript`).toEqual([]);
					}
					if ((await count(off, 'malbild-chart')) > 0) {
						expect(await count(off, 'table'), 'a page with a chart has its data table').toBeGreaterThan(0);
					}

					// 320 px wide: no sideways scrolling; a table too wide scrolls inside its own region.
					await phone.goto(server.url(sitePath));
					await drawCharts(phone);
					const size = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
					expect(size.client).toBe(320);
					if (size.scroll > 320) {
						const wide = await phone.evaluate(() =>
							[...document.querySelectorAll<HTMLElement>('body *')]
								.filter((el) => el.getBoundingClientRect().right > 320.5 && !el.closest('.table-scroll'))
								.slice(0, 8)
								.map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`),
						);
						expect.fail(`at 320 px the page scrolls sideways (${size.scroll} px wide); too wide: ${wide.join(', ')}`);
					}
					const regions = await phone.evaluate(() =>
						[...document.querySelectorAll('table')].map((t) => {
							const region = t.closest<HTMLElement>('.table-scroll');
							return { inRegion: Boolean(region), focusable: region?.tabIndex === 0, fits: (region ?? t).getBoundingClientRect().right <= 320.5 };
						}),
					);
					for (const r of regions) expect(r, 'a table at 320 px').toEqual({ inRegion: true, focusable: true, fits: true });

					// Printed: tables, status and text on paper, whole; navigation left out.
					await on.emulateMedia({ media: 'print' });
					for (const selector of [STATUS, '.trend', 'table', '.chart-summary', 'h1', 'main']) {
						expect(await hidden(on, selector), `${selector}: printed`).toEqual([]);
					}
					const clipped = await on.evaluate(
						() =>
							[...document.querySelectorAll('table')].filter((t) => {
								const region = t.closest<HTMLElement>('.table-scroll');
								return region ? region.scrollWidth > region.clientWidth + 1 && getComputedStyle(region).overflowX !== 'visible' : false;
							}).length,
					);
					expect(clipped, 'tables cut off in print').toBe(0);
					expect(await count(on, 'nav'), 'the page has navigation').toBeGreaterThan(0);
					expect(await on.locator('nav, .skip-link').evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length), 'navigation is not printed').toBe(0);
					// What only works on a screen: the code to embed a chart, the download buttons and their heading.
					expect(await on.locator('.embed-snippet, #downloads-heading, .downloads').evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).length), 'embed code and downloads are not printed').toBe(0);
					// Paper is the same whatever scheme the reader's screen is in.
					const ink = () =>
						on.evaluate(() => [document.body, ...document.querySelectorAll('main a, main h1, .summary li')].slice(0, 12).map((el) => `${getComputedStyle(el).color} on ${getComputedStyle(document.body).backgroundColor}`));
					const light = await ink();
					await on.emulateMedia({ media: 'print', colorScheme: 'dark' });
					expect(await ink(), 'printed with a dark screen scheme').toEqual(light);
				} finally {
					await on.emulateMedia({ media: 'screen', colorScheme: 'light' });
				}
			}),
		);

		test('screenshots of the home, an area and an indicator page at 375 and 1280 px', { timeout: 120_000 }, async () => {
			const chosen = [
				paths.find((p) => kindOf(p) === 'home')!,
				paths.find((p) => kindOf(p) === 'area')!,
				// The indicator with the most charts shows the most.
				...(await pickIndicator(server, paths)),
			];
			expect(chosen.map(kindOf)).toEqual(['home', 'area', 'indicator']);
			const written: string[] = [];
			for (const width of [375, 1280]) {
				const context = await newContext(browser, { viewport: { width, height: 900 }, isMobile: width < 600, hasTouch: width < 600 });
				try {
					for (const sitePath of chosen) {
						const page = await context.newPage();
						await page.goto(server.url(sitePath));
						await drawCharts(page);
						await page.evaluate(() => window.scrollTo(0, 0));
						const file = path.join(SCREENSHOTS, `${path.basename(build.dist)}-${kindOf(sitePath)}-${width}.png`);
						const png = await page.screenshot({ path: file, fullPage: true });
						expect(png.length, `${file} has content`).toBeGreaterThan(10_000);
						written.push(path.relative(ROOT, file));
						await page.close();
					}
				} finally {
					await context.close();
				}
			}
			console.log(`Screenshots of ${build.name} for a person to look at, in ${path.relative(ROOT, SCREENSHOTS)}/:\n  ${written.join('\n  ')}`);
		});
	});
}

/** The indicator page with the most charts (ties: the first in the sitemap). */
async function pickIndicator(server: StaticServer, paths: string[]): Promise<string[]> {
	let best: { path: string; charts: number } | undefined;
	for (const p of paths.filter((x) => kindOf(x) === 'indicator')) {
		const html = await (await fetch(server.url(p))).text();
		const charts = html.split('<malbild-chart').length - 1;
		if (!best || charts > best.charts) best = { path: p, charts };
	}
	return best ? [best.path] : [];
}
