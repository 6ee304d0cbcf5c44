import { describe, expect, it } from 'vitest';
import { comparePeriods, difference, lastN, latest, sortPoints, valued } from '../../../src/lib/assess/points.ts';
import { period, years } from './helpers.ts';

describe('comparePeriods', () => {
	it.each([
		['2022', '2023', -1],
		['2023', '2023', 0],
		['2023', '2023/24', -1],
		['2024', '2023/24', 1],
		['2003-05', '2004-06', -1],
	])('%s vs %s → sign %i', (a, b, sign) => {
		expect(Math.sign(comparePeriods(period(a), period(b)))).toBe(sign);
	});
});

describe('sortPoints / valued / latest', () => {
	const shuffled = [
		{ period: period('2024'), value: 3 },
		{ period: period('2022'), value: 1 },
		{ period: period('2025'), value: null },
		{ period: period('2023'), value: 2 },
	];

	it('sorts by time without changing the input', () => {
		expect(sortPoints(shuffled).map((p) => p.period.label)).toEqual(['2022', '2023', '2024', '2025']);
		expect(shuffled[0]!.period.label).toBe('2024');
	});

	it.each([
		['missing values dropped, in time order', shuffled, [1, 2, 3]],
		['empty', [], []],
		['all missing', years(2020, [null, null]), []],
		['a zero is a value, not a missing one', years(2020, [0, null, 5]), [0, 5]],
	])('valued: %s', (_, points, expected) => {
		expect(valued(points).map((p) => p.value)).toEqual(expected);
	});

	it.each([
		['the latest with a value, skipping a trailing gap', shuffled, '2024'],
		['a single point', years(2021, [7]), '2021'],
		['empty', [], undefined],
		['all missing', years(2020, [null]), undefined],
	])('latest: %s', (_, points, label) => {
		expect(latest(points)?.period.label).toBe(label);
	});
});

describe('lastN', () => {
	it.each([
		[[1, 2, 3, 4, 5], 4, [2, 3, 4, 5]],
		[[1, 2], 4, [1, 2]],
		[[], 4, []],
	])('%j, %i → %j', (items, n, expected) => {
		expect(lastN(items, n)).toEqual(expected);
	});
});

describe('difference', () => {
	it.each([
		[12.3, 12.2, 0.1],
		[50000, 45000, 5000],
		[10.5, 10.1, 0.4],
		[1, 1, 0],
		[0.1, 0.3, -0.2],
		[-0.5, -0.5, 0],
	])('%d − %d = %d', (a, b, expected) => {
		expect(difference(a, b)).toBe(expected);
	});

	it('never gives −0', () => {
		expect(Object.is(difference(-0.5, -0.5), 0)).toBe(true);
	});
});
