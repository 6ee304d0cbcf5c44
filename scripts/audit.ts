/**
 * Lighthouse on the built site: the home page, an area page and an indicator page with a chart,
 * with Lighthouse's mobile emulation, served from a local static server with the
 * Content-Security-Policy from docs/hosting.md. Prints the four category scores per page.
 *
 *   npm run build && npm run audit
 *   MALBILD_DIST=out npm run audit          # another built folder
 *   CHROME_PATH=/path/to/chrome npm run audit
 *
 * Not part of `npm test`: scores depend on the machine, the tests check bytes instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromePath } from '../tests/support/browser.ts';
import { CSP, serveStatic } from '../tests/support/server.ts';
import { sitemapLocs } from '../tests/support/sites.ts';

const dist = path.resolve(process.env.MALBILD_DIST || 'dist');
const sitemapFile = path.join(dist, 'sitemap.xml');
if (!existsSync(sitemapFile)) {
	console.error(`${path.relative(process.cwd(), dist) || dist}/ har ingen byggd webbplats (sitemap.xml saknas). Bygg först: npm run build`);
	process.exit(1);
}

// The sitemap names the pages; its first address is the home page, whose path is the base path.
const paths = sitemapLocs(readFileSync(sitemapFile, 'utf8')).map((loc) => (/^https?:/.test(loc) ? new URL(loc).pathname : loc));
const base = paths[0]!;
const fileOf = (p: string) => path.join(dist, p.slice(base.length), 'index.html');
const area = paths.find((p) => p.startsWith(`${base}omraden/`));
const indicator = paths.find((p) => p.startsWith(`${base}indikatorer/`) && p !== `${base}indikatorer/` && readFileSync(fileOf(p), 'utf8').includes('<malbild-chart'));
const pages = [
	{ name: 'Startsida', path: base },
	...(area ? [{ name: 'Målområde', path: area }] : []),
	...(indicator ? [{ name: 'Indikator', path: indicator }] : []),
];

// Cache-Control as a static host usually sends it (revalidate), so the back/forward cache works.
const server = await serveStatic(dist, { base, csp: CSP, cacheControl: 'no-cache' });
const chrome = await chromeLauncher.launch({
	chromePath: chromePath(),
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: string[][] = [];
try {
	for (const page of pages) {
		const url = `${server.origin}${page.path}`;
		process.stderr.write(`Lighthouse: ${url} …\n`);
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
		if (!result) throw new Error(`Lighthouse gav inget resultat för ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		rows.push([page.name, page.path, ...categories.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)))]);
		const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual');
		if (failed.length) process.stderr.write(`  under 90: ${failed.map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)})`).join(', ')}\n`);
	}
} finally {
	chrome.kill();
	await server.close();
}

const header = ['Sida', 'Adress', 'Prestanda', 'Tillgänglighet', 'Bästa praxis', 'SEO'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => (i > 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
console.log(`\nLighthouse (mobil), ${path.relative(process.cwd(), dist) || dist}/:\n`);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i > 1 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
for (const row of rows) console.log(line(row));
