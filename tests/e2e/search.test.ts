/**
 * The search, in Chromium, on the built sites served under the Content-Security-Policy of
 * docs/hosting.md: the header's "Sök" opens a dialog with focus in the field; a Swedish word in
 * another inflection than the page's text finds it (Swedish stemming); results show the level name
 * and the status word the page itself shows; the keyboard moves through them; Escape closes and
 * focus returns. Nothing of Pagefind is requested before the reader opens the search. Without
 * JavaScript "Sök" is a link to the search page, which says what to do instead.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
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

interface Case {
	build: TreeBuild;
	/** Not a word of the page's text: only its stem is. */
	query: string;
	/** The page the query must find, and the level name its result shows. */
	path: string;
	level: string;
}

const cases: Case[] = [
	// The text says "besökare"; "besökarna" is the same word, definite plural.
	{ build: builds.malung, query: 'besökarna', path: 'indikatorer/internationella-besokare/', level: 'Indikator' },
	// The text says "medborgare".
	{ build: builds.smedjebacken, query: 'medborgarna', path: 'mal/en-kommun-for-alla/', level: 'Mål' },
	{ build: builds.malungBase, query: 'medborgarna', path: 'indikatorer/dialogforum/', level: 'Indikator' },
];

const pagefindRequests = (requests: { url: string }[]) => requests.filter((r) => /\/pagefind\//.test(new URL(r.url).pathname)).map((r) => r.url);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? '');
const dialog = (page: Page) => page.locator('dialog.search-dialog');

for (const c of cases) {
	describe(`${c.build.name}: search`, () => {
		let server: StaticServer;
		beforeAll(async () => {
			server = await serveStatic(requireBuilt(c.build).dist, { base: c.build.base, csp: CSP });
		});
		afterAll(async () => {
			await server?.close();
		});

		test(`"${c.query}" finds ${c.path} by keyboard, with its level name and status; Escape closes`, { timeout: 60_000 }, async () => {
			const context = await newContext(browser);
			await recordCspViolations(context);
			// What the found page itself says its status is, read in a tab of its own: its chart code
			// must not be cut off by the next page and show up as a failed request there.
			const probe = await context.newPage();
			await probe.goto(server.url(c.path));
			const title = (await probe.locator('h1').innerText()).trim();
			const status = (await probe.locator('.facts .status, main section .status').first().innerText()).trim();
			expect(status).toMatch(/^(Uppnått|Delvis uppnått|Ej uppnått|Bedömning saknas)$/);
			await probe.close();
			const page = await context.newPage();

			const visit = await openPage(page, server.url(), { origin: server.origin });
			try {
				await expect.poll(() => page.evaluate(() => customElements.get('malbild-search') !== undefined)).toBe(true);
				expect(pagefindRequests(visit.requests), 'nothing of Pagefind before the search is opened').toEqual([]);
				await expect(dialog(page).isVisible()).resolves.toBe(false);

				const opener = page.locator('header .search-open');
				await opener.focus();
				await page.keyboard.press('Enter');
				await expect.poll(() => dialog(page).isVisible()).toBe(true);
				expect(await focused(page)).toMatch(/^<input id="search-dialog-q" type="search"/);

				await page.keyboard.type(c.query);
				const count = dialog(page).locator('[role="status"]');
				await expect.poll(() => count.innerText(), { timeout: 15_000 }).toMatch(/^\d+ träff(ar)?$/);
				expect(pagefindRequests(visit.requests).length, 'the index loaded once the reader searched').toBeGreaterThan(0);

				const results = dialog(page).locator('.search-results li');
				const hit = results.filter({ has: page.locator(`a[href="${c.build.base}${c.path}"]`) });
				await expect(hit.count()).resolves.toBe(1);
				expect((await hit.locator('a').innerText()).trim()).toBe(title);
				expect((await hit.locator('.search-meta').innerText()).trim()).toBe(`${c.level} · Status: ${status}`);
				// The matched word is marked in the excerpt.
				expect(await hit.locator('.search-excerpt mark').count()).toBeGreaterThan(0);
				expect(Number((await count.innerText()).match(/\d+/)![0])).toBe(await results.count());

				// Down from the field goes to the first result, and on through them; up comes back.
				await page.keyboard.press('ArrowDown');
				expect(await focused(page)).toBe(await results.first().locator('a').evaluate((a) => a.outerHTML.slice(0, 80)));
				await page.keyboard.press('ArrowUp');
				expect(await focused(page)).toMatch(/^<input id="search-dialog-q"/);
				// Tab reaches the results too (after the search button).
				await page.keyboard.press('Tab');
				await page.keyboard.press('Tab');
				expect(await focused(page)).toBe(await results.first().locator('a').evaluate((a) => a.outerHTML.slice(0, 80)));

				const axe = await new AxeBuilder({ page }).include('dialog.search-dialog').withTags(AXE_TAGS).analyze();
				expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), 'axe on the open dialog').toEqual([]);

				if (c.build === builds.malung || c.build === builds.smedjebacken) {
					mkdirSync(SCREENSHOTS, { recursive: true });
					for (const width of [1280, 375]) {
						await page.setViewportSize({ width, height: width === 375 ? 740 : 900 });
						await page.screenshot({ path: path.join(SCREENSHOTS, `${path.basename(c.build.dist)}-search-${width}.png`) });
					}
				}

				await page.keyboard.press('Escape');
				await expect.poll(() => dialog(page).isVisible()).toBe(false);
				expect(await focused(page)).toMatch(/class="search-open"/);

				expect(visit.problems()).toEqual([]);
				expect(await cspViolations(page)).toEqual([]);

				// The result is a working link to the page.
				await opener.click();
				await hit.locator('a').click();
				await page.waitForURL(server.url(c.path));
			} finally {
				visit.stop();
				await context.close();
			}
		});

		test('the search page searches what its address asks for', { timeout: 60_000 }, async () => {
			const context = await newContext(browser);
			await recordCspViolations(context);
			const page = await context.newPage();
			const visit = await openPage(page, `${server.url('sok/')}?q=${encodeURIComponent(c.query)}`, { origin: server.origin });
			try {
				const main = page.locator('main');
				await expect.poll(() => main.locator('[role="status"]').innerText(), { timeout: 15_000 }).toMatch(/^\d+ träff(ar)?$/);
				await expect(main.locator(`.search-results a[href="${c.build.base}${c.path}"]`).count()).resolves.toBe(1);
				expect(await main.locator('.search-noscript').isVisible()).toBe(false);
				const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
				expect(axe.violations.map((v) => v.id)).toEqual([]);
				expect([...visit.problems(), ...(await cspViolations(page))]).toEqual([]);
			} finally {
				visit.stop();
				await context.close();
			}
		});
	});
}

describe('without JavaScript', () => {
	let server: StaticServer;
	beforeAll(async () => {
		server = await serveStatic(requireBuilt(builds.malung).dist, { csp: CSP });
	});
	afterAll(async () => {
		await server?.close();
	});

	test('"Sök" leads to the search page, which says search needs JavaScript and links to the content', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		try {
			await page.goto(server.url());
			await page.locator('header .search-open').click();
			await page.waitForURL(server.url('sok/'));
			expect(await page.locator('main .search-noscript').innerText()).toMatch(/^Sökningen behöver JavaScript/);
			expect(await page.locator('main form').isVisible()).toBe(false);
			const links = await page.locator('main section a').allInnerTexts();
			expect(links).toContain('Indikatorer');
			expect(links.length).toBeGreaterThan(3);
		} finally {
			await context.close();
		}
	});
});
