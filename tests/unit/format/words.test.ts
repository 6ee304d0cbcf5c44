import { describe, expect, it } from 'vitest';
import { fill, missingValue, statusLabels, sv, trendLabels } from '../../../src/lib/format/words.ts';
import { statusCodes, trendCodes } from '../../../src/lib/schema/status.ts';
import { formatTarget } from '../../../src/lib/format/number.ts';

describe('Swedish words', () => {
	it.each([
		['achieved', 'Uppnått'],
		['partly-achieved', 'Delvis uppnått'],
		['not-achieved', 'Ej uppnått'],
		['unassessed', 'Bedömning saknas'],
	] as const)('status %s → %s', (code, label) => {
		expect(statusLabels[code]).toBe(label);
	});

	it.each([
		['positive', 'Positiv utveckling'],
		['unchanged', 'Ingen förändring'],
		['negative', 'Negativ utveckling'],
		['no-data', 'Data saknas'],
	] as const)('trend %s → %s', (code, label) => {
		expect(trendLabels[code]).toBe(label);
	});

	it('has a label for every status and trend code, and the missing-value text', () => {
		expect(Object.keys(statusLabels).sort()).toEqual([...statusCodes].sort());
		expect(Object.keys(trendLabels).sort()).toEqual([...trendCodes].sort());
		expect(missingValue).toBe('Uppgift saknas');
	});
});

describe('fill', () => {
	it.each([
		['Minst {value}', { value: '5' }, 'Minst 5'],
		['{text} år {year}', { text: 'Topp 10', year: '2030' }, 'Topp 10 år 2030'],
		['Okänd {name}', {}, 'Okänd {name}'],
	])('%j', (template, values, expected) => {
		expect(fill(template, values)).toBe(expected);
	});
});

it('a translation replaces the words without code changes', () => {
	const en = { ...sv, target: { ...sv.target, 'at-least': 'At least {value}', byYear: '{text} by {year}' } };
	expect(formatTarget({ kind: 'at-least', value: 5, year: 2030 }, '%', en)).toBe('At least 5\u00a0% by 2030');
});
