/**
 * The embed pages in a real Chromium, framed as another website frames them: a page on another
 * origin (another port) holds the iframe code the indicator page offers, and the site is served
 * with the policies the generated host configuration gives (src/lib/embed/policy.ts). A website
 * named in the policy sees the chart drawn; any other website gets nothing, and Chromium reports
 * the frame-ancestors violation. Also: the link back opens in the top window, the table's
 * disclosure works with the keyboard, and without JavaScript the table is there and no empty box.
 * Screenshots of the framed page at 375 and 1280 px go to test-results/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { embedPolicy, policyFor } from '../../src/lib/embed/policy.ts';
import { embedSnippet } from '../../src/lib/embed/snippet.ts';
import { entries, page as builtPage } from '../build/support.ts';
import { launchBrowser, newContext } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { RESULTS_DIR, rootBuilds } from '../support/sites.ts';

const SCREENSHOTS = path.join(RESULTS_DIR, 'screenshots');

// Started as the file loads: without a browser the whole file fails, saying how to get one.
const browser = await launchBrowser();
afterAll(async () => {
	await browser.close();
});

interface Host {
	origin: string;
	/** Serves `html` at / from now on. */
	show(html: string): void;
	close(): Promise<void>;
}

/** Another website: a bare server on its own port (so its own origin) answering one page. */
function otherSite(): Promise<Host> {
	let html = '';
	const server: Server = createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
	});
	return new Promise((done) =>
		server.listen(0, '127.0.0.1', () => {
			const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
			done({
				origin,
				show: (next) => void (html = next),
				close: () => new Promise<void>((closed) => (server.closeAllConnections(), server.close(() => closed()))),
			});
		}),
	);
}

const hostPage = (snippet: string) =>
	`<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kommunens webbplats</title></head>` +
	`<body style="margin:0;padding:16px;font-family:sans-serif;background:#fff"><h1>Kommunens webbplats</h1><p>Så går det för målet:</p>${snippet}</body></html>`;

/** The embedded frame, once its document has loaded (or failed to). */
async function embedFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().length, { timeout: 15_000 }).toBeGreaterThan(1);
	const frame = page.frames()[1]!;
	await frame.waitForLoadState('load');
	return frame;
}

/** Pixels of the chart's canvas that are not transparent. */
const painted = (frame: Frame) =>
	frame.locator('malbild-chart canvas').first().evaluate((canvas: HTMLCanvasElement) => {
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		let n = 0;
		for (let k = 3; k < data.length; k += 4) if (data[k]! > 0) n++;
		return n;
	});

