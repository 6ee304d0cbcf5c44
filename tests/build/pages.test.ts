/**
 * One page per entry of each content tree, found by listing the tree's files (not through the
 * project's model), and the level names each tree's site.yaml gives.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builds, clean, entries, htmlFiles, page, raw, rootBuilds, siteFile } from './support.ts';

/** The sub-folders of a folder of the built site (one per page), or none. */
function pageFolders(dist: string, folder: string): string[] {
	const dir = path.join(dist, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name)
		.sort();
}

for (const build of rootBuilds) {
	const site = siteFile(build.content);
	const areas = entries(build.content, 'areas');
	const goals = entries(build.content, 'goals');
	const indicators = entries(build.content, 'indicators');
	const strategies = entries(build.content, 'strategies');
	const pages = entries(build.content, 'pages');
	const h1 = (file: string) => clean(page(build.dist, file)('h1').text());

	describe(`${build.name}: one page per entry`, () => {
		it('has a home page with the site title, linking to every area', () => {
			const $ = page(build.dist, 'index.html');
			expect(h1('index.html')).toBe(site.title);
			const links = $('main a[href]')
				.toArray()
				.map((a) => $(a).attr('href'));
			for (const area of areas) expect(links).toContain(`/omraden/${area.id}/`);
		});

		it.each([
			['omraden', areas],
			['mal', goals],
			['indikatorer', indicators],
		] as const)('/%s/ has exactly one page per content file, headed by its title', (folder, list) => {
			expect(pageFolders(build.dist, folder)).toEqual(list.map((e) => e.id).sort());
			for (const e of list) expect(h1(`${folder}/${e.id}/index.html`), e.file).toBe(clean(e.data.title));
		});

		it('lists every indicator on /indikatorer/, linked', () => {
			const $ = page(build.dist, 'indikatorer/index.html');
			expect(h1('indikatorer/index.html')).toBe(site.levels.indicator.plural);
			for (const i of indicators) {
				const link = $(`main a[href="/indikatorer/${i.id}/"]`);
				expect(link.length, i.file).toBeGreaterThan(0);
				expect(clean(link.first().text())).toContain(clean(i.data.title));
			}
		});

		it('has a page for every free page, headed by its title', () => {
			expect(pages.length).toBeGreaterThan(0);
			for (const p of pages) expect(h1(`${p.id}/index.html`), p.file).toBe(clean(p.data.title));
		});

		it('has a 404 page that leads back to the home page', () => {
			const $ = page(build.dist, '404.html');
			expect(h1('404.html')).toBe('Sidan finns inte');
			expect($('main a[href="/"]').length).toBe(1);
		});

		it('builds no HTML page that no content file asks for', () => {
			const expected = [
				'index.html',
				'404.html',
				'indikatorer/index.html',
				// The open-data page every site has (tests/build/open-data.test.ts).
				'oppna-data/index.html',
				// The search page every site has (tests/e2e/search.test.ts).
				'sok/index.html',
				// The print edition, and each area's own.
				'utskrift/index.html',
				...areas.map((e) => `utskrift/${e.id}/index.html`),
				...(site.levels.strategy ? ['strategier/index.html'] : []),
				...areas.map((e) => `omraden/${e.id}/index.html`),
				...goals.map((e) => `mal/${e.id}/index.html`),
				...indicators.map((e) => `indikatorer/${e.id}/index.html`),
				// Each indicator's embed pages, for an iframe on another site (tests/build/embed.test.ts).
				...indicators.map((e) => `indikatorer/${e.id}/inbaddning/index.html`),
				...pages.map((e) => `${e.id}/index.html`),
			].sort();
			// The English pages under en/ are checked one for one in tests/build/languages.test.ts.
			expect(htmlFiles(build.dist).filter((f) => !f.startsWith('en/'))).toEqual(expected);
		});
	});

	describe(`${build.name}: level names from site.yaml`, () => {
		it(`area pages say "${site.levels.area.singular}"`, () => {
			for (const area of areas) expect(clean(page(build.dist, `omraden/${area.id}/index.html`)('main').text())).toContain(site.levels.area.singular);
		});

		it(`the home page heads its areas "${site.levels.area.plural}"`, () => {
			const $ = page(build.dist, 'index.html');
			const headings = $('main h2')
				.toArray()
				.map((h) => clean($(h).text()));
			expect(headings).toContain(site.levels.area.plural);
		});

		if (site.levels.goal) {
			const goal = site.levels.goal;
			it(`goal pages say "${goal.singular}" and name their ${site.levels.area.singular.toLowerCase()}`, () => {
				expect(goals.length).toBeGreaterThan(0);
				for (const g of goals) {
					const area = areas.find((a) => a.id === g.data.area)!;
					const text = clean(page(build.dist, `mal/${g.id}/index.html`)('main').text());
					expect(text).toContain(`${goal.singular}`);
					expect(text).toContain(`${site.levels.area.singular}: ${clean(area.data.title)}`);
				}
			});
		}

		if (site.levels.strategy) {
			const strategy = site.levels.strategy;
			it(`/strategier/ is headed "${strategy.plural}" and holds every strategy's title`, () => {
				const $ = page(build.dist, 'strategier/index.html');
				expect(h1('strategier/index.html')).toBe(strategy.plural);
				const text = clean($('main').text());
				expect(strategies.length).toBeGreaterThan(0);
				for (const s of strategies) expect(text, s.file).toContain(clean(s.data.title));
				const nav = $('header nav a')
					.toArray()
					.map((a) => clean($(a).text()));
				expect(nav).toContain(strategy.plural);
			});
		} else {
			it('has no strategy page and no link to one', () => {
				expect(existsSync(path.join(build.dist, 'strategier'))).toBe(false);
				for (const file of htmlFiles(build.dist)) expect(raw(build.dist, file), file).not.toContain('/strategier/');
			});
		}
	});
}

describe('level names do not leak between trees', () => {
	it('Smedjebacken calls its areas Perspektiv, Malung-Sälen Målområde', () => {
		const smedjebacken = builds.smedjebacken;
		const malung = builds.malung;
		const area = (content: string) => `omraden/${entries(content, 'areas')[0]!.id}/index.html`;
		expect(clean(page(smedjebacken.dist, area(smedjebacken.content))('main').text())).toContain('Perspektiv');
		expect(clean(page(malung.dist, area(malung.content))('main').text())).toContain('Målområde');
	});

	it('no page of Smedjebacken says "Målområde"', () => {
		const dist = builds.smedjebacken.dist;
		for (const file of htmlFiles(dist)) expect(raw(dist, file), file).not.toContain('Målområde');
	});

	it('no page of Malung-Sälen says "Perspektiv"', () => {
		const dist = builds.malung.dist;
		for (const file of htmlFiles(dist)) expect(raw(dist, file), file).not.toContain('Perspektiv');
	});

	it('Smedjebacken has no /strategier/ page', () => {
		expect(existsSync(path.join(builds.smedjebacken.dist, 'strategier'))).toBe(false);
	});
});
