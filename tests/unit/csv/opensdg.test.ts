import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import type { Dataset, Observation } from '../../../src/lib/data/types.ts';

// Real files from the UK's Open SDG platform (Open Government Licence v3.0, see the README
// beside them); the expected facts below were counted from the files with Python's csv module.
function read(name: string): Dataset {
	const path = fileURLToPath(new URL(`../../fixtures/opensdg/${name}`, import.meta.url));
	const { dataset, problems } = readCsv(readFileSync(path), `data/${name}`);
	expect(problems).toEqual([]);
	return dataset!;
}

const isHeadline = (o: Observation) => Object.keys(o.dimensions).length === 0;
const count = (values: (string | undefined)[]) =>
	Object.fromEntries([...new Set(values)].map((v) => [String(v), values.filter((x) => x === v).length]));
const at = (d: Dataset, line: number) => d.observations.find((o) => o.line === line);

describe('Open SDG fixtures', () => {
	it('reads indicator_3-2-1.csv (under-5 mortality: country × sex, unit with a comma)', () => {
		const d = read('indicator_3-2-1.csv');
		expect(d.observations).toHaveLength(322);
		expect(d.dimensions).toEqual(['Country', 'Sex']);
		expect(d.noteColumns).toEqual(['Observation status', 'Unit multiplier', 'Unit measure']);
		expect([d.hasSeries, d.hasUnits]).toEqual([false, false]);
		// One headline row per year, 2000–2021.
		const headline = d.observations.filter(isHeadline);
		expect(headline).toHaveLength(22);
		expect(headline.map((o) => o.period.start)).toEqual(Array.from({ length: 22 }, (_, i) => 2000 + i));
		expect(count(d.observations.map((o) => o.dimensions.Country))).toEqual({
			England: 66,
			'England and Wales': 58,
			Scotland: 66,
			Wales: 66,
			undefined: 66,
		});
		// The quoted "Rate per 1,000 live births" stays one cell.
		expect(new Set(d.observations.map((o) => o.notes['Unit measure']))).toEqual(new Set(['Rate per 1,000 live births']));
		expect(at(d, 2)).toMatchObject({
			period: { label: '2000', start: 2000, end: 2000 },
			dimensions: { Country: 'England', Sex: 'Male' },
			geoCode: 'E92000001',
			value: 7.11,
			decimals: 2,
			notes: { 'Observation status': 'Normal value', 'Unit multiplier': 'Units', 'Unit measure': 'Rate per 1,000 live births' },
		});
		expect(at(d, 16)).toMatchObject({ dimensions: {}, value: 6.55 });
		expect(at(d, 16)?.geoCode).toBeUndefined();
		expect(at(d, 323)).toMatchObject({ period: { start: 2021 }, dimensions: {}, geoCode: 'K02000001', value: 4.2398, decimals: 4 });
	});

	it('reads indicator_15-2-1.csv (forest: several series and units, GeoCode, blank values)', () => {
		const d = read('indicator_15-2-1.csv');
		expect(d.observations).toHaveLength(420);
		expect(d.dimensions).toEqual(['Country']);
		expect(d.noteColumns).toEqual(['Unit measure', 'Unit multiplier', 'Observation status']);
		expect([d.hasSeries, d.hasUnits]).toEqual([true, true]);
		expect(d.observations.filter(isHeadline)).toHaveLength(104);
		expect(count(d.observations.map((o) => o.series))).toEqual({
			'1) Woodland area': 195,
			'2) Above-ground biomass stock': 9,
			'3) Percentage of woodland within protected areas': 8,
			'4) Percentage of woodland under long-term management plan': 8,
			'5) Woodland area under certification schemes': 200,
		});
		expect(count(d.observations.map((o) => o.unit))).toEqual({
			'Area (000s hectares)': 200,
			'Growth rate (%)': 95,
			'Tonnes per hectare': 9,
			'Percentage (%)': 116,
		});
		expect(count(d.observations.map((o) => o.geoCode))).toEqual({
			undefined: 104,
			E92000001: 79,
			N92000002: 79,
			S92000003: 79,
			W92000004: 79,
		});
		// 54 blank values, read as missing and never as 0.
		const blank = d.observations.filter((o) => o.text === '');
		expect(blank).toHaveLength(54);
		expect(blank.every((o) => o.value === null)).toBe(true);
		expect(d.observations.filter((o) => o.value === null)).toHaveLength(54);
		expect(at(d, 41)).toMatchObject({
			period: { start: 2004 },
			dimensions: { Country: 'Northern Ireland' },
			value: null,
			notes: { 'Observation status': 'Missing value' },
		});
		// A point followed by three digits is a decimal point here, not thousands.
		expect(at(d, 50)).toMatchObject({ value: 111.016, decimals: 3, text: '111.016' });
		expect(at(d, 148)).toMatchObject({ value: -0.18746975036550986, series: '1) Woodland area', unit: 'Growth rate (%)' });
		expect(new Set(d.observations.map((o) => o.period.start)).size).toBe(22);
	});

	it('reads indicator_3-1-1.csv (maternal mortality: rolling periods, sparse breakdowns)', () => {
		const d = read('indicator_3-1-1.csv');
		expect(d.observations).toHaveLength(225);
		expect(d.dimensions).toEqual(['Age', 'Country', 'Country of birth', 'Death classification', 'Deprivation quintile', 'Ethnicity']);
		expect(d.noteColumns).toEqual(['Observation status', 'Unit multiplier', 'Unit measure']);
		expect([d.hasSeries, d.hasUnits]).toEqual([true, true]);
		const headline = d.observations.filter(isHeadline);
		expect(headline).toHaveLength(28);
		expect(count(headline.map((o) => o.series))).toEqual({ 'Maternal mortality rate': 16, 'Maternal mortality ratio': 12 });
		expect(count(d.observations.map((o) => o.unit))).toEqual({
			'Rate per 100,000 maternities': 213,
			'Rate per 100,000 live births': 12,
		});
		expect(at(d, 2)).toMatchObject({
			period: { label: '2003-05', start: 2003, end: 2005 },
			series: 'Maternal mortality rate',
			dimensions: {},
			value: 13.95,
			notes: { 'Observation status': 'Definition differs' },
		});
		expect(at(d, 173)?.period).toEqual({ label: '1985-87', start: 1985, end: 1987 });
		expect(at(d, 215)).toMatchObject({
			period: { label: '2018-20', start: 2018, end: 2020 },
			dimensions: { Country: 'England', 'Deprivation quintile': 'Quintile 1 (least deprived)' },
			geoCode: 'E92000001',
			value: 7.12,
		});
		expect(d.observations.every((o) => o.value !== null)).toBe(true);
		expect(new Set(d.observations.map((o) => o.period.label)).size).toBe(22);
		expect(d.observations.every((o) => o.period.end === o.period.start + 2)).toBe(true);
	});
});
