/**
 * The filter on the list of all indicators, in Chromium, on the built sites under the
 * Content-Security-Policy of docs/hosting.md. What each indicator's status and area is comes from
 * its own page (the status beside its title, the first crumb), not from the list: checking a status
 * box by keyboard shows exactly the indicators whose pages say that status; choosing an area shows
 * exactly that area's; the line under the controls says how many, the boxes' counts follow the area,
 * the address keeps the choice and brings it back, "Visa alla" undoes it. Without JavaScript there
 * are no controls, the whole list shows, and a line says the filter needs JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { load } from 'cheerio';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newContext } from '../support/browser.ts';
import { cspViolations, openPage, recordCspViolations } from '../support/page.ts';
import { CSP, serveStatic, type StaticServer } from '../support/server.ts';
import { builds, RESULTS_DIR, requireBuilt, type TreeBuild } from '../support/sites.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENSHOTS = path.join(RESULTS_DIR, 'screenshots');

const browser: Browser = await launchBrowser();
afterAll(async () => {
	await browser.close();
});

interface Listed {
	/** The indicator page's address, as the list links to it. */
	href: string;
	/** The status word on the indicator's own page. */
	status: string;
	/** The address of the area its page's first crumb leads to. */
	area: string;
}

/** Every indicator the list links to, with what its own page says. */
function listed(build: TreeBuild, listPath: string): Listed[] {
	const read = (sitePath: string) => load(readFileSync(path.join(build.dist, sitePath, 'index.html'), 'utf8'));
	const list = read(listPath);
	return list('main .card h3 a')
		.toArray()
		.map((a) => {
			const href = list(a).attr('href')!;
			const page = read(href.slice(build.base.length));
			return {
				href,
				status: page('.facts .status').first().text().trim(),
				area: page('.breadcrumbs li:nth-child(2) a').attr('href')!,
			};
		});
}

interface Case {
	build: TreeBuild;
	path: string;
	words: { status: RegExp; shown: (shown: number, total: number) => string; all: (total: number) => string; noScript: (total: number) => string; reset: string; area: string };
}

const sv = {
	status: /^(Uppnått|Delvis uppnått|Ej uppnått|Bedömning saknas)$/,
	shown: (s: number, t: number) => `Visar ${s} av ${t} indikatorer.`,
	all: (t: number) => `Visar alla ${t} indikatorer.`,
	noScript: (t: number) => `Filtret behöver JavaScript. Utan det visas alla ${t} indikatorer.`,
	reset: 'Visa alla',
};
const cases: Case[] = [
	{ build: builds.malung, path: 'indikatorer/', words: { ...sv, area: 'Målområde' } },
	{ build: builds.smedjebacken, path: 'indikatorer/', words: { ...sv, area: 'Perspektiv' } },
	{
		build: builds.malung,
		path: 'en/indicators/',
		words: {
			status: /^(Achieved|Partly achieved|Not achieved|Not assessed)$/,
			shown: (s, t) => `Showing ${s} of ${t} indicators.`,
			all: (t) => `Showing all ${t} indicators.`,
			noScript: (t) => `The filter needs JavaScript. Without it, all ${t} indicators are shown.`,
			reset: 'Show all',
			area: 'Goal area',
		},
	},
];

const visibleLinks = (page: Page) => page.locator('main .card h3 a').evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href')!));
const sorted = (xs: string[]) => [...xs].sort();
const controls = (page: Page) => page.locator('malbild-filter .filter');
const line = (page: Page) => page.locator('malbild-filter [role="status"]');

