/**
 * The indicator pages of both example trees, read as a reader sees them: every CSV value in the
 * tables in Swedish, status and trend in words, sample data marked on the page and in the
 * downloads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readSheet } from 'read-excel-file/node';
import path from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { expectedTables, MISSING_TEXT, readCell, readCsvFile, swedish, type Grid } from './expected-cells.ts';
import { clean, entries, page, raw, rootBuilds, siteFile } from './support.ts';

const STATUS_WORDS = ['Uppnått', 'Delvis uppnått', 'Ej uppnått', 'Bedömning saknas'];
const TREND_WORDS = ['Positiv utveckling', 'Ingen förändring', 'Negativ utveckling', 'Data saknas'];
/** site.yaml and front matter status codes, in the words the reader sees. */
const STATUS_BY_CODE: Record<string, string> = {
	achieved: 'Uppnått',
	'partly-achieved': 'Delvis uppnått',
	'not-achieved': 'Ej uppnått',
	unassessed: 'Bedömning saknas',
};

/** What a table on the page shows: period → column heading → cell text. */
function gridOf($: CheerioAPI, table: ReturnType<CheerioAPI>): Grid {
	const headings = table
		.find('thead th')
		.toArray()
		.map((th) => clean($(th).text()));
	const grid: Grid = {};
	for (const tr of table.find('tbody tr').toArray()) {
		const period = clean($(tr).children('th').first().text());
		expect(grid[period], `period ${period} has two rows`).toBeUndefined();
		grid[period] = {};
		$(tr)
			.children('td')
			.toArray()
			.forEach((td, n) => {
				grid[period]![headings[n + 1] ?? `(column ${n + 2} without heading)`] = clean($(td).text());
			});
	}
	return grid;
}

/** The words an svg symbol stands beside, e.g. the label of a status badge. */
function wordsBesideSymbols($: CheerioAPI): string[] {
	return $('main svg')
		.toArray()
		.map((svg) => {
			const holder = $(svg).parent().clone();
			holder.find('svg, .visually-hidden').remove();
			return clean(holder.text());
		});
}

describe('the test’s own number helper', () => {
	it('writes CSV values the Swedish way', () => {
		expect(swedish(readCell('512 300'), false)).toBe('512\u00a0300');
		expect(swedish(readCell('75,0'), true)).toBe('75,0\u00a0%');
		expect(swedish(readCell('\u22126,2'), false)).toBe('\u22126,2');
		expect(swedish(readCell('-1234.5'), false)).toBe('\u22121\u00a0234,5');
		expect(swedish(readCell('12,5%'), false)).toBe('12,5\u00a0%');
		expect(swedish(readCell('..'), true)).toBe(MISSING_TEXT);
		expect(() => readCell('4,1x')).toThrow();
	});
});

