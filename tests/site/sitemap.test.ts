/**
 * sitemap.xml: every page for readers once (not the 404 page, not a noindex page such as the
 * editors' admin page), the home page first, as absolute addresses under the site's address and
 * base path (the test builds set MALBILD_SITE; neither example's site.yaml has a `url`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { allBuilds, readerPages, requireBuilt, sitemapLocs, sitePathOf } from '../support/sites.ts';

for (const build of allBuilds) {
	describe(`${build.name}: sitemap.xml`, () => {
		const dist = requireBuilt(build).dist;
		const xml = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
		const locs = sitemapLocs(xml);

		test('is a sitemap of the sitemaps.org protocol', () => {
			expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/);
			expect(xml.trim()).toMatch(/<\/urlset>$/);
			expect(xml.match(/<url>/g)?.length).toBe(locs.length);
		});

		test('lists every page for readers once, under the site address and base path, home first', () => {
			const pages = readerPages(build).map((f) => f.replace(/(^|\/)index\.html$/, '$1'));
			const home = build.site ? new URL(build.base, build.site).href : build.base;
			expect(locs[0]).toBe(home);
			for (const loc of locs) expect(loc.startsWith(home), loc).toBe(true);
			expect(new Set(locs).size, 'no page twice').toBe(locs.length);
			expect(locs.map((loc) => sitePathOf(loc, build.base)).sort()).toEqual([...pages].sort());
		});
	});
}
