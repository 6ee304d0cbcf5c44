/**
 * Size budgets, in bytes (not timings, which depend on the machine), gzipped as a static host
 * sends them (zlib's default level 6):
 *
 * - a page for readers without a chart ships only the search's element (src/scripts/search-element.ts),
 *   at most 3 KB: Pagefind's own script and index load when the reader searches, never before
 *   (tests/e2e/search.test.ts), so they are not counted here (the editors' noindex admin page loads
 *   its editor, and is not a page for readers); the list of all indicators also ships its filter
 *   (src/scripts/filter-element.ts), at most 2 KB more;
 * - an indicator page, and an indicator's embed page, ships at most 60 KB of JavaScript: every script it loads, the chart code it
 *   imports when a chart scrolls into view included;
 * - the home page's HTML and CSS together are at most 30 KB.
 *
 * The measured figures are printed with the test output.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { htmlFiles } from '../build/support.ts';
import { isNoindex, rootBuilds, requireBuilt, type TreeBuild } from '../support/sites.ts';

const KB = 1024;
const INDICATOR_JS_BUDGET = 60 * KB;
/** Measured 2.3 KB (the element 1.4 KB, Vite's import helper 0.9 KB, the entry stub 0.1 KB). */
const SEARCH_JS_BUDGET = 3 * KB;
/** The files of the search element: the entry Astro writes for each component's script, the element, Vite's import helper. */
const SEARCH_FILE = /^(Search(Page)?\.astro_astro_type_script_index_\d+_lang|search-element|preload-helper)\.[\w-]+\.js$/;
const HOME_HTML_CSS_BUDGET = 30 * KB;
/** Measured 1.1 KB. */
const FILTER_JS_BUDGET = 2 * KB;
/** The filter's entry: it holds the element and what it imports (src/lib/filter/indicator-filter.ts). */
const FILTER_FILE = /^IndicatorFilter\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;
/** The list of all indicators, the one page with the filter. */
const LIST = /^(indikatorer|en\/indicators)\/index\.html$/;

/** The embed pages are noindex too, but readers see them, in an iframe on another site: measured. */
const EMBED = /^(indikatorer\/[^/]+\/inbaddning|en\/indicators\/[^/]+\/embed)\/index\.html$/;

const gzipped = (bytes: Buffer) => gzipSync(bytes).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The built file an address in a page points to ("/malbild/_astro/x.js" → <dist>/_astro/x.js). */
function fileOf(build: TreeBuild, address: string): string {
	const pathname = new URL(address, `http://site${build.base}`).pathname;
	if (!pathname.startsWith(build.base)) throw new Error(`${address} is outside the base path ${build.base}`);
	return path.join(build.dist, decodeURIComponent(pathname.slice(build.base.length)));
}

/**
 * Every JavaScript file a page can load: its script elements and module preloads, and every file
 * those import, statically or dynamically, found by the file names the code mentions.
 */
