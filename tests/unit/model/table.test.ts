import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import { buildTables, columnPoints, isHeadline } from '../../../src/lib/model/table.ts';

const dataset = (csv: string) => {
	const { dataset, problems } = readCsv(new TextEncoder().encode(csv), 'data/test.csv');
	expect(problems).toEqual([]);
	return dataset!;
};

describe('buildTables', () => {
	const csv = [
		'År;Serie;Kön;Jämförelse;Värde',
		'2024;Grundskolan;;;79,1',
		'2023;Grundskolan;;;78,5',
		'2023;Grundskolan;Kvinnor;;82,6',
		'2023;Grundskolan;;Riket;74,6',
		'2024;Grundskolan;;Riket;..',
		'2023;Gymnasiet;;;70',
	].join('\n');
	const tables = buildTables(dataset(csv));

	it('makes one table per series, in file order', () => {
		expect(tables.map((t) => t.series)).toEqual(['Grundskolan', 'Gymnasiet']);
	});

	it('sorts periods in time whatever the file order', () => {
		expect(tables[0]!.periods.map((p) => p.label)).toEqual(['2023', '2024']);
	});

	it('puts the headline first, then each breakdown as a labelled column', () => {
		expect(tables[0]!.columns.map((c) => [isHeadline(c), c.label])).toEqual([
			[true, ''],
			[false, 'Kvinnor'],
			[false, 'Riket'],
		]);
	});

	it('puts every observation in exactly one cell', () => {
		const cells = tables.flatMap((t) => t.columns.flatMap((c) => [...c.cells.values()]));
		expect(cells).toHaveLength(6);
		expect(new Set(cells.map((o) => o.line)).size).toBe(6);
	});

	it.each([
		['headline', 0, [78.5, 79.1]],
		['comparison with a missing value', 2, [74.6, null]],
	])('gives the %s column as points in time order', (_, index, values) => {
		const table = tables[0]!;
		expect(columnPoints(table, table.columns[index]!).map((p) => p.value)).toEqual(values);
	});
});
