/**
 * The dark colour scheme (prefers-color-scheme: dark), in Chromium under the strict CSP: every page
 * of both example sites, and of a copy of Smedjebacken with a logo and a brand colour of its own,
 * has no axe violation (WCAG 2.2 AA, colour contrast included) and is really dark; charts are drawn
 * in the dark scheme's colours and redrawn when the reader switches scheme; the logo sits on its
 * plate in the header at 320 px. Writes screenshots of dark mode for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contrast, luminance, toHex } from '../../src/lib/brand/contrast.ts';
import { brandedBuild } from '../support/branded-tree.ts';
import { launchBrowser, newContext, workers } from '../support/browser.ts';
import { cspViolations, drawCharts, openPage, recordCspViolations } from '../support/page.ts';
import { CSP, serveStatic, type StaticServer } from '../support/server.ts';
import { kindOf, MISSING_PAGE, pageName, RESULTS_DIR, ROOT, rootBuilds, sitemapPaths, type TreeBuild } from '../support/sites.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENSHOTS = path.join(RESULTS_DIR, 'screenshots');

// Started as the file loads: without a browser the whole file fails, saying how to get one.
const browser = await launchBrowser();
const branded = await brandedBuild('dark-logo', { logo: 'logo.svg', brandColor: '#2a6f3e' });
/** `every`: every sitemap page; else the home page, the first area and the first indicator with a chart (the example's pages are the same). */
const sites: { build: TreeBuild; shot: string; brand: string; every: boolean }[] = [
	{ build: rootBuilds[0]!, shot: 'malung', brand: '#1f4e79', every: true },
	{ build: rootBuilds[1]!, shot: 'smedjebacken', brand: '#1f4e79', every: true },
	{ build: branded, shot: 'smedjebacken-logo', brand: '#2a6f3e', every: false },
];
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));
afterAll(async () => {
	await browser.close();
});

/** `rgb(…)` or `rgba(…)` as #rrggbb (alpha dropped). */
const hexOf = (css: string) => toHex(css.match(/[\d.]+/g)!.slice(0, 3).map(Number) as [number, number, number]);

/** The page's computed background, text and link colours, and the header's background. */
const colours = (page: Page) =>
	page.evaluate(() => {
		const style = (el: Element | null) => (el ? getComputedStyle(el) : undefined);
		return {
			background: style(document.body)!.backgroundColor === 'rgba(0, 0, 0, 0)' ? style(document.documentElement)!.backgroundColor : style(document.body)!.backgroundColor,
			text: style(document.body)!.color,
			link: style(document.querySelector('main a'))?.color,
			header: style(document.querySelector('.site-header'))!.backgroundColor,
		};
	});

/** How many canvas pixels of chart `index` are (nearly) `hex`. */
const pixelsOf = (page: Page, index: number, hex: string) =>
	page.locator('malbild-chart canvas').nth(index).evaluate((canvas: HTMLCanvasElement, colour) => {
		const rgb = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
		const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
		let n = 0;
		for (let i = 0; i < data.length; i += 4) {
			if (data[i + 3]! > 200 && rgb.every((c, k) => Math.abs(data[i + k]! - c) <= 10)) n++;
		}
		return n;
	}, hex);

