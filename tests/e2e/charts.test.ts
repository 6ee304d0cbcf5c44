/**
 * The charts of every indicator page, in a real browser: Chart.js is not loaded before a chart
 * comes near the screen; a chart scrolled into view is drawn (its canvas has pixels); the target
 * is drawn as a line in the target colour exactly where the indicator has a level target
 * (at-least, at-most, rank-at-most); the chart plots the numbers of the table; the text summary
 * names the latest and first value and year of the table; and the table holds the CSV's values.
 *
 * What is expected comes from the content files themselves (front matter and CSV, read by the
 * build tests' own readers), never from the project's model.
 */
import path from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectedTables, MISSING_TEXT, type ExpectedTable, type Grid } from '../build/expected-cells.ts';
import { entries, siteFile } from '../build/support.ts';
import { launchBrowser, newContext, workers } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { rootBuilds } from '../support/sites.ts';

/** The target line's colour in src/scripts/chart-render.ts: #b3261e. */
const TARGET_RGB = [0xb3, 0x26, 0x1e] as const;
const LEVEL_KINDS = ['at-least', 'at-most', 'rank-at-most', 'top-share'];
/** A drawn target line is hundreds of pixels; anti-aliasing of other colours may hit a few by chance. */
const TARGET_PIXELS_MIN = 150;
const STRAY_PIXELS_MAX = 20;

interface TargetConfig {
	kind: string;
	value?: number;
	yearly?: Record<string, number>;
	share?: number;
	groupSize?: number;
}
interface SeriesConfig {
	name: string;
	target?: TargetConfig;
}

interface ChartJson {
	labels: string[];
	datasets: { label: string; data: (number | null)[]; main: boolean }[];
	target?: { label: string; data: (number | null)[] };
	reverse: boolean;
}

interface DrawnChart {
	json: ChartJson;
	/** Canvas pixels that are not transparent. */
	painted: number;
	/** Canvas pixels in the target colour. */
	targetPixels: number;
	summary: string;
	grid: Grid;
	/** Table column headings after the period column, in order. */
	columns: string[];
	/** Period labels, in table order. */
	periods: string[];
}

// Started as the file loads: without a browser the whole file fails, saying how to get one.
const browser = await launchBrowser();
afterAll(async () => {
	await browser.close();
});

/** How many pages started with every chart out of view, so the lazy loading was seen. */
let lazyChecked = 0;

/** Pixels of a canvas: how many are painted at all, and how many in the target colour. */
function canvasPixels(page: Page, index: number): Promise<{ painted: number; targetPixels: number; width: number; height: number }> {
	return page.locator('malbild-chart canvas').nth(index).evaluate((canvas: HTMLCanvasElement, rgb) => {
		const { width, height } = canvas;
		if (!width || !height) return { painted: 0, targetPixels: 0, width, height };
		const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
		let painted = 0;
		let targetPixels = 0;
		for (let i = 0; i < data.length; i += 4) {
			if (data[i + 3]! === 0) continue;
			painted++;
			if (data[i + 3]! > 200 && Math.abs(data[i]! - rgb[0]) <= 12 && Math.abs(data[i + 1]! - rgb[1]) <= 12 && Math.abs(data[i + 2]! - rgb[2]) <= 12) targetPixels++;
		}
		return { painted, targetPixels, width, height };
	}, TARGET_RGB);
}

/** Reads one chart and the table of the same series (both in one section) as the reader sees them. */
function readChart(page: Page, index: number): Promise<Omit<DrawnChart, 'painted' | 'targetPixels'>> {
	return page.locator('malbild-chart').nth(index).evaluate((chart) => {
		const clean = (text: string) => text.replace(/[ \t\r\n\f]+/g, ' ').trim();
		const section = chart.closest('section')!;
		const table = section.querySelector('table')!;
		const columns = [...table.querySelectorAll('thead th')].slice(1).map((th) => clean((th as HTMLElement).innerText));
		const grid: Record<string, Record<string, string>> = {};
		const periods: string[] = [];
		for (const tr of table.querySelectorAll('tbody tr')) {
			const period = clean((tr.querySelector('th') as HTMLElement).innerText);
			periods.push(period);
			grid[period] = {};
			[...tr.querySelectorAll('td')].forEach((td, n) => (grid[period]![columns[n]!] = clean(td.innerText)));
		}
		return {
			json: JSON.parse(chart.querySelector('script[type="application/json"]')!.textContent!),
			summary: clean((section.querySelector('.chart-summary') as HTMLElement).innerText),
			grid,
			columns,
			periods,
		};
	});
}

