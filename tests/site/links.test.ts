/**
 * A link checker: crawls each built site over HTTP from its start page (and its sitemap), through
 * the same local static server the browser tests use, the build under /malbild/ included. Every
 * internal href and src (and url() in the stylesheets) must answer 200 without a redirect, every
 * #fragment must name an id on its page, and every built page must be reachable by following
 * links from the start page. Links to other sites are listed, never fetched: the check is offline.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { allBuilds, MISSING_PAGE, readerPages, requireBuilt, servedSitemapPaths } from '../support/sites.ts';

interface Crawl {
	/** Every internal URL fetched (without fragment) → HTTP status. */
	status: Map<string, number>;
	/** HTML pages fetched → the ids on them. */
	ids: Map<string, Set<string>>;
	/** Every link: the page it is on, the address as written and as resolved. */
	links: { from: string; raw: string; url: URL }[];
	external: Set<string>;
	problems: string[];
}

const ATTRIBUTES = [
	['a', 'href'],
	['area', 'href'],
	['link', 'href'],
	['script', 'src'],
	['img', 'src'],
	['source', 'src'],
	['iframe', 'src'],
	['form', 'action'],
	['use', 'href'],
	['object', 'data'],
] as const;

async function crawl(server: StaticServer, extraStarts: string[]): Promise<Crawl> {
	const result: Crawl = { status: new Map(), ids: new Map(), links: [], external: new Set(), problems: [] };
	const queue = [server.url(''), ...extraStarts];
	const seen = new Set<string>(queue);

	const visit = async (url: string) => {
		const response = await fetch(url, { redirect: 'manual' });
		result.status.set(url, response.status);
		const type = response.headers.get('content-type') ?? '';
		const body = await response.text();
		if (type.startsWith('text/html')) {
			const $ = load(body);
			result.ids.set(url, new Set($('[id]').toArray().map((el) => $(el).attr('id')!)));
			const refs: string[] = [];
			for (const [tag, attribute] of ATTRIBUTES) $(`${tag}[${attribute}]`).each((_, el) => void refs.push($(el).attr(attribute)!));
			$('img[srcset], source[srcset]').each((_, el) => {
				for (const candidate of $(el).attr('srcset')!.split(',')) refs.push(candidate.trim().split(/\s+/)[0]!);
			});
			for (const raw of refs) addLink(url, raw);
		} else if (type.startsWith('text/css')) {
			for (const m of body.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+['"]([^'"]+)['"]/g)) addLink(url, m[2] ?? m[3]!);
		}
	};

	const addLink = (from: string, raw: string) => {
		if (/^(mailto|tel|data):/i.test(raw)) return;
		if (/^javascript:/i.test(raw)) {
			result.problems.push(`${from}: a javascript: link (${raw})`);
			return;
		}
		if (raw.trim() === '') {
			result.problems.push(`${from}: an empty address`);
			return;
		}
		const url = new URL(raw, from);
		if (url.origin !== server.origin) {
			result.external.add(url.href);
			return;
		}
		result.links.push({ from, raw, url: new URL(url.href) });
		url.hash = '';
		if (!seen.has(url.href)) {
			seen.add(url.href);
			queue.push(url.href);
		}
	};

	while (queue.length) {
		const batch = queue.splice(0, 8);
		await Promise.all(batch.map(visit));
	}
	return result;
}

/** The pages reached by following <a href> links from the start page. */
function reachable(result: Crawl, start: string): Set<string> {
	const edges = new Map<string, Set<string>>();
	for (const { from, url } of result.links) {
		const to = new URL(url.href);
		to.hash = '';
		if (!edges.has(from)) edges.set(from, new Set());
		edges.get(from)!.add(to.href);
	}
	const reached = new Set([start]);
	const queue = [start];
	while (queue.length) {
		for (const next of edges.get(queue.shift()!) ?? []) {
			if (!reached.has(next) && result.ids.has(next)) {
				reached.add(next);
				queue.push(next);
			}
		}
	}
	return reached;
}

/** Links that do not answer 200, as "page: address → HTTP status". */
function brokenLinks(result: Crawl, origin: string): string[] {
	const bad = result.links
		// "#main" leads to the page it is on, which was fetched: the 404 page answers 404 by design.
		.filter(({ raw }) => !raw.startsWith('#'))
		.map(({ from, raw, url }) => {
			const target = new URL(url.href);
			target.hash = '';
			const status = result.status.get(target.href);
			return status === 200 ? undefined : `${from.replace(origin, '')}: ${raw} → HTTP ${status}`;
		})
		.filter((x): x is string => x !== undefined);
	return [...new Set([...bad, ...result.problems])];
}