export function scriptsOf(build: TreeBuild, html: string): string[] {
	const $ = load(html);
	const start = [
		...$('script[src]')
			.toArray()
			.map((el) => $(el).attr('src')!),
		...$('link[rel="modulepreload"], link[rel="preload"][as="script"]')
			.toArray()
			.map((el) => $(el).attr('href')!),
	].map((a) => fileOf(build, a));
	const found = new Set<string>();
	const queue = [...start];
	while (queue.length) {
		const file = queue.shift()!;
		if (found.has(file)) continue;
		if (!existsSync(file)) throw new Error(`a page loads ${file}, which was not built`);
		found.add(file);
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(/["'`]([^"'`\s]*?\.m?js)["'`]/g)) {
			const candidate = path.join(path.dirname(file), path.basename(m[1]!));
			if (existsSync(candidate)) queue.push(candidate);
		}
	}
	return [...found];
}

/** Inline JavaScript: script elements that are code (not JSON data) and on* event attributes. */
function inlineScripts(html: string): string[] {
	const $ = load(html);
	const code = $('script:not([src])')
		.toArray()
		.filter((el) => !/^application\/(ld\+)?json$/.test($(el).attr('type') ?? ''))
		.map((el) => $(el).html() ?? '');
	const handlers = $('*')
		.toArray()
		.flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => a.startsWith('on')));
	return [...code, ...handlers];
}

for (const build of rootBuilds) {
	describe(`${build.name}: size budgets`, () => {
		const dist = requireBuilt(build).dist;
		const pages = htmlFiles(dist).map((file) => {
			const html = readFileSync(path.join(dist, file), 'utf8');
			const forReaders = !isNoindex(html) || EMBED.test(file);
			const scripts = forReaders ? scriptsOf(build, html) : [];
			return {
				file,
				html,
				charts: load(html)('malbild-chart').length,
				scripts,
				jsGzip: scripts.reduce((sum, f) => sum + gzipped(readFileSync(f)), 0),
				inline: inlineScripts(html),
				forReaders,
			};
		});

		test('the measured sizes (printed)', () => {
			const rows = pages.map((p) => `  ${p.file.padEnd(52)} ${String(p.charts).padStart(6)} ${kb(gzipped(Buffer.from(p.html))).padStart(9)} ${(p.forReaders ? kb(p.jsGzip) : 'n/a').padStart(9)}${p.forReaders ? '' : '  (noindex: the editors’ page, not measured)'}`);
			console.log(`${build.name}, gzipped (level 6):\n  ${'page'.padEnd(52)} charts      HTML        JS\n${rows.join('\n')}`);
			expect(pages.length).toBeGreaterThan(5);
		});

		test(`a page without a chart ships only the search element, at most ${kb(SEARCH_JS_BUDGET)} gzipped`, () => {
			const without = pages.filter((p) => p.charts === 0 && p.forReaders);
			expect(without.length).toBeGreaterThan(3);
			for (const p of without) {
				const files = p.scripts.map((f) => path.basename(f));
				// An embed page has no header and so no search: without a chart it ships nothing.
				if (/\/(inbaddning|embed)\/index\.html$/.test(p.file)) {
					expect({ page: p.file, files, inline: p.inline }).toEqual({ page: p.file, files: [], inline: [] });
					continue;
				}
				const filter = LIST.test(p.file) ? p.scripts.filter((f) => FILTER_FILE.test(path.basename(f))) : [];
				expect({ page: p.file, other: files.filter((f) => !SEARCH_FILE.test(f) && !filter.some((g) => path.basename(g) === f)), inline: p.inline }).toEqual({ page: p.file, other: [], inline: [] });
				expect(files.some((f) => f.startsWith('search-element.')), `${p.file}: the search element`).toBe(true);
				const filterGzip = filter.reduce((sum, f) => sum + gzipped(readFileSync(f)), 0);
				if (LIST.test(p.file)) {
					expect(filter, `${p.file}: the filter`).toHaveLength(1);
					expect(filterGzip, `${p.file}: the filter, ${kb(filterGzip)}`).toBeLessThanOrEqual(FILTER_JS_BUDGET);
					console.log(`${build.name}: the filter on ${p.file} ${kb(filterGzip)} gzipped of ${kb(FILTER_JS_BUDGET)} (${filterGzip} bytes)`);
				}
				expect(p.jsGzip - filterGzip, `${p.file}: ${kb(p.jsGzip - filterGzip)} (${files.join(', ')})`).toBeLessThanOrEqual(SEARCH_JS_BUDGET);
			}
			const largest = Math.max(...without.map((p) => p.jsGzip));
			console.log(`${build.name}: JavaScript on a page without a chart ${kb(largest)} gzipped (the search element's budget ${kb(SEARCH_JS_BUDGET)}, the filter's ${kb(FILTER_JS_BUDGET)}; ${largest} bytes)`);
		});

		test(`an indicator page ships at most ${kb(INDICATOR_JS_BUDGET)} of JavaScript, gzipped, the chart code included`, () => {
			const withCharts = pages.filter((p) => p.charts > 0 && p.forReaders);
			expect(withCharts.length).toBeGreaterThan(0);
			for (const p of withCharts) {
				expect(p.file).toMatch(/^(indikatorer\/[^/]+\/(inbaddning\/)?|en\/indicators\/[^/]+\/(embed\/)?)index\.html$/);
				// The chart code is found: more than the small element that loads it.
				expect(p.scripts.length, `${p.file}: the element script and the chart code`).toBeGreaterThanOrEqual(2);
				expect(p.inline, `${p.file}: no inline code`).toEqual([]);
				expect(p.jsGzip, `${p.file}: ${kb(p.jsGzip)} of JavaScript (${p.scripts.map((f) => `${path.basename(f)} ${kb(gzipped(readFileSync(f)))}`).join(', ')})`).toBeLessThanOrEqual(INDICATOR_JS_BUDGET);
			}
			const largest = Math.max(...withCharts.map((p) => p.jsGzip));
			console.log(`${build.name}: JavaScript on an indicator page ${kb(largest)} gzipped of ${kb(INDICATOR_JS_BUDGET)} (${largest} bytes)`);
		});

		test(`the home page's HTML and CSS are at most ${kb(HOME_HTML_CSS_BUDGET)}, gzipped`, () => {
			const home = pages.find((p) => p.file === 'index.html')!;
			const $ = load(home.html);
			const css = $('link[rel="stylesheet"]')
				.toArray()
				.map((el) => fileOf(build, $(el).attr('href')!));
			expect(css.length, 'the home page has its stylesheets').toBeGreaterThan(0);
			const htmlBytes = gzipped(Buffer.from(home.html));
			const cssBytes = css.reduce((sum, f) => sum + gzipped(readFileSync(f)), 0);
			console.log(`${build.name}: home page HTML ${kb(htmlBytes)} + CSS ${kb(cssBytes)} = ${kb(htmlBytes + cssBytes)} gzipped of ${kb(HOME_HTML_CSS_BUDGET)} (${htmlBytes + cssBytes} bytes)`);
			expect(htmlBytes + cssBytes).toBeLessThanOrEqual(HOME_HTML_CSS_BUDGET);
		});
	});
}