/** A table cell's text as a number: "61 000" → 61000, "−6,2" → -6.2, "72,4 %" → 72.4. */
function swedishNumber(text: string): number {
	return Number(text.replace(/[\s\u00a0\u202f%]/g, '').replace('\u2212', '-').replace(',', '.'));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A table value in a sentence: the same digits, a unit word before or after allowed. */
const withUnit = (cell: string) => `(?:[^\\s,.]+[\\s\\u00a0])?${escape(cell)}(?:[\\s\\u00a0][^,.]*)?`;

for (const build of rootBuilds) {
	const site = siteFile(build.content);
	const organisation = site.organisation;
	const indicators = entries(build.content, 'indicators').filter((i) => typeof i.data.data === 'string');

	describe(`${build.name}: indicator charts in a browser`, () => {
		let server: StaticServer;
		let context: BrowserContext;
		const tabs = workers(2, () => context.newPage());
		beforeAll(async () => {
			server = await serveStatic(build.dist, { base: build.base });
			// A short window, so most charts start out of view; no reduced motion: the animated path.
			context = await newContext(browser, { viewport: { width: 1024, height: 400 }, reducedMotion: 'no-preference' });
		});
		afterAll(async () => {
			await context?.close();
			await server?.close();
		});

		test('the tree has indicators with data', () => {
			expect(indicators.length).toBeGreaterThan(0);
		});

		test.concurrent.for(indicators.map((i) => ({ name: i.id, indicator: i })))('$name', { timeout: 60_000 }, ({ indicator }, { expect }) =>
			tabs(async (page) => {
				const expected = expectedTables(path.join(build.content, 'data', indicator.data.data as string), organisation);
				const seriesConfig = (indicator.data.series as SeriesConfig[] | undefined) ?? [];
				const targetOf = (table: ExpectedTable): TargetConfig | undefined =>
					seriesConfig.length ? seriesConfig.find((s) => s.name === table.series)?.target : (indicator.data.target as TargetConfig | undefined);

				const scripts: string[] = [];
				const onRequest = (r: Request) => {
					if (r.resourceType() === 'script') scripts.push(r.url());
				};
				page.on('request', onRequest);
				try {
					await page.goto(server.url(`indikatorer/${indicator.id}/`));
					const count = await page.locator('malbild-chart').count();
					expect(count, 'one chart per series in the CSV').toBe(expected.length);

					// Nothing is drawn, and Chart.js is not fetched, while every chart is far below the window.
					const firstTop = await page.locator('malbild-chart').first().evaluate((el) => el.getBoundingClientRect().top - innerHeight);
					if (firstTop > 250) {
						await page.waitForTimeout(300);
						const before = [...scripts];
						expect(await canvasPixels(page, 0).then((p) => p.painted), 'a chart out of view is not drawn yet').toBe(0);
						await page.locator('malbild-chart').first().scrollIntoViewIfNeeded();
						await expect.poll(() => scripts.length, { timeout: 10_000 }).toBeGreaterThan(before.length);
						lazyChecked++;
					}

					const matched = new Set<ExpectedTable>();
					for (let n = 0; n < count; n++) {
						const chart = page.locator('malbild-chart').nth(n);
						await chart.scrollIntoViewIfNeeded();
						await expect.poll(() => chart.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('true');
						// Drawn, and the animation (400 ms) has settled: the pixel count stops changing.
						let pixels = await canvasPixels(page, n);
						await expect
							.poll(async () => {
								const previous = pixels.painted;
								await page.waitForTimeout(150);
								pixels = await canvasPixels(page, n);
								return pixels.painted > 0 && pixels.painted === previous;
							}, { timeout: 10_000 })
							.toBe(true);
						const read = await readChart(page, n);
						const label = `chart ${n + 1}`;

						// The chart is drawn: a good part of its canvas is painted.
						expect(pixels.painted / (pixels.width * pixels.height), `${label}: share of the canvas painted`).toBeGreaterThan(0.01);

						// The table holds exactly the CSV's values: it is one of the CSV's series, shown once.
						const table = expected.find((t) => deepEqual(t.grid, read.grid));
						expect(table, `${label}: its table equals a series of the CSV`).toBeDefined();
						expect(read.grid, `${label}: table`).toEqual(table!.grid);
						expect(matched.has(table!), `${label}: the series is shown once`).toBe(false);
						matched.add(table!);

						// The chart plots the table's numbers: same periods, and the main line is the organisation's column.
						expect(read.json.labels, `${label}: periods`).toEqual(read.periods);
						const main = read.json.datasets.find((d) => d.main);
						const headline = read.columns.includes(organisation);
						if (headline) {
							expect(main?.label).toBe(organisation);
							const column = read.periods.map((p) => read.grid[p]![organisation]!);
							expect(main!.data.map((v) => v === null), `${label}: gaps where the table says ${MISSING_TEXT}`).toEqual(column.map((c) => c === MISSING_TEXT));
							main!.data.forEach((v, i) => {
								if (v !== null) expect(v, `${label}: ${read.periods[i]}`).toBeCloseTo(swedishNumber(column[i]!), 6);
							});
						}
						for (const dataset of read.json.datasets.filter((d) => !d.main)) {
							expect(read.columns, `${label}: the line ${dataset.label} is a column of the table`).toContain(dataset.label);
						}

						// The summary names the latest (and the first) value and year of the table.
						if (headline) {
							const valued = read.periods.filter((p) => read.grid[p]![organisation] !== MISSING_TEXT);
							const last = valued.at(-1)!;
							// The value may come with its unit before ("plats 79") or after it ("61 000 m²").
							const latest = new RegExp(`^${escape(organisation)}: ${withUnit(read.grid[last]![organisation]!)} år ${escape(last)}[,.]`);
							expect(read.summary, `${label}: summary`).toMatch(latest);
							if (valued.length > 1) {
								const first = valued[0]!;
								expect(read.summary).toMatch(new RegExp(`jämfört med ${withUnit(read.grid[first]![organisation]!)} år ${escape(first)}\\.`));
							}
						} else {
							expect(read.summary).toMatch(/inga värden/);
						}

						// The target line: in the JSON and drawn in its colour exactly when the target is a level.
						const target = targetOf(table!);
						if (target && LEVEL_KINDS.includes(target.kind)) {
							expect(read.json.target, `${label}: ${target.kind} target`).toBeDefined();
							// A top-share target's line is at the worst rank that meets it: 25 % of 290 is place 72.
							const level = target.kind === 'top-share' ? Math.floor((target.share! * target.groupSize!) / 100) : target.value;
							expect(read.json.target!.data).toEqual(read.periods.map((p) => target.yearly?.[String(parseInt(p, 10))] ?? level));
							expect(pixels.targetPixels, `${label}: pixels in the target colour`).toBeGreaterThan(TARGET_PIXELS_MIN);
							expect(read.json.reverse, `${label}: a rank is drawn with 1 at the top`).toBe(target.kind === 'rank-at-most' || target.kind === 'top-share');
						} else {
							expect(read.json.target, `${label}: no target line for ${target?.kind ?? 'no target'}`).toBeUndefined();
							expect(pixels.targetPixels, `${label}: pixels in the target colour`).toBeLessThan(STRAY_PIXELS_MAX);
						}
					}
					expect(matched.size, 'every series of the CSV has its chart and table').toBe(expected.length);
				} finally {
					page.off('request', onRequest);
				}
			}),
		);
	});
}

test('Chart.js was fetched only when a chart came into view, on the pages where a chart started out of view (there are such pages)', () => {
	expect(lazyChecked).toBeGreaterThan(0);
});

function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
	const ka = Object.keys(a).sort();
	const kb = Object.keys(b).sort();
	return ka.length === kb.length && ka.every((k, i) => k === kb[i] && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

test('with reduced motion the chart is drawn at once, without animation', { timeout: 60_000 }, async () => {
	const build = rootBuilds[0]!;
	const indicator = entries(build.content, 'indicators').find((i) => typeof i.data.data === 'string')!;
	const server = await serveStatic(build.dist, { base: build.base });
	const context = await newContext(browser, { reducedMotion: 'reduce' });
	try {
		const page = await context.newPage();
		await page.goto(server.url(`indikatorer/${indicator.id}/`));
		const chart = page.locator('malbild-chart').first();
		await chart.scrollIntoViewIfNeeded();
		await expect.poll(() => chart.getAttribute('data-drawn'), { timeout: 10_000 }).toBe('true');
		const atOnce = await canvasPixels(page, 0);
		await page.waitForTimeout(700);
		const later = await canvasPixels(page, 0);
		expect(atOnce.painted, 'drawn as soon as it is marked drawn').toBeGreaterThan(0);
		expect(later.painted, 'nothing moved afterwards').toBe(atOnce.painted);
	} finally {
		await context.close();
		await server.close();
	}
});