for (const build of rootBuilds) {
	const site = siteFile(build.content);
	const indicators = entries(build.content, 'indicators');
	const withData = indicators.filter((i) => typeof i.data.data === 'string');

	describe(`${build.name}: indicator pages`, () => {
		it('the tree has indicators with data to test', () => {
			expect(withData.length).toBeGreaterThan(0);
		});

		describe.each(withData.map((i) => [i.id, i] as const))('%s', (id, indicator) => {
			const file = `indikatorer/${id}/index.html`;
			const csvFile = path.join(build.content, 'data', indicator.data.data as string);

			it('shows every CSV value exactly once, in its cell, written the Swedish way', () => {
				const $ = page(build.dist, file);
				const expected = expectedTables(csvFile, site.organisation);
				const tables = $('main table').toArray().map((t) => gridOf($, $(t)));
				expect(tables, 'one table per series and unit in the CSV').toHaveLength(expected.length);
				const used = new Set<number>();
				for (const e of expected) {
					// The table that best matches this series; it must then match it cell for cell.
					const score = (grid: Grid) =>
						Object.entries(e.grid).reduce((n, [p, cols]) => n + Object.entries(cols).filter(([c, text]) => grid[p]?.[c] === text).length, 0);
					const candidates = tables.map((grid, n) => ({ grid, n, score: score(grid) })).filter((c) => !used.has(c.n));
					const best = candidates.sort((a, b) => b.score - a.score)[0]!;
					used.add(best.n);
					expect(best.grid, `the table of series "${e.series}", unit "${e.unit}" in ${indicator.data.data}`).toEqual(e.grid);
				}
				// Every value once: as many filled cells on the page as numbers in the CSV.
				const rows = expected.reduce((n, e) => n + e.rows - e.missing, 0);
				const filled = tables.flatMap((g) => Object.values(g).flatMap((cols) => Object.values(cols))).filter((t) => t !== MISSING_TEXT);
				expect(filled).toHaveLength(rows);
			});

			it('has a chart figure with its summary in words, and a table', () => {
				const $ = page(build.dist, file);
				const figures = $('main figure');
				expect(figures.length).toBeGreaterThan(0);
				for (const figure of figures.toArray()) {
					expect(clean($(figure).find('figcaption').text())).not.toBe('');
					const words = $(figure)
						.find('p')
						.toArray()
						.map((p) => clean($(p).text()))
						.join(' ');
					// A summary names at least one value of the series.
					expect(words).toMatch(/\d/);
				}
				expect($('main table').length).toBeGreaterThan(0);
				for (const table of $('main table').toArray()) {
					expect(clean($(table).find('caption').text())).not.toBe('');
				}
			});

			it('offers the data as Excel, CSV and JSON downloads holding every value', async () => {
				const $ = page(build.dist, file);
				const links = $('main a[href]')
					.toArray()
					.map((a) => $(a).attr('href')!);
				expect(links).toContain(`/indikatorer/${id}.xlsx`);
				expect(links).toContain(`/indikatorer/${id}.csv`);
				expect(links).toContain(`/indikatorer/${id}.json`);

				const source = readCsvFile(csvFile);
				const valueColumn = source.column(['value', 'värde']);
				const values = source.rows.map((r) => {
					const cell = readCell(r[valueColumn] ?? '');
					return cell.kind === 'missing' ? null : cell.value;
				});
				const csvRows = parse(raw(build.dist, `indikatorer/${id}.csv`), { columns: true }) as Record<string, string>[];
				expect(csvRows.map((r) => (r.value === '' ? null : Number(r.value)))).toEqual(values);
				const json = JSON.parse(raw(build.dist, `indikatorer/${id}.json`)) as { observations: { value: number | null }[] };
				expect(json.observations.map((o) => o.value)).toEqual(values);
				// The workbook, read by an independent reader: the CSV's columns, the values as numbers.
				const [header, ...sheet] = await readSheet(readFileSync(path.join(build.dist, `indikatorer/${id}.xlsx`)), 1, { trim: false });
				expect(header).toEqual(Object.keys(csvRows[0]!));
				const valueAt = header!.indexOf('value');
				expect(sheet.map((r) => r[valueAt] ?? null)).toEqual(values);
			});
		});

		describe.each(indicators.map((i) => [i.id, i] as const))('%s', (id, indicator) => {
			const file = `indikatorer/${id}/index.html`;
			const hasData = typeof indicator.data.data === 'string';

			it('shows its status in words beside a symbol', () => {
				const words = wordsBesideSymbols(page(build.dist, file));
				const status = words.filter((w) => STATUS_WORDS.includes(w));
				expect(status.length, `status words beside an svg; found: ${JSON.stringify(words)}`).toBeGreaterThan(0);
				const assessment = indicator.data.assessment as { status?: string } | undefined;
				// An editor's assessment decides the indicator's status, shown first.
				if (assessment?.status) expect(status[0]).toBe(STATUS_BY_CODE[assessment.status]);
			});

			const assessment = indicator.data.assessment as { motivation: string; date?: string; by?: string } | undefined;
			if (assessment) {
				it('shows its assessment with the motivation, and when and by whom it was made where the file says so', () => {
					const $ = page(build.dist, file);
					const block = $('main .motivation');
					expect(clean(block.find('p').first().text())).toBe(`Motivering: ${clean(assessment.motivation)}`);
					const day = assessment.date && new Date(`${assessment.date}T12:00:00Z`).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' });
					const when = [day, assessment.by && `av ${assessment.by}`].filter(Boolean).join(' ');
					const meta = block.find('p.meta').toArray().map((p) => clean($(p).text()));
					if (when) expect(meta).toContain(`Bedömd ${when}.`);
					else expect(meta.filter((m) => m.startsWith('Bedömd '))).toEqual([]);
				});
			}

			it(hasData ? 'shows its trend in words beside a symbol' : 'shows no trend (no data to have one)', () => {
				const words = wordsBesideSymbols(page(build.dist, file));
				const trend = words.filter((w) => TREND_WORDS.includes(w));
				if (hasData) expect(trend.length, `trend words beside an svg; found: ${JSON.stringify(words)}`).toBeGreaterThan(0);
				else expect(trend).toEqual([]);
			});

			if (!hasData) {
				it('has no table, chart or downloads', () => {
					const $ = page(build.dist, file);
					expect($('main table').length).toBe(0);
					expect($('main figure').length).toBe(0);
					expect(existsSync(path.join(build.dist, `indikatorer/${id}.csv`))).toBe(false);
					expect(existsSync(path.join(build.dist, `indikatorer/${id}.json`))).toBe(false);
					expect(existsSync(path.join(build.dist, `indikatorer/${id}.xlsx`))).toBe(false);
				});
			}

			if (indicator.data.sample === true) {
				it('says "Exempeldata" on the page and in its downloads, apart from naming the source', () => {
					// The example trees name their source "Exempeldata" too; the marking must not rely on that.
					const $ = page(build.dist, file);
					const main = $('main').clone();
					main.find('section').filter((_, section) => clean($(section).children('h2').first().text()) === 'Källa').remove();
					expect(clean(main.text())).toContain('Exempeldata');
					if (hasData) {
						const rows = parse(raw(build.dist, `indikatorer/${id}.csv`), { columns: true }) as Record<string, string>[];
						const marked = rows.filter((r) => Object.entries(r).some(([column, text]) => column !== 'source' && text === 'Exempeldata'));
						expect(marked).toHaveLength(rows.length);
						const json = JSON.parse(raw(build.dist, `indikatorer/${id}.json`)) as Record<string, unknown> & { observations: Record<string, unknown>[] };
						const { source: _source, observations, ...meta } = json;
						expect(JSON.stringify(meta)).toContain('Exempeldata');
						for (const o of observations) {
							const { source: _rowSource, ...rest } = o;
							expect(JSON.stringify(rest)).toContain('Exempeldata');
						}
					}
				});
			} else {
				it('does not call its values "Exempeldata"', () => {
					expect(raw(build.dist, file)).not.toContain('Exempeldata');
				});
			}
		});
	});
}