for (const c of cases) {
	describe(`${c.build.name}: the filter on /${c.path}`, () => {
		let server: StaticServer;
		let all: Listed[];
		beforeAll(async () => {
			server = await serveStatic(requireBuilt(c.build).dist, { base: c.build.base, csp: CSP });
			all = listed(c.build, c.path);
		});
		afterAll(async () => {
			await server?.close();
		});

		test('each status by keyboard, each area, the counts, the address and "show all"', { timeout: 60_000 }, async () => {
			expect(all.length).toBeGreaterThan(0);
			for (const i of all) expect(i.status).toMatch(c.words.status);
			const context = await newContext(browser);
			await recordCspViolations(context);
			const page = await context.newPage();
			const visit = await openPage(page, server.url(c.path), { origin: server.origin });
			try {
				await expect.poll(() => controls(page).isVisible()).toBe(true);
				await expect.poll(() => line(page).innerText()).toBe(c.words.all(all.length));

				// One box per status the site has, each with its count.
				const statuses = [...new Set(all.map((i) => i.status))];
				const boxes = controls(page).locator('fieldset label');
				expect(sorted(await boxes.locator('.status').allInnerTexts())).toEqual(sorted(statuses));
				for (const status of statuses) {
					const label = boxes.filter({ has: page.locator('.status', { hasText: new RegExp(`^${status}$`) }) });
					expect((await label.locator('.filter-count').innerText()).trim()).toBe(`(${all.filter((i) => i.status === status).length})`);

					await label.locator('input').focus();
					await page.keyboard.press('Space');
					const want = all.filter((i) => i.status === status);
					await expect.poll(() => visibleLinks(page).then(sorted)).toEqual(sorted(want.map((i) => i.href)));
					await expect.poll(() => line(page).innerText()).toBe(want.length === all.length ? c.words.all(all.length) : c.words.shown(want.length, all.length));
					expect(new URL(page.url()).searchParams.getAll('status')).toHaveLength(1);
					// An area with none of them has no heading left on the page.
					const areasShown = await page.locator('main section[data-area] h2 a').evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href')!));
					expect(sorted(areasShown)).toEqual(sorted([...new Set(want.map((i) => i.area))]));
					await page.keyboard.press('Space');
				}
				await expect.poll(() => visibleLinks(page).then((v) => v.length)).toBe(all.length);
				expect(new URL(page.url()).search).toBe('');

				// Each area: only its indicators, and the boxes count within it.
				const select = controls(page).getByLabel(c.words.area, { exact: true });
				const areaOptions = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
				expect(areaOptions.length).toBeGreaterThan(0);
				for (const id of areaOptions) {
					await select.selectOption(id);
					const areaHref = await page.locator(`section[data-area="${id}"] h2 a`).getAttribute('href');
					const want = all.filter((i) => i.area === areaHref);
					expect(want.length).toBeGreaterThan(0);
					await expect.poll(() => visibleLinks(page).then(sorted)).toEqual(sorted(want.map((i) => i.href)));
					expect(new URL(page.url()).searchParams.get('area')).toBe(id);
					for (const status of statuses) {
						const label = boxes.filter({ has: page.locator('.status', { hasText: new RegExp(`^${status}$`) }) });
						expect((await label.locator('.filter-count').innerText()).trim()).toBe(`(${want.filter((i) => i.status === status).length})`);
					}
				}

				// Status and area together, from the address, as a shared link brings them.
				const [first] = all;
				const areaId = await page.locator(`section[data-area]:has(h2 a[href="${first!.area}"])`).getAttribute('data-area');
				const statusCode = await boxes.filter({ has: page.locator('.status', { hasText: new RegExp(`^${first!.status}$`) }) }).locator('input').getAttribute('value');
				await page.goto(`${server.url(c.path)}?status=${statusCode}&area=${areaId}`);
				const want = all.filter((i) => i.area === first!.area && i.status === first!.status);
				await expect.poll(() => visibleLinks(page).then(sorted)).toEqual(sorted(want.map((i) => i.href)));
				await expect(select.inputValue()).resolves.toBe(areaId);
				await expect(controls(page).locator(`input[value="${statusCode}"]`).isChecked()).resolves.toBe(true);
				await expect.poll(() => line(page).innerText()).toBe(want.length === all.length ? c.words.all(all.length) : c.words.shown(want.length, all.length));

				const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
				expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), 'axe with a filter chosen').toEqual([]);
				mkdirSync(SCREENSHOTS, { recursive: true });
				for (const width of [1280, 375]) {
					await page.setViewportSize({ width, height: 900 });
					await page.screenshot({ path: path.join(SCREENSHOTS, `${path.basename(c.build.dist)}-filter-${c.path.replace(/\//g, '_')}${width}.png`), fullPage: true });
				}

				await controls(page).getByRole('button', { name: c.words.reset }).click();
				await expect.poll(() => visibleLinks(page).then((v) => v.length)).toBe(all.length);
				await expect.poll(() => line(page).innerText()).toBe(c.words.all(all.length));
				expect(new URL(page.url()).search).toBe('');
				await expect(select.inputValue()).resolves.toBe('');

				expect(visit.problems()).toEqual([]);
				expect(await cspViolations(page)).toEqual([]);
			} finally {
				visit.stop();
				await context.close();
			}
		});

		test('without JavaScript: no controls, the whole list, and a line that says why', { timeout: 30_000 }, async () => {
			const context = await newContext(browser, { javaScriptEnabled: false });
			const page = await context.newPage();
			try {
				await page.goto(`${server.url(c.path)}?status=achieved`);
				await expect(controls(page).isVisible()).resolves.toBe(false);
				expect(sorted(await visibleLinks(page))).toEqual(sorted(all.map((i) => i.href)));
				await expect(line(page).innerText()).resolves.toBe('');
				await expect(page.locator('main .filter-shown').last().innerText()).resolves.toBe(c.words.noScript(all.length));
			} finally {
				await context.close();
			}
		});
	});
}
