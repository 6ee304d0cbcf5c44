/**
 * Every page by keyboard alone: the skip link is the first tab stop, shows up when focused and
 * moves focus to the main content; Tab reaches every link and control on the page, and each one
 * shows a visible focus ring (its outline or box-shadow differs from when it is not focused).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, newContext, workers } from '../support/browser.ts';
import { drawCharts } from '../support/page.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { MISSING_PAGE, pageName, rootBuilds, sitemapPaths } from '../support/sites.ts';

// Started as the file loads: without a browser the whole file fails, saying how to get one.
const browser = await launchBrowser();
afterAll(async () => {
	await browser.close();
});

interface Stop {
	/** The element's index among the page's focusable elements, -1 for something else. */
	index: number;
	/** "a.skip-link "Hoppa till innehållet"" — for messages. */
	name: string;
	ring: boolean;
	/** What differs when focused, or why no ring is seen. */
	detail: string;
	inViewport: boolean;
}

/**
 * Marks every element a keyboard user must be able to reach (rendered, not disabled, not taken out
 * of the tab order) with data-e2e-focus="<n>", and stores its outline and box-shadow unfocused.
 * Returns their names in document order.
 */
async function markFocusable(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		(document.activeElement as HTMLElement | null)?.blur();
		const selector = [
			'a[href]',
			'area[href]',
			'button:not([disabled])',
			'input:not([disabled]):not([type="hidden"])',
			'select:not([disabled])',
			'textarea:not([disabled])',
			'summary',
			'iframe',
			'[contenteditable=""], [contenteditable="true"]',
			'[tabindex]',
		].join(',');
		const names: string[] = [];
		// The content of a closed <details> is out of the tab order until it is opened; its summary is not.
		const inClosedDetails = (el: HTMLElement) => {
			const closed = el.closest('details:not([open])');
			return closed !== null && !(el.tagName === 'SUMMARY' && el.parentElement === closed);
		};
		const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
			(el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert]') && !inClosedDetails(el),
		);
		// A group of radio buttons is one tab stop: its checked button (the arrow keys move within it).
		const tabStop = (el: HTMLElement) => {
			if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
			const group = all.filter((o): o is HTMLInputElement => o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name && o.form === el.form);
			return el === (group.find((o) => o.checked) ?? group[0]);
		};
		all.splice(0, all.length, ...all.filter(tabStop));
		for (const el of all) {
			const style = getComputedStyle(el);
			el.dataset.e2eFocus = String(names.length);
			el.dataset.e2eUnfocused = JSON.stringify([style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow]);
			names.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${(el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 60)}"`);
		}
		return names;
	});
}

/** The element that has focus now, and whether it shows a focus ring. */
function currentStop(page: Page): Promise<Stop> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body || el === document.documentElement) return { index: -1, name: '(nothing)', ring: false, detail: '', inViewport: false };
		const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.innerText || '').trim().slice(0, 60)}"`;
		const index = el.dataset.e2eFocus === undefined ? -1 : Number(el.dataset.e2eFocus);
		const [outlineStyle, outlineWidth, outlineColor, boxShadow] = JSON.parse(el.dataset.e2eUnfocused ?? '["","","",""]') as string[];
		const s = getComputedStyle(el);
		const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
		const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !transparent(s.outlineColor);
		const outlineChanged = s.outlineStyle !== outlineStyle || s.outlineWidth !== outlineWidth || s.outlineColor !== outlineColor;
		const shadow = s.boxShadow !== 'none' && s.boxShadow !== boxShadow;
		const ring = (outline && outlineChanged) || shadow;
		const box = el.getBoundingClientRect();
		const inViewport = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
		const detail = `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} (unfocused: ${outlineStyle} ${outlineWidth} ${outlineColor}), box-shadow ${s.boxShadow}`;
		return { index, name, ring, detail, inViewport };
	});
}

for (const build of rootBuilds) {
	const paths = [...sitemapPaths(build), MISSING_PAGE];

	describe(`${build.name}: every page by keyboard`, () => {
		let server: StaticServer;
		let context: BrowserContext;
		const tabs = workers(2, () => context.newPage());
		beforeAll(async () => {
			server = await serveStatic(build.dist, { base: build.base });
			context = await newContext(browser, { viewport: { width: 1024, height: 768 } });
		});
		afterAll(async () => {
			await context?.close();
			await server?.close();
		});

		test.concurrent.for(paths.map((p) => ({ name: pageName(p), sitePath: p })))('$name', { timeout: 60_000 }, ({ sitePath }, { expect }) =>
			tabs(async (page) => {
				await page.goto(server.url(sitePath));
				// Charts first: whatever they add must be reachable too.
				await drawCharts(page);
				await page.evaluate(() => window.scrollTo(0, 0));
				const focusable = await markFocusable(page);
				expect(focusable.length, 'the page has links').toBeGreaterThan(3);

				// Tab from the top of the page through every link and control, in order, each with a
				// visible focus ring and scrolled into view.
				const order: number[] = [];
				const noRing: string[] = [];
				const offScreen: string[] = [];
				let first: Stop | undefined;
				for (let presses = 0; presses < focusable.length + 5; presses++) {
					await page.keyboard.press('Tab');
					const stop = await currentStop(page);
					first ??= stop;
					if (stop.index === -1 && stop.name === '(nothing)') break; // past the last stop
					if (order.includes(stop.index)) break; // wrapped around
					order.push(stop.index);
					if (!stop.ring) noRing.push(`${stop.name}: ${stop.detail}`);
					if (!stop.inViewport) offScreen.push(stop.name);
				}
				expect(focusable[0], 'the skip link is the first link on the page').toMatch(/^a\.skip-link /);
				expect(first?.index, `the first tab stop is the skip link, not ${first?.name}`).toBe(0);
				expect(focusable.filter((_, n) => !order.includes(n)), 'links and controls Tab never reaches').toEqual([]);
				expect(order.includes(-1), 'Tab stops only on links and controls').toBe(false);
				expect(noRing, 'focused elements without a visible focus ring').toEqual([]);
				expect(offScreen, 'focused elements not on screen when focused (the skip link included)').toEqual([]);

				// The skip link moves focus to <main>, and the next Tab goes on inside the content.
				await page.focus('.skip-link');
				await page.keyboard.press('Enter');
				expect(await page.evaluate(() => document.activeElement?.tagName), 'focus is on the main content').toBe('MAIN');
				expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
				await page.keyboard.press('Tab');
				expect(
					await page.evaluate(() => {
						const main = document.querySelector('main')!;
						const now = document.activeElement!;
						return now !== document.body && Boolean(main.compareDocumentPosition(now) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY));
					}),
					'Tab after the skip link goes on inside the content, past the header',
				).toBe(true);
			}),
		);
	});
}
