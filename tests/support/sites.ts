/**
 * The built sites the browser and static checks run against. They are built once per test run by
 * tests/build/global-setup.ts (both example trees, and Malung-Sälen under /malbild/) with
 * `node scripts/build.ts`, exactly as `npm run build` does; these helpers only read them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allBuilds, builds, htmlFiles, rootBuilds, type TreeBuild } from '../build/support.ts';
import type { StaticServer } from './server.ts';

export { allBuilds, builds, rootBuilds, type TreeBuild };

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the browser tests write what a person should look at (screenshots). */
export const RESULTS_DIR = path.join(ROOT, 'test-results');

/** Fails clearly when the global setup has not built a site (e.g. a test file run outside its project). */
export function requireBuilt(build: TreeBuild): TreeBuild {
	if (!existsSync(path.join(build.dist, 'index.html')) || !existsSync(path.join(build.dist, 'sitemap.xml'))) {
		throw new Error(
			`${path.relative(ROOT, build.dist)}/ is not built. Run the tests through vitest (npx vitest run tests/e2e), whose global setup builds the example sites.`,
		);
	}
	return build;
}

/** The <loc> values of a sitemap, unescaped. */
export function sitemapLocs(xml: string): string[] {
	return [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((m) =>
		m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
	);
}

/**
 * A sitemap <loc> as a path under the site's base: "omraden/dialog/". A loc is absolute when the
 * site has a `url`, otherwise a path that starts with the base ("/malbild/omraden/dialog/").
 */
export function sitePathOf(loc: string, base: string): string {
	const pathname = /^https?:\/\//.test(loc) ? new URL(loc).pathname : loc;
	if (!pathname.startsWith(base)) throw new Error(`the sitemap lists ${loc}, which is not under the base path ${base}`);
	return decodeURIComponent(pathname.slice(base.length));
}

/** The pages the sitemap in a built folder lists, as site paths. */
export function sitemapPaths(build: TreeBuild): string[] {
	const xml = readFileSync(path.join(requireBuilt(build).dist, 'sitemap.xml'), 'utf8');
	return sitemapLocs(xml).map((loc) => sitePathOf(loc, build.base));
}

/** The same, read from the running server, as a crawler would. */
export async function servedSitemapPaths(server: StaticServer): Promise<string[]> {
	const response = await fetch(server.url('sitemap.xml'));
	if (!response.ok) throw new Error(`${server.url('sitemap.xml')} answered ${response.status}`);
	return sitemapLocs(await response.text()).map((loc) => sitePathOf(loc, server.base));
}

/** An address that does not exist, deep in the site, where the host answers with 404.html. */
export const MISSING_PAGE = 'finns-inte/alls/';

export type PageKind = 'home' | 'area' | 'goal' | 'indicator' | 'indicators' | 'strategies' | 'search' | 'page' | '404';

/** What kind of page a site path is, from the addresses in src/lib/urls.ts. */
export function kindOf(sitePath: string): PageKind {
	// An English page is the same kind as its Swedish counterpart (en/areas/x/ ↔ omraden/x/).
	if (sitePath.startsWith('en/')) {
		const english = sitePath.slice(3);
		if (english === '') return 'home';
		return kindOf(english.replace(/^areas\//, 'omraden/').replace(/^goals\//, 'mal/').replace(/^indicators\//, 'indikatorer/').replace(/^strategies\/$/, 'strategier/').replace(/^search\/$/, 'sok/'));
	}
	if (sitePath === '') return 'home';
	if (sitePath === MISSING_PAGE) return '404';
	if (sitePath === 'indikatorer/') return 'indicators';
	if (sitePath === 'strategier/') return 'strategies';
	if (sitePath === 'sok/') return 'search';
	if (/^omraden\/[^/]+\/$/.test(sitePath)) return 'area';
	if (/^mal\/[^/]+\/$/.test(sitePath)) return 'goal';
	if (/^indikatorer\/[^/]+\/$/.test(sitePath)) return 'indicator';
	return 'page';
}

/** A readable name for a page in test titles. */
export const pageName = (sitePath: string) => (sitePath === '' ? '/ (start)' : sitePath === MISSING_PAGE ? `${sitePath} (404)` : sitePath);

/**
 * The embed pages of a build (for an iframe on another site: noindex, so not in the sitemap), as
 * site paths: `indikatorer/<id>/inbaddning/` and `en/indicators/<id>/embed/`.
 */
export function embedPages(build: TreeBuild): string[] {
	return htmlFiles(requireBuilt(build).dist)
		.filter((f) => /^indikatorer\/[^/]+\/inbaddning\/index\.html$|^en\/indicators\/[^/]+\/embed\/index\.html$/.test(f))
		.map((f) => f.replace(/index\.html$/, ''));
}

/** Whether a built page asks not to be indexed (the editors' /admin/ page): not a page for readers. */
export function isNoindex(html: string): boolean {
	return /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);
}

/**
 * The built pages meant for readers, as files relative to the build: every HTML page but the 404
 * page and pages marked noindex (the editors' admin page).
 */
export function readerPages(build: TreeBuild): string[] {
	return htmlFiles(build.dist).filter((f) => f !== '404.html' && !isNoindex(readFileSync(path.join(build.dist, f), 'utf8')));
}
