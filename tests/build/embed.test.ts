/**
 * The embed pages of both example trees, for an iframe on another website, read as the frame
 * shows them: every indicator has one in Swedish and in English, with its title, status, chart
 * and the same table as its full page inside a disclosure, the source, and a link back that opens
 * in the top window; no header, navigation or footer; not for search engines. The indicator page
 * offers the iframe code. And `_headers` lets the websites in site.yaml frame the embed pages only.
 * What is expected comes from the content files, never from the project's model.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builds, clean, entries, page, raw, rootBuilds, siteFile, translationFiles } from './support.ts';

const STATUS = { sv: ['Uppnått', 'Delvis uppnått', 'Ej uppnått', 'Bedömning saknas'], en: ['Achieved', 'Partly achieved', 'Not achieved', 'Not assessed'] };
const TREND = { sv: ['Positiv utveckling', 'Ingen förändring', 'Negativ utveckling', 'Data saknas'], en: ['Positive trend', 'No change', 'Negative trend', 'No data'] };

/** Every table's cells, row by row, as text. */
const cells = ($: CheerioAPI, scope: string) =>
	$(`${scope} table`)
		.toArray()
		.map((t) =>
			$(t)
				.find('tr')
				.toArray()
				.map((tr) => clean($(tr).text())),
		);

/** The words beside the status or trend symbol in the facts list. */
const badge = ($: CheerioAPI, kind: 'status' | 'trend') => {
	const el = $(`.facts .${kind}`).first().clone();
	el.find('svg, .visually-hidden').remove();
	return clean(el.text());
};

const allowedOrigins = (content: string): string[] =>
	(parseYaml(readFileSync(path.join(content, 'site.yaml'), 'utf8')) as { embed?: { allowedOrigins?: string[] } }).embed?.allowedOrigins ?? [];

