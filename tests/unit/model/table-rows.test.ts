import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import type { SeriesNode } from '../../../src/lib/model/build.ts';
import { buildTables } from '../../../src/lib/model/table.ts';
import { tableRows } from '../../../src/lib/model/table-rows.ts';

const seriesOf = (csv: string, unit?: string) => {
	const { dataset, problems } = readCsv(new TextEncoder().encode(csv), 'data/test.csv');
	expect(problems).toEqual([]);
	return { table: buildTables(dataset!)[0]!, unit } as unknown as SeriesNode;
};

describe('tableRows', () => {
	const cases: { name: string; csv: string; unit?: string; locale: 'sv' | 'en'; rows: string }[] = [
		{
			name: 'a row per period, the headline column first, values as the source wrote them',
			csv: 'Year,Jämförelse,Value\n2023,,12.50\n2023,Riket,11\n2024,,13\n2024,Riket,10.5',
			locale: 'sv',
			rows: '<tr><th scope="row">2023</th><td>12,50</td><td>11</td></tr><tr><th scope="row">2024</th><td>13</td><td>10,5</td></tr>',
		},
		{
			name: 'English numbers and the English word for a missing value',
			csv: 'Year,Jämförelse,Value\n2023,,1234.5\n2023,Riket,\n2024,,2000\n2024,Riket,3',
			locale: 'en',
			rows: '<tr><th scope="row">2023</th><td>1,234.5</td><td class="missing">Data missing</td></tr><tr><th scope="row">2024</th><td>2,000</td><td>3</td></tr>',
		},
		{
			name: 'a percentage with its sign, in Swedish "Uppgift saknas" for a missing value',
			csv: 'Year,Jämförelse,Value\n2024,,12.5\n2024,Riket,',
			unit: '%',
			locale: 'sv',
			rows: '<tr><th scope="row">2024</th><td>12,5\u00a0%</td><td class="missing">Uppgift saknas</td></tr>',
		},
	];
	for (const c of cases) {
		it(c.name, () => {
			expect(tableRows(seriesOf(c.csv, c.unit), c.locale)).toBe(c.rows);
		});
	}

	it('writes a series once per language, and each language in its own words', () => {
		const series = seriesOf('Year,Value\n2024,1000');
		const first = tableRows(series, 'sv');
		expect(tableRows(series, 'sv')).toBe(first);
		expect(tableRows(series, 'en')).toBe('<tr><th scope="row">2024</th><td>1,000</td></tr>');
	});
});
