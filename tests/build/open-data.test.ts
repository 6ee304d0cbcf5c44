/**
 * Open data in the built example sites: data.csv holds every observation once (counted from the
 * content tree's own CSV files, independently of the project's reader), indikatorer.json lists
 * every indicator with its status, dcat.rdf parses as RDF/XML and has every property DCAT-AP-SE
 * requires of the catalogue, the publisher, each dataset and each distribution, with absolute
 * addresses under the site's address and base path; the page /oppna-data/ lists every download,
 * the licence and how to cite. A build without the site's address leaves dcat.rdf out with a
 * warning and still succeeds.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { Graph, parseRdfXml, profileProblems, dcat, dcterms } from '../support/rdf.ts';
import { readCsvFile } from './expected-cells.ts';
import { allBuilds, builds, clean, entries, page, raw, runBuild, siteFile, TEST_DIR, type RunResult, type TreeBuild } from './support.ts';

const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';
const STATUS_CODES = ['achieved', 'partly-achieved', 'not-achieved', 'unassessed'];

type Row = Record<string, string>;
const rowsOf = (text: string) => parse(text, { columns: true }) as Row[];

/** The indicators of a content tree, read from their files, with their data file if any. */
function treeIndicators(build: TreeBuild) {
	return entries(build.content, 'indicators').map((e) => ({ id: e.id, title: e.data.title, data: typeof e.data.data === 'string' ? e.data.data : undefined, sample: e.data.sample === true }));
}

/** A site path as the file it is built to, e.g. "oppna-data/" → "oppna-data/index.html". */
const fileOf = (build: TreeBuild, address: string) => {
	const pathname = /^https?:/.test(address) ? new URL(address).pathname : address;
	expect(pathname.startsWith(build.base), `${address} is under ${build.base}`).toBe(true);
	const rel = decodeURIComponent(pathname.slice(build.base.length));
	return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
};