for (const build of rootBuilds) {
	const site = siteFile(build.content);
	const indicators = entries(build.content, 'indicators');

	describe(`${build.name}: embed pages`, () => {
		it('the tree has indicators, some with data', () => {
			expect(indicators.some((i) => i.data.data)).toBe(true);
			expect(indicators.length).toBeGreaterThan(1);
		});

		for (const i of indicators) {
			const full = page(build.dist, `indikatorer/${i.id}/index.html`);
			const hasData = typeof i.data.data === 'string';
			const source = i.data.source as { name?: string } | undefined;

			for (const locale of ['sv', 'en'] as const) {
				const file = locale === 'sv' ? `indikatorer/${i.id}/inbaddning/index.html` : `en/indicators/${i.id}/embed/index.html`;
				const back = locale === 'en' ? `${build.base}en/indicators/${i.id}/` : `${build.base}indikatorer/${i.id}/`;

				it(`${file}: the indicator, its status, its data and a way back`, () => {
					expect(existsSync(path.join(build.dist, file)), file).toBe(true);
					const $ = page(build.dist, file);
					// The indicator's full page in the same language: what the embed page must agree with.
					const same = locale === 'sv' ? full : page(build.dist, `en/indicators/${i.id}/index.html`);
					expect($('html').attr('lang')).toBe(locale);
					expect($('meta[name="robots"]').attr('content')).toBe('noindex');
					expect($('header, nav, footer, .site-header, .breadcrumbs').length, 'no header, navigation or footer').toBe(0);
					expect($('h1').length).toBe(1);
					expect(clean($('h1').text())).toBe(clean(same('h1').text()));

					// The same status as the full page, in the page's language.
					const status = badge($, 'status');
					expect(STATUS[locale]).toContain(status);
					expect(status).toBe(badge(same, 'status'));
					if (hasData) {
						expect(TREND[locale]).toContain(badge($, 'trend'));
						expect(badge($, 'trend')).toBe(badge(same, 'trend'));
					}

					if (hasData) {
						// A chart for each of the full page's, and each table inside a disclosure.
						expect($('figure.chart malbild-chart canvas').length).toBe(full('figure.chart malbild-chart canvas').length);
						expect($('figure.chart').length).toBeGreaterThan(0);
						expect($('table').length).toBe($('details > summary + section table').length);
						expect(cells($, 'details')).toEqual(cells(same, 'main'));
						expect(clean($('details summary').first().text())).toMatch(locale === 'sv' ? /^Visa tabellen/ : /^Show the table/);
					} else {
						expect($('figure.chart, details').length).toBe(0);
					}
					if (i.data.sample) expect(clean($('.sample-notice').text())).toContain(locale === 'sv' ? 'Exempeldata' : 'Sample data');
					else expect($('.sample-notice').length).toBe(0);
					// The source's name in the page's language: an English translation may give its own.
					const translated = locale === 'sv' ? undefined : (translationFiles(build.content, 'indicators', 'en').find((t) => t.id === i.id)?.data.source as { name?: string } | undefined)?.name;
					if (source?.name) expect(clean($('.embed-source').text())).toContain(translated ?? source.name);

					const link = $(`a[href="${back}"]`);
					expect(link.length, `a link back to ${back}`).toBe(1);
					expect(link.attr('target')).toBe('_top');
					expect(clean($('.embed-org').text())).toContain(site.organisation);
				});
			}

			it(`indikatorer/${i.id}/: offers the iframe code for its embed page, named for what it shows`, () => {
				const section = full('section[aria-labelledby="embed-heading"]');
				// An indicator without data has no chart: what is embedded is its status and motivation.
				expect(clean(section.find('h2').text())).toBe(hasData ? 'Bädda in diagrammet' : 'Bädda in bedömningen');
				const intro = clean(section.find('details > p').first().text());
				expect(intro).toMatch(hasData ? /visa diagrammet, tabellen och källan där\. / : /visa statusen och motiveringen där\. /);
				// Which websites may show it, as the host's policy has them (site.yaml's embed.allowedOrigins).
				const hosts = allowedOrigins(build.content).map((o) => new URL(o).host);
				if (hosts.length > 0) expect(intro).toMatch(new RegExp(`Bara de webbplatser som ${site.organisation} har godkänt kan visa den: ${hosts.join('.*')}\\.$`));
				else expect(intro).toMatch(`Ingen annan webbplats kan visa den ännu: ${site.organisation} har inte godkänt någon webbplats för inbäddning.`);
				expect(section.find('details > summary').length).toBe(1);
				const code = section.find('details pre code').text();
				const iframe = load(code)('iframe');
				expect(iframe.length, code).toBe(1);
				// The test builds know the site's address, so the code works pasted anywhere.
				expect(iframe.attr('src')).toBe(new URL(`${build.base}indikatorer/${i.id}/inbaddning/`, build.site).href);
				expect(iframe.attr('title')).toBe(`${i.data.title} – ${site.organisation}`);
				expect([iframe.attr('width'), iframe.attr('height'), iframe.attr('loading')]).toEqual(['100%', '480', 'lazy']);
				expect(section.find(`a[href="${build.base}indikatorer/${i.id}/inbaddning/"]`).length, 'a preview link').toBe(1);
			});
		}
	});
}

describe('_headers: the embed pages may be framed by the websites in site.yaml, nothing else', () => {
	it('Malung-Sälen lists websites: its embed rule names them, after the strict rule for every page', () => {
		const origins = allowedOrigins(builds.malung.content);
		expect(origins.length).toBeGreaterThan(0);
		const text = raw(builds.malung.dist, '_headers');
		const rules = text.split('\n\n');
		const everything = rules.find((r) => r.includes('\n/*\n') || r.startsWith('/*\n'))!;
		expect(everything).toMatch(/frame-ancestors 'self'$/m);
		const embed = rules.find((r) => r.includes('/indikatorer/:id/inbaddning/*'))!;
		expect(embed).toContain(`frame-ancestors 'self' ${origins.map((o) => o.replace(/\/$/, '')).join(' ')}`);
		expect(text.indexOf('/indikatorer/:id/inbaddning/*')).toBeGreaterThan(text.indexOf('/*\n'));
		expect(text).toContain('/en/indicators/:id/embed/*');
	});

	it('under a base path the rules start with it', () => {
		const text = raw(builds.malungBase.dist, '_headers');
		expect(text.split('\n').filter((l) => l.startsWith('/'))).toEqual([
			'/malbild/*',
			'/malbild/_astro/*',
			'/malbild/admin/*',
			'/malbild/indikatorer/:id/inbaddning/*',
			'/malbild/en/indicators/:id/embed/*',
		]);
	});

	it('Smedjebacken lists none: no _headers, so the host’s own configuration stands', () => {
		expect(allowedOrigins(builds.smedjebacken.content)).toEqual([]);
		expect(existsSync(path.join(builds.smedjebacken.dist, '_headers'))).toBe(false);
	});
});