/** Fragment links whose page has no element with that id. */
function brokenFragments(result: Crawl, origin: string): string[] {
	const bad = result.links
		.filter(({ url }) => url.hash.length > 1)
		.map(({ from, raw, url }) => {
			const page = new URL(url.href);
			page.hash = '';
			const id = decodeURIComponent(url.hash.slice(1));
			return result.ids.get(page.href)?.has(id) ? undefined : `${from.replace(origin, '')}: ${raw} — no id "${id}" on ${page.pathname}`;
		})
		.filter((x): x is string => x !== undefined);
	return [...new Set(bad)];
}

test('the checker finds a missing page, a redirect, a missing fragment and an unreachable page', async () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'malbild-links-'));
	try {
		mkdirSync(path.join(dir, 'b'));
		mkdirSync(path.join(dir, 'orphan'));
		const page = (body: string) => `<!DOCTYPE html><html lang="sv"><head><title>t</title><link rel="stylesheet" href="/s.css"></head><body>${body}</body></html>`;
		writeFileSync(path.join(dir, 'index.html'), page('<a href="#top">top</a><a href="/saknas/">x</a><a href="/b">redirect</a><a href="/b/#finns">ok</a><a href="/b/#inte">no</a><img src="/bild.png" alt="">'));
		writeFileSync(path.join(dir, 'b', 'index.html'), page('<h1 id="finns">b</h1>'));
		writeFileSync(path.join(dir, 'orphan', 'index.html'), page('<p>o</p>'));
		writeFileSync(path.join(dir, 's.css'), 'body{background:url(/bg.svg)}');
		const server = await serveStatic(dir);
		try {
			const result = await crawl(server, []);
			expect(brokenLinks(result, server.origin)).toEqual(['/: /saknas/ → HTTP 404', '/: /b → HTTP 301', '/: /bild.png → HTTP 404', '/s.css: /bg.svg → HTTP 404']);
			expect(brokenFragments(result, server.origin)).toEqual(['/: #top — no id "top" on /', '/: /b/#inte — no id "inte" on /b/']);
			const reached = reachable(result, server.url(''));
			expect(reached.has(server.url('b/'))).toBe(true);
			expect(reached.has(server.url('orphan/'))).toBe(false);
		} finally {
			await server.close();
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

for (const build of allBuilds) {
	describe(`${build.name}: links, crawled over HTTP${build.base === '/' ? '' : ` under ${build.base}`}`, () => {
		let server: StaticServer;
		let result: Crawl;
		beforeAll(async () => {
			server = await serveStatic(requireBuilt(build).dist, { base: build.base });
			const sitemap = (await servedSitemapPaths(server)).map((p) => server.url(p));
			result = await crawl(server, [...sitemap, server.url(MISSING_PAGE), server.url('sitemap.xml')]);
			console.log(
				`${build.name}: ${result.links.length} internal links and sources to ${result.status.size} addresses checked; ${result.external.size} links to other sites not fetched (${[...result.external].join(', ') || 'none'})`,
			);
		});
		afterAll(async () => {
			await server?.close();
		});

		test('the crawl found the site', () => {
			expect(result.ids.size, 'HTML pages fetched').toBeGreaterThan(5);
			expect(result.links.length).toBeGreaterThan(50);
		});

		test('every internal link and source answers 200, without a redirect', () => {
			expect(brokenLinks(result, server.origin)).toEqual([]);
		});

		test('every #fragment names an element on its page', () => {
			expect(result.links.some(({ url }) => url.hash.length > 1), 'the site has fragment links (the skip link at least)').toBe(true);
			expect(brokenFragments(result, server.origin)).toEqual([]);
		});

		test('every page for readers can be reached by following links from the start page', () => {
			const pages = readerPages(build).map((f) => server.url(f.replace(/(^|\/)index\.html$/, '$1')));
			const reached = reachable(result, server.url(''));
			expect(pages.length).toBeGreaterThan(5);
			expect(pages.filter((p) => !reached.has(p))).toEqual([]);
		});

		test('the not-found page answers 404 and links back into the site', async () => {
			expect(result.status.get(server.url(MISSING_PAGE))).toBe(404);
			expect(result.links.filter((l) => l.from === server.url(MISSING_PAGE)).length).toBeGreaterThan(3);
		});
	});
}
