/**
 * The site-wide downloads: data.csv holds every observation of every indicator once (the rows of
 * the indicators' own CSVs, with the union of their breakdown columns), and indikatorer.json lists
 * every indicator with its status, attribution and links.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/lib/model/download.ts';
import { linker } from '../../../src/lib/open-data/address.ts';
import { dimensionColumns, indicatorIndex, SAMPLE_NOTICE, siteCsv } from '../../../src/lib/open-data/site-data.ts';
import { replace } from '../content/helpers.ts';
import { koladaEdits, modelOf, RANK_NOTE, removeTrees, tree, trickyEdits, validModel } from './trees.ts';

afterAll(removeTrees);

const rows = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

describe('siteCsv', () => {
	const model = validModel();
	const csv = siteCsv(model.indicators);

	it('has one row per observation, in the indicators’ order, each equal to its row in the indicator’s own CSV', () => {
		const all = rows(csv);
		const own = model.indicators.filter((i) => i.dataset).flatMap((i) => rows(toCsv(i)));
		expect(all).toHaveLength(model.indicators.reduce((n, i) => n + (i.dataset?.observations.length ?? 0), 0));
		expect(all).toHaveLength(own.length);
		all.forEach((row, n) => {
			for (const [column, text] of Object.entries(own[n]!)) expect(row[column], `row ${n + 1}, ${column}`).toBe(text);
		});
	});

	it('has the fixed columns around the union of the breakdowns, blank where an indicator has none', () => {
		expect(dimensionColumns(model.indicators)).toEqual(['Jämförelse']);
		expect(csv.split('\n')[0]).toBe('indicator,period,series,unit,Jämförelse,value,source,attribution,sample');
		const besokare = rows(csv).filter((r) => r.indicator === 'besokare');
		expect(besokare.every((r) => r['Jämförelse'] === '')).toBe(true);
		expect(rows(csv).filter((r) => r['Jämförelse'] === 'Riket')).toHaveLength(4);
	});

	it('writes point decimals, an empty cell for a missing value, LF line ends and a final newline', () => {
		expect(csv).toContain('\nresultat,2021,,procent,,2.5,');
		expect(csv).not.toContain('\r');
		expect(csv.endsWith('\n')).toBe(true);
		const missing = siteCsv(modelOf(tree(replace('data/resultat.csv', '2023;;2,8', '2023;;..'))).indicators);
		expect(rows(missing).find((r) => r.indicator === 'resultat' && r.period === '2023' && r['Jämförelse'] === '')?.value).toBe('');
	});

	it('quotes what needs quoting, so a parser reads every cell back', () => {
		const dir = tree(replace('data/resultat.csv', '2021;Riket;2,0', '2021;"Riket, ""snitt""\nnya raden";2,0'));
		const parsed = rows(siteCsv(modelOf(dir).indicators));
		expect(parsed.map((r) => r['Jämförelse'])).toContain('Riket, "snitt"\nnya raden');
	});

	it('attributes Kolada’s values "Källa: Kolada" and a computed rank "Egen bearbetning av data från Kolada"', () => {
		const parsed = rows(siteCsv(modelOf(tree(...koladaEdits)).indicators)).filter((r) => r.indicator === 'besokare');
		expect(parsed.map((r) => r.attribution)).toEqual([...Array(5).fill('Källa: Kolada'), 'Egen bearbetning av data från Kolada']);
		expect(RANK_NOTE).toMatch(/Egen bearbetning/);
	});

	it('marks sample data "Exempeldata" on every row of a sample indicator, and only there', () => {
		const dir = tree(replace('indicators/besokare.md', 'data: besokare.csv', 'data: besokare.csv\nsample: true'));
		const parsed = rows(siteCsv(modelOf(dir).indicators));
		expect(parsed.filter((r) => r.indicator === 'besokare').every((r) => r.sample === 'Exempeldata')).toBe(true);
		expect(parsed.filter((r) => r.indicator !== 'besokare').every((r) => r.sample === '')).toBe(true);
	});

	it('is the same bytes every time', () => {
		expect(siteCsv(validModel().indicators)).toBe(csv);
	});
});

describe('indicatorIndex', () => {
	const model = validModel();
	const json = (origin?: string, base = '/') => JSON.parse(indicatorIndex(model, { link: linker(base, origin), dcat: Boolean(origin) }));

	it('lists every indicator, those without data too, with status and trend as codes and in words', () => {
		const index = json();
		expect(index.indicators.map((i: { id: string }) => i.id)).toEqual(model.indicators.map((i) => i.id));
		const dialog = index.indicators.find((i: { id: string }) => i.id === 'dialog');
		expect(dialog).toMatchObject({ status: 'not-achieved', statusText: 'Ej uppnått', assessedByHand: true, trend: 'no-data', trendText: 'Data saknas', qualitative: true, periods: null, observations: 0 });
		expect(dialog.links).toEqual({ page: '/indikatorer/dialog/', xlsx: null, csv: null, json: null });
		const resultat = index.indicators.find((i: { id: string }) => i.id === 'resultat');
		expect(resultat).toMatchObject({ goal: { id: 'stark-ekonomi' }, unit: 'procent', periods: { first: '2021', last: '2024' }, observations: 8, qualitative: false });
		for (const i of index.indicators) expect(['achieved', 'partly-achieved', 'not-achieved', 'unassessed']).toContain(i.status);
	});

	it('states the licence and the publisher, and no notice without sample data', () => {
		const index = json();
		expect(index).toMatchObject({ title: 'Målbild Provstad', organisation: 'Provstads kommun', publisher: 'Provstads kommun', license: { url: 'https://creativecommons.org/publicdomain/zero/1.0/', name: 'CC0 1.0 Universell' } });
		expect(index.notice).toBeUndefined();
	});

	it('links with paths under the base path without an address, absolutely with one, and names dcat.rdf only then', () => {
		expect(json(undefined, '/malbild/').links).toEqual({ site: '/malbild/', openData: '/malbild/oppna-data/', csv: '/malbild/data.csv', dcat: null });
		const index = json('https://mal.provstad.example', '/malbild/');
		expect(index.links.dcat).toBe('https://mal.provstad.example/malbild/dcat.rdf');
		expect(index.indicators[0].links.page).toBe('https://mal.provstad.example/malbild/indikatorer/besokare/');
		expect(index.indicators[0].links.csv).toBe('https://mal.provstad.example/malbild/indikatorer/besokare.csv');
		expect(index.indicators[0].links.xlsx).toBe('https://mal.provstad.example/malbild/indikatorer/besokare.xlsx');
	});

	it('says "Exempeldata" on the site and on each sample indicator', () => {
		const dir = tree(replace('indicators/besokare.md', 'data: besokare.csv', 'data: besokare.csv\nsample: true'));
		const index = JSON.parse(indicatorIndex(modelOf(dir), { link: linker('/', undefined), dcat: false }));
		expect(index.notice).toBe(SAMPLE_NOTICE);
		expect(index.indicators.find((i: { id: string }) => i.id === 'besokare')).toMatchObject({ sample: true, notice: SAMPLE_NOTICE });
		expect(index.indicators.find((i: { id: string }) => i.id === 'resultat').notice).toBeUndefined();
	});

	it('keeps titles with quotes and markup as they are (JSON escapes them)', () => {
		const index = JSON.parse(indicatorIndex(modelOf(tree(...trickyEdits)), { link: linker('/', undefined), dcat: false }));
		expect(index.title).toBe('Mål & mått <2025> "citat"');
		expect(index.indicators.find((i: { id: string }) => i.id === 'resultat').title).toBe('Resultat, "över" <rikets> & mer');
	});
});
