/**
 * Every page in the sitemap (and the 404 page), in a real Chromium, served with the strict
 * Content-Security-Policy from docs/hosting.md: no axe violation (WCAG 2.2 AA), no console or
 * script error, no failed request, no request to any other origin, no CSP violation, Swedish,
 * one h1, and no JavaScript but the search's small element on a page without a chart (nothing of
 * Pagefind before a search). Charts are scrolled into view first, so the lazily loaded chart code
 * is checked too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newContext, workers } from '../support/browser.ts';
import { cspViolations, drawCharts, openPage, recordCspViolations } from '../support/page.ts';
import { CSP, serveStatic, type StaticServer } from '../support/server.ts';
import { allBuilds, embedPages, kindOf, MISSING_PAGE, pageName, servedSitemapPaths, sitemapPaths } from '../support/sites.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Started as the file loads: without a browser the whole file fails, saying how to get one.
const browser = await launchBrowser();
afterAll(async () => {
	await browser.close();
});

describe('the checks themselves', () => {
	let server: StaticServer;
	let context: BrowserContext;
	beforeAll(async () => {
		server = await serveStatic(allBuilds[0]!.dist, { base: allBuilds[0]!.base, csp: CSP });
		context = await newContext(browser);
		await recordCspViolations(context);
	});
	afterAll(async () => {
		await context?.close();
		await server?.close();
	});

	test('sees an inline script and a style attribute being refused, but allows styles set through the CSSOM', async () => {
		const page = await context.newPage();
		const { problems } = await openPage(page, server.url(), { origin: server.origin });
		expect(await cspViolations(page)).toEqual([]);
		await page.evaluate(() => {
			// What Chart.js does to size its canvas: allowed by style-src 'self'.
			document.body.style.minHeight = '10px';
		});
		expect(await cspViolations(page)).toEqual([]);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'document.title = "inline"';
			document.body.append(script);
			document.body.setAttribute('style', 'color: red');
		});
		await expect.poll(() => cspViolations(page)).toEqual([
			expect.stringMatching(/^script-src-elem blocked inline/),
			expect.stringMatching(/^style-src-attr blocked inline/),
		]);
		expect(await page.title()).not.toBe('inline');
		expect(problems().join('\n')).toMatch(/Content Security Policy/);
		await page.close();
	});

	test('axe reports a violation when there is one', async () => {
		const page = await context.newPage();
		await openPage(page, server.url(), { origin: server.origin });
		await page.evaluate(() => {
			const img = document.createElement('img');
			img.src = 'favicon.svg';
			document.querySelector('main')!.append(img);
		});
		const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
		expect(axe.violations.map((v) => v.id)).toEqual(['image-alt']);
		await page.close();
	});
});

for (const build of allBuilds) {
	const listed = sitemapPaths(build);
	// The embed pages are noindex, so not in the sitemap: checked here by name.
	const paths = [...listed, MISSING_PAGE, ...embedPages(build)];

	describe(`${build.name}: every page in a browser, under a Content-Security-Policy`, () => {
		let server: StaticServer;
		let context: BrowserContext;
		/** Two tabs at a time: axe is heavy and the machine may have two cores. */
		const tabs = workers(2, () => context.newPage());
		beforeAll(async () => {
			server = await serveStatic(build.dist, { base: build.base, csp: CSP });
			context = await newContext(browser);
			await recordCspViolations(context);
		});
		afterAll(async () => {
			await context?.close();
			await server?.close();
		});

		test('the served sitemap lists the pages, home first', async () => {
			const served = await servedSitemapPaths(server);
			expect(served).toEqual(listed);
			expect(served[0]).toBe('');
			expect(served.length).toBeGreaterThan(5);
		});

		test.concurrent.for(paths.map((p) => ({ name: pageName(p), sitePath: p })))('$name', { timeout: 60_000 }, ({ sitePath }, { expect }) =>
			tabs(async (page) => {
				const missing = sitePath === MISSING_PAGE;
				const visit = await openPage(page, server.url(sitePath), { origin: server.origin, expectStatus: missing ? 404 : 200 });
				try {
					expect(visit.response?.status(), pageName(sitePath)).toBe(missing ? 404 : 200);
					const charts = await drawCharts(page);

					expect(await page.locator('html').getAttribute('lang')).toBe(sitePath.startsWith('en/') ? 'en' : 'sv');
					expect(await page.locator('h1').count(), 'exactly one h1').toBe(1);
					expect((await page.locator('h1').innerText()).trim()).not.toBe('');

					const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
					const violations = axe.violations.map(
						(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`).join(' | ')}`,
					);
					expect(violations, 'axe violations').toEqual([]);

					const scripts = visit.requests.filter((r) => r.type === 'script').map((r) => new URL(r.url).pathname.slice(server.base.length));
					// Every page has the search's small element; Pagefind itself loads only when the reader searches.
					expect(scripts.filter((s) => s.startsWith('pagefind/')), 'nothing of Pagefind before a search').toEqual([]);
					// The list of all indicators also loads its filter (tests/e2e/filter.test.ts).
					const isFilter = (s: string) => kindOf(sitePath) === 'indicators' && /^_astro\/IndicatorFilter\.astro_/.test(s);
					if (charts === 0) expect(scripts.filter((s) => !/^_astro\/(search-element|Search(Page)?\.astro_|preload-helper)/.test(s) && !isFilter(s)), 'a page without a chart loads only the search element').toEqual([]);
					else expect(scripts.filter((s) => s.includes('chart')).length, 'the chart code was loaded').toBeGreaterThan(0);

					expect([...visit.problems(), ...(await cspViolations(page))], 'errors, failed or foreign requests, CSP violations').toEqual([]);
				} finally {
					visit.stop();
				}
			}),
		);
	});
}