for (const { build, shot, brand, every } of sites) {
	const all = sitemapPaths(build);
	const some = [all.find((p) => kindOf(p) === 'home')!, all.find((p) => kindOf(p) === 'area')!, 'indikatorer/skr-jamforelser/'];
	const paths = every ? [...all, MISSING_PAGE] : some;

	describe(`${build.name}: ${every ? 'every page' : 'home, an area and an indicator'} in the dark scheme`, () => {
		let server: StaticServer;
		let context: BrowserContext;
		const tabs = workers(2, () => context.newPage());
		beforeAll(async () => {
			server = await serveStatic(build.dist, { base: build.base, csp: CSP });
			context = await newContext(browser, { colorScheme: 'dark' });
			await recordCspViolations(context);
		});
		afterAll(async () => {
			await context?.close();
			await server?.close();
		});

		test.concurrent.for(paths.map((p) => ({ name: pageName(p), sitePath: p })))('$name', { timeout: 60_000 }, ({ sitePath }, { expect }) =>
			tabs(async (page) => {
				const missing = sitePath === MISSING_PAGE;
				const visit = await openPage(page, server.url(sitePath), { origin: server.origin, expectStatus: missing ? 404 : 200 });
				try {
					await drawCharts(page);
					const c = await colours(page);
					// Really dark: a near-black page with light text, not the light scheme passing axe again.
					expect(luminance(hexOf(c.background)), `background ${c.background}`).toBeLessThan(0.02);
					expect(luminance(hexOf(c.text)), `text ${c.text}`).toBeGreaterThan(0.7);
					// The header keeps the brand colour under white text in both schemes.
					expect(hexOf(c.header)).toBe(brand);
					if (c.link) expect(contrast(hexOf(c.link), hexOf(c.background)), `link ${c.link}`).toBeGreaterThanOrEqual(4.5);

					const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
					const violations = axe.violations.map(
						(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join(' | ')}`,
					);
					expect(violations, 'axe violations in the dark scheme').toEqual([]);
					expect([...visit.problems(), ...(await cspViolations(page))], 'errors, failed or foreign requests, CSP violations').toEqual([]);
				} finally {
					visit.stop();
				}
			}),
		);

		test('a chart is drawn in the dark scheme’s colours, and redrawn in the light ones when the reader switches', async () => {
			const indicator = await firstWithChart(server, paths);
			const page = await context.newPage();
			await page.goto(server.url(indicator));
			await drawCharts(page);
			const dark = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--chart-line-0').trim());
			expect(dark).not.toBe(brand);
			expect(contrast(dark, '#16181b')).toBeGreaterThanOrEqual(4.5);
			expect(await pixelsOf(page, 0, dark), `pixels in the dark line colour ${dark}`).toBeGreaterThan(100);
			expect(await pixelsOf(page, 0, brand), `pixels in the light line colour ${brand}`).toBeLessThan(20);
			// The legend's swatch follows too.
			const swatch = await page.locator('.chart-swatch-line-0').first().evaluate((el) => getComputedStyle(el).color);
			expect(hexOf(swatch)).toBe(dark);

			await page.emulateMedia({ colorScheme: 'light' });
			await expect.poll(() => pixelsOf(page, 0, brand), { timeout: 5_000 }).toBeGreaterThan(100);
			expect(await pixelsOf(page, 0, dark)).toBeLessThan(20);
			await page.close();
		});

		test('screenshots of dark mode: home, an area and an indicator at 375 and 1280 px', { timeout: 120_000 }, async () => {
			const chosen = [paths.find((p) => kindOf(p) === 'home')!, paths.find((p) => kindOf(p) === 'area')!, await firstWithChart(server, paths)];
			for (const width of [375, 1280]) {
				const narrow = await newContext(browser, { colorScheme: 'dark', viewport: { width, height: 900 }, isMobile: width < 600, hasTouch: width < 600 });
				try {
					for (const sitePath of chosen) {
						const page = await narrow.newPage();
						await page.goto(server.url(sitePath));
						await drawCharts(page);
						await page.evaluate(() => window.scrollTo(0, 0));
						const file = path.join(SCREENSHOTS, `${shot}-dark-${kindOf(sitePath)}-${width}.png`);
						const png = await page.screenshot({ path: file, fullPage: true });
						expect(png.length, `${path.relative(ROOT, file)} has content`).toBeGreaterThan(10_000);
						await page.close();
					}
				} finally {
					await narrow.close();
				}
			}
		});
	});
}

describe('the logo in the header', () => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serveStatic(branded.dist, { base: branded.base, csp: CSP });
	});
	afterAll(async () => {
		await server?.close();
	});

	test.for(['light', 'dark'] as const)('at 320 px in the %s scheme: on a white plate, at most 2.5 rem high, and the header fits', async (scheme) => {
		const context = await newContext(browser, { colorScheme: scheme, viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto(server.url());
		const logo = await page.locator('.site-header img').evaluate((img: HTMLImageElement) => {
			const box = img.getBoundingClientRect();
			return { loaded: img.complete && img.naturalWidth > 0, height: box.height, width: box.width, plate: getComputedStyle(img.parentElement!).backgroundColor };
		});
		expect(logo.loaded).toBe(true);
		expect(logo.height).toBeGreaterThan(24);
		expect(logo.height).toBeLessThanOrEqual(40);
		expect(logo.width).toBeLessThanOrEqual(112);
		expect(hexOf(logo.plate)).toBe('#ffffff');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
		// The link reads as the organisation's name and the site's title, once each.
		expect(await page.locator('.site-header a.brand').getAttribute('href')).toBe('/');
		const name = await page.locator('.site-header a.brand').evaluate((a) => (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
		expect(name).toBe('Smedjebackens kommun Vision och mål');
		await context.close();
	});
});

/** The first indicator page in the sitemap with a chart. */
async function firstWithChart(server: StaticServer, paths: string[]): Promise<string> {
	for (const p of paths.filter((x) => kindOf(x) === 'indicator')) {
		if ((await (await fetch(server.url(p))).text()).includes('<malbild-chart')) return p;
	}
	throw new Error('no indicator page with a chart');
}
