import type { APIRoute } from 'astro';
import { getModel } from '../lib/site.ts';
import { otherLocales } from '../lib/i18n/site.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { href, paths } from '../lib/urls.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Every HTML page of the site (not the 404 page, not the downloads). With `url` in site.yaml (or
 * MALBILD_SITE) the addresses are absolute, as search engines want them; without it they are
 * paths under the base path ("/malbild/omraden/dialog/"), which a host can still read.
 */
export const GET: APIRoute = ({ site: origin }) => {
	const { site, areas, goals, indicators, pages } = getModel();
	// The root's pages, then each other language's (src/pages/en/).
	const edition = (l: Locale) => [
		paths.home(l),
		...areas.map((a) => paths.area(a.id, l)),
		...goals.map((g) => paths.goal(g.id, l)),
		paths.indicators(l),
		...indicators.map((i) => paths.indicator(i.id, l)),
		...(site.levels.strategy ? [paths.strategies(l)] : []),
		...pages.map((p) => paths.page(p.id, l)),
		paths.openData(l),
		paths.search(l),
		paths.print(l),
		...areas.map((a) => paths.printArea(a.id, l)),
	];
	const list = [...edition('sv'), ...otherLocales(site).flatMap(edition)];
	const loc = (path: string) => (origin ? new URL(href(path), origin).href : href(path));
	const body = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...list.map((path) => `  <url><loc>${escape(loc(path))}</loc></url>`),
		'</urlset>',
		'',
	].join('\n');
	return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
