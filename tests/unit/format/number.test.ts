import { describe, expect, it } from 'vitest';
import {
	decimalsOf,
	formatNumber,
	formatTarget,
	formatValue,
	formatWithUnit,
	formatYearlyTargets,
	type ValueFormat,
} from '../../../src/lib/format/number.ts';
import type { Target } from '../../../src/lib/schema/target.ts';

// Expected strings spell out U+00A0 (no-break space) and U+2212 (minus) so they can be seen.

describe('formatNumber', () => {
	it.each<[number, number, string]>([
		[50000, 0, '50\u00a0000'],
		[1234, 0, '1\u00a0234'],
		[999, 0, '999'],
		[1234567.5, 1, '1\u00a0234\u00a0567,5'],
		[12.5, 1, '12,5'],
		[12.5, 2, '12,50'],
		[12, 1, '12,0'],
		[0, 0, '0'],
		[-3, 0, '\u22123'],
		[-1234.25, 2, '\u22121\u00a0234,25'],
		[-0.04, 1, '0,0'],
		[0.125, 2, '0,13'],
	])('%d with %i decimals → %j', (value, decimals, expected) => {
		expect(formatNumber(value, decimals)).toBe(expected);
	});
});

describe('decimalsOf', () => {
	it.each<[number, number]>([
		[50000, 0],
		[12.5, 1],
		[-0.25, 2],
		[1.5e-7, 8],
		[1e21, 0],
	])('%d → %i', (value, expected) => {
		expect(decimalsOf(value)).toBe(expected);
	});
});

describe('formatValue', () => {
	it.each<[number | null, ValueFormat, string]>([
		[null, { decimals: 0 }, 'Uppgift saknas'],
		[null, { decimals: 1, unit: '%' }, 'Uppgift saknas'],
		[null, { decimals: 0, missing: 'Not available' }, 'Not available'],
		[50000, { decimals: 0, unit: 'm²' }, '50\u00a0000'],
		[12.5, { decimals: 1, percent: true }, '12,5\u00a0%'],
		[12.5, { decimals: 1, unit: '%' }, '12,5\u00a0%'],
		[12.5, { decimals: 2 }, '12,50'],
		[-2, { decimals: 0, percent: true }, '\u22122\u00a0%'],
		[0, { decimals: 0 }, '0'],
	])('%j %j → %j', (value, format, expected) => {
		expect(formatValue(value, format)).toBe(expected);
	});
});

describe('formatWithUnit', () => {
	it.each<[number, number, string | undefined, string]>([
		[50000, 0, 'm²', '50\u00a0000\u00a0m²'],
		[12.5, 1, '%', '12,5\u00a0%'],
		[100, 0, 'bostäder', '100\u00a0bostäder'],
		[100, 0, undefined, '100'],
		[100, 0, 'antal', '100'],
		[100, 0, 'Antal', '100'],
		[79, 0, 'placering', 'plats 79'],
		[1200, 0, 'Plats', 'plats 1\u00a0200'],
	])('%d, %i decimals, %s → %j', (value, decimals, unit, expected) => {
		expect(formatWithUnit(value, decimals, unit)).toBe(expected);
	});
});

describe('formatTarget', () => {
	it.each<[Target, string | undefined, string]>([
		[{ kind: 'at-least', value: 50000 }, 'm²', 'Minst 50\u00a0000\u00a0m²'],
		[{ kind: 'at-least', value: 50000, year: 2030 }, 'm²', 'Minst 50\u00a0000\u00a0m² år 2030'],
		[{ kind: 'at-least', value: 12.5 }, '%', 'Minst 12,5\u00a0%'],
		[{ kind: 'at-least', value: 100 }, 'antal', 'Minst 100'],
		[{ kind: 'at-most', value: 5 }, '%', 'Högst 5\u00a0%'],
		[{ kind: 'at-most', value: 5, year: 2025 }, undefined, 'Högst 5 år 2025'],
		[{ kind: 'rank-at-most', value: 100 }, 'plats', 'Topp 100'],
		[{ kind: 'rank-at-most', value: 50, year: 2030 }, undefined, 'Topp 50 år 2030'],
		[{ kind: 'top-share', share: 25, groupSize: 290 }, undefined, 'Bland de 25\u00a0% bästa av 290 (plats 72 eller bättre)'],
		[{ kind: 'top-share', share: 12.5, groupSize: 1200 }, undefined, 'Bland de 12,5\u00a0% bästa av 1\u00a0200 (plats 150 eller bättre)'],
		[{ kind: 'compare', relation: 'above', against: 'Riket' }, '%', 'Högre än Riket'],
		[{ kind: 'compare', relation: 'below', against: 'Riket' }, undefined, 'Lägre än Riket'],
		[{ kind: 'compare', relation: 'above', against: 'Länet', from: 2020 }, undefined, 'Högre än Länet från 2020'],
		[{ kind: 'increase' }, 'bostäder', 'Ökning varje år'],
		[{ kind: 'increase', from: 2022 }, undefined, 'Ökning varje år från 2022'],
		[{ kind: 'decrease' }, undefined, 'Minskning varje år'],
		[{ kind: 'positive' }, 'kr', 'Över noll varje år'],
		// Yearly targets are listed separately, so they do not change the sentence.
		[{ kind: 'at-least', value: 50000, year: 2030, yearly: { '2023': 40000 } }, 'm²', 'Minst 50\u00a0000\u00a0m² år 2030'],
	])('%j (%s) → %j', (target, unit, expected) => {
		expect(formatTarget(target, unit)).toBe(expected);
	});
});

describe('formatYearlyTargets', () => {
	it.each<[Record<string, number> | undefined, string | undefined, string]>([
		[{ '2023': 40000, '2024': 45000 }, 'm²', '2023: 40\u00a0000\u00a0m², 2024: 45\u00a0000\u00a0m²'],
		[{ '2025': 3.5, '2024': 4 }, '%', '2024: 4\u00a0%, 2025: 3,5\u00a0%'],
		[{ '2024': 10 }, undefined, '2024: 10'],
		[{}, 'm²', ''],
		[undefined, 'm²', ''],
	])('%j %s → %j', (yearly, unit, expected) => {
		expect(formatYearlyTargets(yearly, unit)).toBe(expected);
	});
});