for (const build of rootBuilds) {
	// An indicator with data (a chart) and one assessed in words only, when the tree has one.
	const indicators = entries(build.content, 'indicators');
	const withData = indicators.find((i) => typeof i.data.data === 'string')!;
	const embedPath = `indikatorer/${withData.id}/inbaddning/`;

	describe(`${build.name}: an embed page in an iframe on another website`, () => {
		let site: StaticServer;
		let allowed: Host;
		let other: Host;
		beforeAll(async () => {
			allowed = await otherSite();
			other = await otherSite();
			// The host configuration, with the allowed website as site.yaml would name it.
			site = await serveStatic(build.dist, { base: build.base, csp: (sitePath) => policyFor(sitePath, [allowed.origin]) });
			const snippet = embedSnippet({ sitePath: embedPath, base: build.base, origin: site.origin, title: `${withData.data.title} – test` }).html;
			allowed.show(hostPage(snippet));
			other.show(hostPage(snippet));
			mkdirSync(SCREENSHOTS, { recursive: true });
		});
		afterAll(async () => {
			await Promise.all([site?.close(), allowed?.close(), other?.close()]);
		});

		test('the server sends the embed policy to the embed page and the strict one elsewhere', async () => {
			const embed = await fetch(site.url(embedPath));
			expect(embed.headers.get('content-security-policy')).toBe(embedPolicy([allowed.origin]));
			expect(embed.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${allowed.origin}`);
			const full = await fetch(site.url(`indikatorer/${withData.id}/`));
			expect(full.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
		});

		test('on an allowed website the frame shows the indicator and draws the chart', async () => {
			const context = await newContext(browser);
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('console', (m: ConsoleMessage) => void (m.type() === 'error' && errors.push(m.text())));
			await page.goto(allowed.origin);
			const frame = await embedFrame(page);
			expect(frame.url()).toBe(site.url(embedPath));
			await expect.poll(() => frame.locator('h1').innerText()).toBe(withData.data.title);
			await frame.locator('malbild-chart[data-drawn="true"]').first().waitFor({ timeout: 15_000 });
			expect(await painted(frame)).toBeGreaterThan(500);
			expect(await frame.locator('details table').count()).toBeGreaterThan(0);
			expect(errors).toEqual([]);
			for (const width of [375, 1280]) {
				await page.setViewportSize({ width, height: 800 });
				await frame.locator('malbild-chart[data-drawn="true"]').first().waitFor();
				await page.screenshot({ path: path.join(SCREENSHOTS, `embed-${path.basename(build.dist)}-${width}.png`), fullPage: true });
			}
			await context.close();
		});

		test('on a website not in the list the frame stays empty and Chromium reports frame-ancestors', async () => {
			const context = await newContext(browser);
			const page = await context.newPage();
			const refused: string[] = [];
			page.on('console', (m: ConsoleMessage) => void (/frame-ancestors/.test(m.text()) && refused.push(m.text())));
			await page.goto(other.origin);
			const frame = await embedFrame(page);
			await expect.poll(() => refused.length, { timeout: 15_000 }).toBeGreaterThan(0);
			expect(refused[0]).toContain(`Framing '${site.origin}/'`);
			// Chromium shows its own error page in the frame instead.
			expect(frame.url()).toMatch(/^chrome-error:/);
			expect(await frame.locator('body').innerText()).not.toContain(withData.data.title);
			expect(await frame.locator('malbild-chart').count()).toBe(0);
			await context.close();
		});

		test('the link back opens the full indicator page in the top window', async () => {
			const context = await newContext(browser);
			const page = await context.newPage();
			await page.goto(allowed.origin);
			const frame = await embedFrame(page);
			const back = frame.locator('a[target="_top"]', { hasText: 'Mer om indikatorn' });
			await Promise.all([page.waitForURL(site.url(`indikatorer/${withData.id}/`)), back.click()]);
			expect(await page.locator('h1').innerText()).toBe(withData.data.title);
			await context.close();
		});
	});

	describe(`${build.name}: the embed page on its own`, () => {
		let site: StaticServer;
		beforeAll(async () => {
			site = await serveStatic(build.dist, { base: build.base });
		});
		afterAll(async () => {
			await site?.close();
		});

		test('the table’s disclosure opens with Enter and closes with Space', async () => {
			const context = await newContext(browser);
			const page = await context.newPage();
			await page.goto(site.url(embedPath));
			const details = page.locator('details').first();
			const table = details.locator('table');
			expect(await table.isVisible()).toBe(false);
			// Tab from the top of the page until the disclosure's summary has focus.
			for (let n = 0; n < 20; n++) {
				await page.keyboard.press('Tab');
				if (await details.locator('summary').evaluate((el) => el === document.activeElement)) break;
			}
			expect(await details.locator('summary').evaluate((el) => el === document.activeElement), 'the summary can be reached with Tab').toBe(true);
			await page.keyboard.press('Enter');
			await expect.poll(() => table.isVisible()).toBe(true);
			await page.keyboard.press('Space');
			await expect.poll(() => table.isVisible()).toBe(false);
			await context.close();
		});

		test('the indicator page’s iframe code opens with Enter; then Tab reaches the code and the preview link', async () => {
			const context = await newContext(browser);
			const page = await context.newPage();
			await page.goto(site.url(`indikatorer/${withData.id}/`));
			const summary = page.locator('.embed-snippet summary');
			await summary.focus();
			expect(await page.locator('.embed-snippet pre').isVisible()).toBe(false);
			await page.keyboard.press('Enter');
			await expect.poll(() => page.locator('.embed-snippet pre').isVisible()).toBe(true);
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('PRE');
			expect(await page.locator('.embed-snippet pre').innerText()).toMatch(new RegExp(`^<iframe src="${new URL(`${build.base}${embedPath}`, build.site).href}" title="`));
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`${build.base}${embedPath}`);
			await context.close();
		});

		test('without JavaScript: no empty chart box, the summary in words, and the table in the disclosure', async () => {
			const context = await newContext(browser, { javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(site.url(embedPath));
			expect(await page.locator('malbild-chart').first().isVisible()).toBe(false);
			expect(await page.locator('.chart-summary').first().isVisible()).toBe(true);
			await page.locator('details summary').first().click();
			expect(await page.locator('details table').first().isVisible()).toBe(true);
			const cells = builtPage(build.dist, `${embedPath}index.html`)('details table td').length;
			expect(await page.locator('details table td').count()).toBe(cells);
			await context.close();
		});

		test('in English: the English page says so, and links back to the English indicator page once there is one', async () => {
			const context = await newContext(browser, { locale: 'en-GB' });
			const page = await context.newPage();
			await page.goto(site.url(`en/indicators/${withData.id}/embed/`));
			expect(await page.locator('html').getAttribute('lang')).toBe('en');
			expect(await page.locator('details summary').first().innerText()).toMatch(/^Show the table\b/);
			const english = existsSync(path.join(build.dist, `en/indicators/${withData.id}/index.html`));
			const back = english ? `${build.base}en/indicators/${withData.id}/` : `${build.base}indikatorer/${withData.id}/`;
			expect(await page.locator('a[target="_top"]', { hasText: 'More about the indicator' }).getAttribute('href')).toBe(back);
			await context.close();
		});
	});
}