for (const build of allBuilds) {
	const indicators = treeIndicators(build);
	const withData = indicators.filter((i) => i.data);
	const site = siteFile(build.content);
	const address = new URL(build.base, build.site).href;

	describe(`${build.name}: open data`, () => {
		it('data.csv has exactly one row per observation of the content’s CSV files, each the same as in the indicator’s own CSV', () => {
			const all = rowsOf(raw(build.dist, 'data.csv'));
			const expected = withData.reduce((n, i) => n + readCsvFile(path.join(build.content, 'data', i.data!)).rows.filter((r) => r.some((cell) => cell.trim() !== '')).length, 0);
			expect(expected).toBeGreaterThan(0);
			expect(all).toHaveLength(expected);
			// Each indicator's rows, in the order of its own CSV; the indicators in the site's order.
			for (const i of withData) {
				const own = rowsOf(raw(build.dist, `indikatorer/${i.id}.csv`));
				const mine = all.filter((r) => r.indicator === i.id);
				expect(mine, i.id).toHaveLength(own.length);
				mine.forEach((row, n) => {
					for (const [column, text] of Object.entries(own[n]!)) expect(row[column], `${i.id} row ${n + 1}, ${column}`).toBe(text);
					// A breakdown the indicator does not have is blank.
					for (const column of Object.keys(row)) if (!(column in own[n]!)) expect(row[column], `${i.id} row ${n + 1}, ${column}`).toBe('');
				});
			}
			expect(new Set(all.map((r) => r.indicator))).toEqual(new Set(withData.map((i) => i.id)));
			// One block per indicator: its rows are not interleaved with another's.
			const blocks = all.map((r) => r.indicator).filter((id, n, ids) => n === 0 || ids[n - 1] !== id);
			expect(blocks).toHaveLength(withData.length);
		});

		it('data.csv is UTF-8 with a comma, a point decimal and the columns the issue asks for, and marks sample data', () => {
			const text = raw(build.dist, 'data.csv');
			const header = text.split('\n', 1)[0]!.split(',');
			expect(header.slice(0, 4)).toEqual(['indicator', 'period', 'series', 'unit']);
			expect(header.slice(-4)).toEqual(['value', 'source', 'attribution', 'sample']);
			const rows = rowsOf(text);
			for (const r of rows) expect(r.value, `${r.indicator} ${r.period}`).toMatch(/^(-?\d+(\.\d+)?)?$/);
			for (const i of withData) {
				const own = rows.filter((r) => r.indicator === i.id);
				expect(own.every((r) => r.sample === (i.sample ? 'Exempeldata' : ''))).toBe(true);
			}
		});

		it('indikatorer.json lists every indicator with its status, trend and links to files that exist', () => {
			const index = JSON.parse(raw(build.dist, 'indikatorer.json'));
			expect(index).toMatchObject({ title: site.title, organisation: site.organisation });
			expect(index.license.url).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
			expect(index.links.dcat).toBe(`${address}dcat.rdf`);
			expect(index.indicators.map((i: { id: string }) => i.id).sort()).toEqual(indicators.map((i) => i.id).sort());
			for (const i of index.indicators) {
				expect(STATUS_CODES, i.id).toContain(i.status);
				expect(i.statusText, i.id).toMatch(/^(Uppnått|Delvis uppnått|Ej uppnått|Bedömning saknas)$/);
				expect(i.trendText, i.id).toMatch(/^(Positiv utveckling|Ingen förändring|Negativ utveckling|Data saknas)$/);
				const file = indicators.find((x) => x.id === i.id)!;
				expect(i.title).toBe(file.title);
				expect(i.sample).toBe(file.sample);
				expect(i.links.csv === null).toBe(!file.data);
				for (const link of Object.values(i.links as Record<string, string | null>)) {
					if (link === null) continue;
					expect(link.startsWith(address), link).toBe(true);
					expect(existsSync(path.join(build.dist, fileOf(build, link))), link).toBe(true);
				}
			}
			if (withData.some((i) => i.sample)) expect(index.notice).toMatch(/^Exempeldata/);
		});

		describe('dcat.rdf', () => {
			let graph: Graph;
			beforeAll(async () => {
				graph = new Graph(await parseRdfXml(raw(build.dist, 'dcat.rdf')));
			});

			it('parses as RDF/XML and has every property the profile requires, with absolute addresses under the site', () => {
				expect(graph.quads.length).toBeGreaterThan(50);
				expect(profileProblems(graph, { siteAddress: address, license: CC0 })).toEqual([]);
			});

			it('has a dataset for every indicator with data, and its distributions lead to the built files', () => {
				const datasets = graph.ofType(dcat('Dataset')).map((d) => d.value);
				for (const i of withData) {
					const d = `${address}dcat.rdf#indikator-${i.id}`;
					expect(datasets, i.id).toContain(d);
					expect(graph.values(d, dcterms('title'))).toEqual([i.title]);
				}
				expect(datasets).toHaveLength(withData.length + 2);
				for (const x of graph.ofType(dcat('Distribution'))) {
					for (const url of graph.values(x, dcat('accessURL'))) expect(existsSync(path.join(build.dist, fileOf(build, url))), url).toBe(true);
				}
				for (const d of graph.ofType(dcat('Dataset'))) {
					for (const url of graph.values(d, dcat('landingPage'))) expect(existsSync(path.join(build.dist, fileOf(build, url))), url).toBe(true);
				}
			});

			it('names the organisation as publisher', () => {
				const [agent] = graph.values(`${address}dcat.rdf#katalog`, dcterms('publisher'));
				expect(graph.values(agent!, 'http://xmlns.com/foaf/0.1/name')).toEqual([site.organisation]);
			});
		});

		it('the page Öppna data lists every download, the licence and how to cite, and is linked from every page’s footer', () => {
			const $ = page(build.dist, 'oppna-data/index.html');
			expect(clean($('h1').text())).toBe('Öppna data');
			const links = $('main a[href]')
				.toArray()
				.map((a) => $(a).attr('href')!);
			const expected = ['data.csv', 'indikatorer.json', 'dcat.rdf', ...withData.flatMap((i) => [`indikatorer/${i.id}.csv`, `indikatorer/${i.id}.json`])].map((p) => `${build.base}${p}`);
			for (const link of expected) expect(links, link).toContain(link);
			const text = clean($('main').text());
			expect(text).toContain('CC0 1.0 Universell');
			expect($('main a[href="https://creativecommons.org/publicdomain/zero/1.0/"]').length).toBe(1);
			expect(text).toContain(`Källa: ${site.organisation}, ${site.title}, ${address}, hämtad ÅÅÅÅ-MM-DD.`);
			if (withData.some((i) => i.sample)) {
				expect($('main .sample-notice').length).toBe(1);
				expect($('main .sample-tag').length).toBe(withData.filter((i) => i.sample).length);
			}
			for (const file of ['index.html', 'indikatorer/index.html', `indikatorer/${indicators[0]!.id}/index.html`]) {
				expect(page(build.dist, file)(`footer a[href="${build.base}oppna-data/"]`).length, file).toBe(1);
			}
		});
	});
}

describe('a build without the site’s address', () => {
	const dist = path.join(TEST_DIR, 'open-data-no-address');
	let result: RunResult;
	beforeAll(async () => {
		result = await runBuild({ MALBILD_CONTENT: builds.smedjebacken.content, MALBILD_DIST: dist });
	}, 300_000);

	it('succeeds, warning that dcat.rdf is left out and how to add the address', () => {
		expect(result.code, result.output).toBe(0);
		const lines = result.output.split('\n').map((l) => l.trim());
		expect(lines).toContain('1 varning:');
		expect(lines.find((l) => l.startsWith('! site.yaml, fältet url:'))).toMatch(/dcat\.rdf inte, och sitemap\.xml och koden för att bädda in diagram får bara sökvägar.*Tips: .*MALBILD_SITE/);
	});

	it('writes every other open-data file, links paths under the base path, and does not link dcat.rdf', () => {
		expect(existsSync(path.join(dist, 'dcat.rdf'))).toBe(false);
		expect(raw(dist, 'data.csv')).toBe(raw(builds.smedjebacken.dist, 'data.csv'));
		const index = JSON.parse(raw(dist, 'indikatorer.json'));
		expect(index.links).toMatchObject({ csv: '/data.csv', dcat: null });
		const $ = page(dist, 'oppna-data/index.html');
		expect($('a[href$="dcat.rdf"]').length).toBe(0);
		expect(clean($('main').text())).toMatch(/Källa: Smedjebackens kommun, Vision och mål, hämtad ÅÅÅÅ-MM-DD\./);
	});
});
