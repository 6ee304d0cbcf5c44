/**
 * What every built page must have, in every build: Swedish, one h1, a skip link first,
 * breadcrumbs (but on the home page), no script but the search's without a chart, and links that
 * lead somewhere.
 * The embed pages, made to sit in an iframe on another site, have no navigation to skip or
 * crumbs to show (tests/build/embed.test.ts checks what they have instead).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { allBuilds, builds, clean, htmlFiles, page, type TreeBuild } from './support.ts';

/** Every address in an href or src attribute of a page. */
function addresses($: CheerioAPI): string[] {
	return $('[href], [src]')
		.toArray()
		.flatMap((el) => [$(el).attr('href'), $(el).attr('src')])
		.filter((a): a is string => a !== undefined);
}

/** The embed pages: `indikatorer/<id>/inbaddning/`, `en/indicators/<id>/embed/`. */
const EMBED = /^(indikatorer\/[^/]+\/inbaddning|en\/indicators\/[^/]+\/embed)\/index\.html$/;
/** The list of all indicators, the one page with the filter. */
const LIST = /^(indikatorer|en\/indicators)\/index\.html$/;

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The file of the built site an internal address leads to, or a reason it leads nowhere. */
function target(build: TreeBuild, address: string): { file: string; fragment?: string } | { error: string } {
	const [pathAndQuery = '', fragment] = address.split('#', 2);
	const pathname = decodeURIComponent(pathAndQuery.split('?', 1)[0]!);
	if (!pathname.startsWith(build.base)) return { error: `does not start with the base ${build.base}` };
	let file = pathname.slice(build.base.length);
	if (file === '' || file.endsWith('/')) file += 'index.html';
	const full = path.join(build.dist, file);
	if (!existsSync(full) || !statSync(full).isFile()) return { error: `leads to ${file}, which was not built` };
	return { file, fragment };
}

for (const build of allBuilds) {
	const files = htmlFiles(build.dist);

	describe(`${build.name}: every page`, () => {
		it('the build has pages', () => {
			expect(files.length).toBeGreaterThan(5);
		});

		it.each(files)('%s', (file) => {
			const $ = page(build.dist, file);
			// The English pages are under en/ (tests/build/languages.test.ts), the Swedish ones at the root.
			const english = file.startsWith('en/');
			expect($('html').attr('lang')).toBe(english ? 'en' : 'sv');

			expect($('h1').length, 'one h1').toBe(1);
			expect(clean($('h1').text())).not.toBe('');
			if (EMBED.test(file)) {
				expect($('main').length).toBe(1);
				expect($('nav').length, 'an embed page has no navigation').toBe(0);
				return;
			}

			const first = $('a[href]').first();
			expect(first.attr('href'), 'the first link skips to the content').toBe('#main');
			expect(clean(first.text())).not.toBe('');
			expect($('main#main').length, 'the skip link lands on main').toBe(1);

			// Breadcrumbs: a list that starts at the home page and ends at this page.
			const crumbs = $('nav')
				.filter((_, nav) => $(nav).children('ol').length > 0)
				.first();
			if (file === 'index.html' || file === 'en/index.html') {
				expect(crumbs.length, 'no breadcrumbs on the home page').toBe(0);
			} else {
				expect(crumbs.length, 'breadcrumbs').toBe(1);
				expect(crumbs.attr('aria-label')).toBeTruthy();
				const items = crumbs.find('li');
				expect(items.first().find('a').attr('href')).toBe(english ? `${build.base}en/` : build.base);
				const last = items.last();
				expect(last.find('[aria-current="page"]').length, 'the last crumb is this page').toBe(1);
				expect(clean(last.text())).toBe(clean($('h1').text()));
				// Every crumb but the last is a link.
				expect(items.slice(0, -1).toArray().every((li) => $(li).find('a[href]').length === 1)).toBe(true);
			}

			// A chart, the search and the list's filter are the only things that need JavaScript.
			const scripts = $('script[src]')
				.toArray()
				.map((el) => path.basename($(el).attr('src')!));
			const search = scripts.filter((s) => /^Search(Page)?\.astro_/.test(s));
			expect(search.length, 'the search element').toBeGreaterThan(0);
			const filter = scripts.filter((s) => /^IndicatorFilter\.astro_/.test(s));
			expect(filter.length, 'the filter on the list of all indicators, and nowhere else').toBe(LIST.test(file) ? 1 : 0);
			if ($('canvas').length === 0) expect(scripts.length, 'no script but the search (and the list\'s filter) on a page without a chart').toBe(search.length + filter.length);
			else expect(scripts.length, 'the chart script').toBeGreaterThan(search.length);
			// Data for the chart is JSON, not code.
			for (const script of $('script:not([src])').toArray()) expect($(script).attr('type')).toBe('application/json');
		});

		it('every internal link and source leads to a built file, and every #fragment to an id there', () => {
			const broken: string[] = [];
			for (const file of files) {
				const $ = page(build.dist, file);
				for (const address of addresses($)) {
					if (EXTERNAL.test(address)) continue;
					if (address.startsWith('#')) {
						if ($(`[id="${address.slice(1)}"]`).length !== 1) broken.push(`${file}: ${address} has no target on the page`);
						continue;
					}
					const to = target(build, address);
					if ('error' in to) {
						broken.push(`${file}: ${address} ${to.error}`);
						continue;
					}
					if (to.fragment && to.file.endsWith('.html') && page(build.dist, to.file)(`[id="${to.fragment}"]`).length !== 1) {
						broken.push(`${file}: ${address} has no element with id "${to.fragment}" in ${to.file}`);
					}
				}
			}
			expect(broken).toEqual([]);
		});
	});
}

describe('the build under the base path /malbild/', () => {
	const build = builds.malungBase;

	it('has the same pages as the build at the root', () => {
		expect(htmlFiles(build.dist)).toEqual(htmlFiles(builds.malung.dist));
	});

	it('starts every internal href and src with /malbild/', () => {
		const outside: string[] = [];
		for (const file of htmlFiles(build.dist)) {
			for (const address of addresses(page(build.dist, file))) {
				if (EXTERNAL.test(address) || address.startsWith('#')) continue;
				if (!address.startsWith('/malbild/')) outside.push(`${file}: ${address}`);
			}
		}
		expect(outside).toEqual([]);
	});

	it('links the home page as /malbild/ in the breadcrumbs', () => {
		const $ = page(build.dist, 'indikatorer/index.html');
		expect($('nav ol li a').first().attr('href')).toBe('/malbild/');
	});
});
