import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import type { SeriesNode } from '../../../src/lib/model/build.ts';
import { chartData, genderOf } from '../../../src/lib/model/chart-data.ts';
import { buildTables } from '../../../src/lib/model/table.ts';

const tableOf = (csv: string) => {
	const { dataset, problems } = readCsv(new TextEncoder().encode(csv), 'data/test.csv');
	expect(problems).toEqual([]);
	return buildTables(dataset!)[0]!;
};
const chart = (csv: string) =>
	chartData({ table: tableOf(csv) } as unknown as SeriesNode, { headlineLabel: 'Kommunen', type: 'line', targetLabel: 'Målvärde', sample: false, brand: '#1f4e79' });

describe('chartData: gender lines', () => {
	// As `npm run data:kolada` writes it with two comparisons and gender: seven columns.
	const kolada = [
		'Year,Jämförelse,Kön,Value',
		'2024,,,76.4',
		'2024,,Kvinnor,79',
		'2024,,Män,73.9',
		'2024,Riket,,74.6',
		'2024,Riket,Kvinnor,77.3',
		'2024,Riket,Män,72',
		'2024,Liknande kommuner,,73.1',
	].join('\n');

	it('marks each gender line and puts the totals first, so no comparison is cut', () => {
		const data = chart(kolada);
		expect(data.datasets.map((d) => [d.label, d.gender ?? null])).toEqual([
			['Kommunen', null],
			['Riket', null],
			['Liknande kommuner', null],
			['Kvinnor', 'Kvinnor'],
			['Män', 'Män'],
			['Riket, Kvinnor', 'Kvinnor'],
			['Riket, Män', 'Män'],
		]);
		// Only the gender lines carry the key: the JSON stays small.
		expect(Object.keys(data.datasets[0]!)).not.toContain('gender');
	});

	it('recognises Sex with Female and Male too, and nothing else', () => {
		const data = chart(['Year,Sex,Område,Value', '2024,,,1', '2024,Female,,2', '2024,Male,,3', '2024,,Norr,4'].join('\n'));
		expect(data.datasets.map((d) => d.gender ?? null)).toEqual([null, null, 'Kvinnor', 'Män']);
		expect(genderOf({ dimensions: { Område: 'Kvinnor' }, label: 'Kvinnor', cells: new Map() })).toBeUndefined();
	});

	it('gives no line a gender when there is no gender breakdown', () => {
		expect(chart(['Year,Jämförelse,Value', '2024,,1', '2024,Riket,2'].join('\n')).datasets.some((d) => d.gender)).toBe(false);
	});
});

describe('chartData: the target line', () => {
	const csv = ['Year,Value', '2022,90', '2023,80', '2024,75'].join('\n');
	const withTarget = (target: unknown) =>
		chartData({ table: tableOf(csv), target } as unknown as SeriesNode, { headlineLabel: 'Kommunen', type: 'line', targetLabel: 'Målvärde', sample: false, brand: '#1f4e79' });

	it.each([
		['a level target, at its value', { kind: 'at-least', value: 80 }, [80, 80, 80]],
		['yearly targets, stepping by year', { kind: 'at-most', value: 70, yearly: { '2023': 85 } }, [70, 85, 70]],
		['a rank target, at the rank', { kind: 'rank-at-most', value: 100 }, [100, 100, 100]],
		// 25 % of 290 is 72.5: place 72 is the worst that meets it, as the status is assessed.
		['a top-share target, at the worst rank that meets it', { kind: 'top-share', share: 25, groupSize: 290 }, [72, 72, 72]],
		['no line for a rule without a level', { kind: 'increase' }, undefined],
		['no line for a comparison', { kind: 'compare', relation: 'higher', against: 'Riket' }, undefined],
	])('%s', (_name, target, line) => {
		const data = withTarget(target);
		expect(data.target?.data).toEqual(line);
		expect(data.reverse).toBe(target.kind === 'rank-at-most' || target.kind === 'top-share');
	});
});
