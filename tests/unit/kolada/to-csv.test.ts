import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import type { KoladaRecord } from '../../../src/lib/kolada/client.ts';
import { formatValue, toCsv, type CsvInput } from '../../../src/lib/kolada/to-csv.ts';

/** A record: `[gender, value]` pairs for one area and year. */
const rec = (municipality: string, period: number, ...values: [string, number | null][]): KoladaRecord => ({
	kpi: 'N15508',
	municipality,
	period,
	values: values.map(([gender, value]) => ({ gender, value })),
});

const base: Omit<CsvInput, 'records'> = { municipality: '2023', comparisons: [], gender: false };

describe('toCsv', () => {
	it.each<[string, Partial<CsvInput> & { records: KoladaRecord[] }, string]>([
		['the own total as headline rows, years in order', { records: [rec('2023', 2024, ['T', 76.4]), rec('2023', 2022, ['T', 74.1])] }, 'Year,Value\n2022,74.1\n2024,76.4\n'],
		['a missing value as an empty cell, never 0', { records: [rec('2023', 2021, ['T', null]), rec('2023', 2022, ['T', 0])] }, 'Year,Value\n2021,\n2022,0\n'],
		[
			'comparisons under Jämförelse, in the order listed, after the municipality',
			{
				comparisons: [
					{ id: 'G12345', label: 'Liknande kommuner' },
					{ id: '0000', label: 'Riket' },
				],
				records: [rec('0000', 2023, ['T', 74]), rec('G12345', 2023, ['T', 72.6]), rec('2023', 2023, ['T', 75])],
			},
			'Year,Jämförelse,Value\n2023,,75\n2023,Liknande kommuner,72.6\n2023,Riket,74\n',
		],
		[
			'women and men under Kön when asked for; T is the total',
			{ gender: true, comparisons: [{ id: '0000', label: 'Riket' }], records: [rec('2023', 2023, ['M', 71.9], ['T', 75], ['K', 78.2]), rec('0000', 2023, ['T', 74], ['K', 76.8], ['M', 71.3])] },
			'Year,Jämförelse,Kön,Value\n2023,,,75\n2023,,Kvinnor,78.2\n2023,,Män,71.9\n2023,Riket,,74\n2023,Riket,Kvinnor,76.8\n2023,Riket,Män,71.3\n',
		],
		['no Kön when gender is off, even if Kolada has it', { records: [rec('2023', 2023, ['T', 75], ['K', 78.2], ['M', 71.9])] }, 'Year,Value\n2023,75\n'],
		['no Kön column when gender is on but Kolada has only totals', { gender: true, records: [rec('2023', 2023, ['T', 75])] }, 'Year,Value\n2023,75\n'],
		['areas not asked for are left out', { records: [rec('2023', 2023, ['T', 75]), rec('2061', 2023, ['T', 80])] }, 'Year,Value\n2023,75\n'],
		['years before `from` are left out', { from: 2023, records: [rec('2023', 2022, ['T', 74.1]), rec('2023', 2023, ['T', 75])] }, 'Year,Value\n2023,75\n'],
		['a duplicate from the API is written once', { records: [rec('2023', 2023, ['T', 75]), rec('2023', 2023, ['T', 75])] }, 'Year,Value\n2023,75\n'],
		[
			'labels with a comma or a quote are quoted by the CSV writer',
			{ comparisons: [{ id: '0000', label: 'Riket, "alla"' }], records: [rec('2023', 2023, ['T', 1]), rec('0000', 2023, ['T', 2])] },
			'Year,Jämförelse,Value\n2023,,1\n2023,"Riket, ""alla""",2\n',
		],
		[
			'a rank series after the KPI series, with its note',
			{
				series: 'N15508',
				records: [rec('2023', 2023, ['T', 75]), rec('2023', 2024, ['T', 76.4])],
				rank: {
					series: 'Placering',
					years: [
						{ year: 2024, rank: { rank: 1, groupSize: 40, quartile: 1, value: 76.4 }, among: 'alla kommuner' },
						{ year: 2023, among: 'alla kommuner' },
					],
				},
			},
			'Year,Series,COMMENT_OBS,Value\n2023,N15508,,75\n2024,N15508,,76.4\n2023,Placering,,\n2024,Placering,"Plats 1 av 40 (alla kommuner), kvartil 1. Egen bearbetning av data från Kolada.",1\n',
		],
	])('%s', (_, input, expected) => {
		expect(toCsv({ ...base, ...input }).csv).toBe(expected);
	});

	it('gives the same bytes whatever order Kolada sends the values in', () => {
		const records = [rec('2023', 2024, ['K', 1], ['T', 2]), rec('0000', 2022, ['M', 3], ['T', 4]), rec('2023', 2022, ['T', 5], ['M', 6]), rec('0000', 2024, ['T', 7])];
		const input = { ...base, gender: true, comparisons: [{ id: '0000', label: 'Riket' }] };
		const first = toCsv({ ...input, records }).csv;
		expect(toCsv({ ...input, records: [...records].reverse() }).csv).toBe(first);
		expect(toCsv({ ...input, records: [records[2]!, records[0]!, records[3]!, records[1]!] }).csv).toBe(first);
	});

	it('counts rows and years', () => {
		const { rows, years } = toCsv({ ...base, comparisons: [{ id: '0000', label: 'Riket' }], records: [rec('2023', 2024, ['T', 1]), rec('0000', 2022, ['T', 2])] });
		expect([rows, years]).toEqual([2, [2022, 2024]]);
	});

	it('is read by the build with no problem, every value as Kolada gave it', () => {
		const records = [rec('2023', 2021, ['T', null], ['K', 76.3], ['M', null]), rec('2023', 2022, ['T', 74.1], ['K', 77.9], ['M', 70.4]), rec('0000', 2022, ['T', -0.25]), rec('G12345', 2022, ['T', 1234567.891])];
		const { csv } = toCsv({
			...base,
			gender: true,
			comparisons: [
				{ id: '0000', label: 'Riket' },
				{ id: 'G12345', label: 'Liknande kommuner' },
			],
			records,
		});
		const { dataset, problems } = readCsv(new TextEncoder().encode(csv), 'data/x.csv');
		expect(problems).toEqual([]);
		expect(dataset!.dimensions).toEqual(['Jämförelse', 'Kön']);
		expect(dataset!.observations.map((o) => [o.period.label, o.dimensions, o.value])).toEqual([
			['2021', {}, null],
			['2022', {}, 74.1],
			['2021', { Kön: 'Kvinnor' }, 76.3],
			['2022', { Kön: 'Kvinnor' }, 77.9],
			['2021', { Kön: 'Män' }, null],
			['2022', { Kön: 'Män' }, 70.4],
			['2022', { Jämförelse: 'Riket' }, -0.25],
			['2022', { Jämförelse: 'Liknande kommuner' }, 1234567.891],
		]);
	});
});

describe('formatValue', () => {
	it.each([
		[12.5, '12.5'],
		[-3.25, '-3.25'],
		[0, '0'],
		[-0, '0'],
		[1e21, '1000000000000000000000'],
		[1e-7, '0.0000001'],
		[null, ''],
		[Number.NaN, ''],
	])('%s → %j', (value, text) => {
		expect(formatValue(value)).toBe(text);
	});
});
