import { describe, expect, it } from 'vitest';
import { isMunicipality, quartileOf, rankOf, ranksByYear } from '../../../src/lib/kolada/rank.ts';

const values = (list: [string, number | null][]) => list.map(([id, value]) => ({ id, value }));

describe('rankOf', () => {
	it.each([
		['higher is better', 'higher', [['a', 3], ['own', 5], ['b', 4]], { rank: 1, groupSize: 3 }],
		['lower is better', 'lower', [['a', 3], ['own', 5], ['b', 4]], { rank: 3, groupSize: 3 }],
		['ties share the best of their ranks', 'higher', [['a', 9], ['b', 5], ['own', 5], ['c', 1]], { rank: 2, groupSize: 4 }],
		['the one after a tie skips a rank', 'higher', [['a', 9], ['b', 9], ['own', 5]], { rank: 3, groupSize: 3 }],
		['missing values are not in the group', 'higher', [['a', null], ['b', 2], ['own', 1]], { rank: 2, groupSize: 2 }],
		['alone, first of one', 'lower', [['own', 7]], { rank: 1, groupSize: 1 }],
		['a repeated id counts once', 'higher', [['a', 9], ['a', 9], ['own', 5]], { rank: 2, groupSize: 2 }],
	] as const)('%s', (_, direction, list, expected) => {
		expect(rankOf(values(list as unknown as [string, number | null][]), 'own', direction)).toMatchObject(expected);
	});

	it('has no rank when the municipality has no value', () => {
		expect(rankOf(values([['a', 1], ['own', null]]), 'own', 'higher')).toBeUndefined();
		expect(rankOf(values([['a', 1]]), 'own', 'higher')).toBeUndefined();
	});

	it('keeps the value ranked', () => {
		expect(rankOf(values([['own', 4.5]]), 'own', 'higher')?.value).toBe(4.5);
	});
});

describe('quartileOf', () => {
	it.each([
		[1, 290, 1],
		[72, 290, 1],
		[73, 290, 2],
		[145, 290, 2],
		[146, 290, 3],
		[218, 290, 4],
		[290, 290, 4],
		[1, 1, 4],
		[1, 4, 1],
		[2, 4, 2],
		[4, 4, 4],
	])('rank %i of %i is quartile %i', (rank, size, quartile) => {
		expect(quartileOf(rank, size)).toBe(quartile);
	});
});

describe('isMunicipality', () => {
	it.each([
		['2023', true],
		['0114', true],
		['0000', false],
		['0020', false],
		['G12345', false],
		['202', false],
	])('%s: %s', (id, expected) => expect(isMunicipality(id)).toBe(expected));
});

describe('ranksByYear', () => {
	const rec = (municipality: string, period: number, value: number | null) => ({ kpi: 'N15508', municipality, period, values: [{ gender: 'T', value }, { gender: 'K', value: 999 }] });
	const records = [rec('2023', 2023, 5), rec('2061', 2023, 6), rec('0000', 2023, 100), rec('0020', 2023, 100), rec('G1', 2023, 100), rec('2023', 2024, null), rec('2061', 2024, 1)];

	it('ranks among municipalities only, on the total, year by year in order; no rank without an own value', () => {
		expect(ranksByYear(records, '2023', 'higher', [2024, 2023])).toEqual([
			{ year: 2023, rank: { rank: 2, groupSize: 2, quartile: 4, value: 5 } },
			{ year: 2024 },
		]);
	});

	it('ranks within a group, the municipality always included', () => {
		expect(ranksByYear(records, '2023', 'higher', [2023], (id) => id === '0000')[0]).toEqual({ year: 2023, rank: { rank: 2, groupSize: 2, quartile: 4, value: 5 } });
	});
});
