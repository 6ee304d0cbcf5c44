/**
 * Numbers, percentages, targets and dates per language: Swedish "50 000" and "12,5 %" (U+00A0,
 * minus U+2212), English "50,000" and "12.5%". Each row is a value and what a reader of each
 * language sees.
 */
import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber, formatTarget, formatValue, formatWithUnit, formatYearlyTargets } from '../../../src/lib/format/number.ts';
import { en, sv } from '../../../src/lib/format/words.ts';
import type { Target } from '../../../src/lib/schema/target.ts';

describe('formatNumber per language', () => {
	it.each<[number, number, string, string]>([
		[50000, 0, '50\u00a0000', '50,000'],
		[1234567.5, 1, '1\u00a0234\u00a0567,5', '1,234,567.5'],
		[12.5, 1, '12,5', '12.5'],
		[12, 1, '12,0', '12.0'],
		[-3, 0, '\u22123', '-3'],
		[-1234.25, 2, '\u22121\u00a0234,25', '-1,234.25'],
		[-0.04, 1, '0,0', '0.0'],
		[999, 0, '999', '999'],
	])('%d (%i decimals): sv %j, en %j', (value, decimals, swedish, english) => {
		expect(formatNumber(value, decimals, 'sv')).toBe(swedish);
		expect(formatNumber(value, decimals, 'en')).toBe(english);
	});
});

describe('formatValue per language (a table cell)', () => {
	it.each<[number | null, { decimals: number; unit?: string; percent?: boolean }, string, string]>([
		[12.5, { decimals: 1, percent: true }, '12,5\u00a0%', '12.5%'],
		[12.5, { decimals: 1, unit: '%' }, '12,5\u00a0%', '12.5%'],
		[50000, { decimals: 0, unit: 'm²' }, '50\u00a0000', '50,000'],
		[null, { decimals: 0 }, 'Uppgift saknas', 'Data missing'],
	])('%j %j: sv %j, en %j', (value, format, swedish, english) => {
		expect(formatValue(value, { ...format, locale: 'sv' })).toBe(swedish);
		expect(formatValue(value, { ...format, locale: 'en' })).toBe(english);
	});
});

describe('formatWithUnit per language (running text)', () => {
	it.each<[number, number, string | undefined, string, string]>([
		[50000, 0, 'm²', '50\u00a0000\u00a0m²', '50,000\u00a0m²'],
		[12.5, 1, '%', '12,5\u00a0%', '12.5%'],
		[100, 0, 'antal', '100', '100'],
		[79, 0, 'placering', 'plats 79', 'rank 79'],
	])('%d %s: sv %j, en %j', (value, decimals, unit, swedish, english) => {
		expect(formatWithUnit(value, decimals, unit, sv)).toBe(swedish);
		expect(formatWithUnit(value, decimals, unit, en)).toBe(english);
	});
});

describe('formatTarget per language', () => {
	it.each<[Target, string | undefined, string, string]>([
		[{ kind: 'at-least', value: 50000, year: 2030 } as Target, 'm²', 'Minst 50\u00a0000\u00a0m² år 2030', 'At least 50,000\u00a0m² by 2030'],
		[{ kind: 'at-most', value: 12.5 } as Target, '%', 'Högst 12,5\u00a0%', 'At most 12.5%'],
		[{ kind: 'rank-at-most', value: 100 } as Target, 'placering', 'Topp 100', 'Top 100'],
		[{ kind: 'top-share', share: 25, groupSize: 1290 } as Target, undefined, 'Bland de 25\u00a0% bästa av 1\u00a0290 (plats 322 eller bättre)', 'Among the best 25% of 1,290 (place 322 or better)'],
		[{ kind: 'compare', relation: 'above', against: 'Riket', from: 2020 } as Target, undefined, 'Högre än Riket från 2020', 'Higher than Riket from 2020'],
		[{ kind: 'increase' } as Target, undefined, 'Ökning varje år', 'An increase every year'],
		[{ kind: 'positive' } as Target, undefined, 'Över noll varje år', 'Above zero every year'],
	])('%j %s', (target, unit, swedish, english) => {
		expect(formatTarget(target, unit, sv)).toBe(swedish);
		expect(formatTarget(target, unit, en)).toBe(english);
	});

	it('lists yearly targets in each language', () => {
		const yearly = { '2024': 45000, '2023': 40000.5 };
		expect(formatYearlyTargets(yearly, 'm²', sv)).toBe('2023: 40\u00a0000,5\u00a0m², 2024: 45\u00a0000\u00a0m²');
		expect(formatYearlyTargets(yearly, 'm²', en)).toBe('2023: 40,000.5\u00a0m², 2024: 45,000\u00a0m²');
	});
});

describe('formatDate per language', () => {
	it.each<[string, string, string]>([
		['2026-11-22T10:00:00Z', '22 november 2026', '22 November 2026'],
		['2024-01-01T00:30:00Z', '1 januari 2024', '1 January 2024'],
		// UTC: the same text wherever the build runs.
		['2023-12-31T23:59:00Z', '31 december 2023', '31 December 2023'],
	])('%s: sv %j, en %j', (iso, swedish, english) => {
		expect(formatDate(new Date(iso), 'sv')).toBe(swedish);
		expect(formatDate(new Date(iso), 'en')).toBe(english);
	});
});

describe('formatList per language', () => {
	it.each([
		[[], '', ''],
		[['2023'], '2023', '2023'],
		[['2021', '2023'], '2021 och 2023', '2021 and 2023'],
		[['a.se', 'b.se', 'c.se'], 'a.se, b.se och c.se', 'a.se, b.se and c.se'],
	])('%j', (items, swedish, english) => {
		expect(formatList(items, 'sv')).toBe(swedish);
		expect(formatList(items, 'en')).toBe(english);
	});
});
