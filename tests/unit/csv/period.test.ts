import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod } from '../../../src/lib/data/period.ts';

describe('parsePeriod', () => {
	it.each([
		['2023', '2023', 2023, 2023],
		[' 2023 ', '2023', 2023, 2023],
		['2023/24', '2023/24', 2023, 2024],
		['2023/2024', '2023/2024', 2023, 2024],
		['1999/00', '1999/00', 1999, 2000],
		['2003-05', '2003-05', 2003, 2005],
		['2003-2005', '2003-2005', 2003, 2005],
		['1985-87', '1985-87', 1985, 1987],
		['1998-00', '1998-00', 1998, 2000],
		['2018-20', '2018-20', 2018, 2020],
	])('reads %j as %s, %i–%i', (text, label, start, end) => {
		expect(parsePeriod(text)).toEqual({ label, start, end });
	});

	it.each([
		[''],
		['   '],
		['23'],
		['202'],
		['20233'],
		['0999'],
		['2023/25'],
		['2023/2025'],
		['2023/23'],
		['2005-03'],
		['2005-2003'],
		['2005-2005'],
		['2003–05'],
		['2003 - 05'],
		['2023-01-01'],
		['2023 Q1'],
		['år 2023'],
		['2023.0'],
	])('rejects %j', (text) => {
		expect(parsePeriod(text)).toBeUndefined();
	});
});

describe('comparePeriods', () => {
	it('orders by start, then by end', () => {
		const labels = ['2004', '2003-05', '2003/04', '2003', '2002-04', '1999/00'];
		const sorted = labels
			.map((l) => parsePeriod(l)!)
			.sort(comparePeriods)
			.map((p) => p.label);
		expect(sorted).toEqual(['1999/00', '2002-04', '2003', '2003/04', '2003-05', '2004']);
	});

	it.each([
		['2003', '2003', 0],
		['2003', '2004', -1],
		['2004', '2003-05', 1],
		['2003/04', '2003-05', -1],
	])('compares %s with %s as %i', (a, b, sign) => {
		expect(Math.sign(comparePeriods(parsePeriod(a)!, parsePeriod(b)!))).toBe(sign);
	});
});
