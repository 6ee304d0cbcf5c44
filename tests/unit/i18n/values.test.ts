import { describe, expect, it } from 'vitest';
import { columnLabel, valueIn } from '../../../src/lib/i18n/values.ts';

describe('valueIn', () => {
	it.each([
		['Kvinnor', 'en', 'Women'],
		['män', 'en', 'Men'],
		[' Riket ', 'en', 'Sweden'],
		['Totalt', 'en', 'Total'],
		['Liknande kommuner', 'en', 'Liknande kommuner'],
		['Smedjebackens kommun', 'en', 'Smedjebackens kommun'],
		['Kvinnor', 'sv', 'Kvinnor'],
	] as const)('%s in %s → %s', (value, locale, shown) => {
		expect(valueIn(value, locale)).toBe(shown);
	});
});

describe('columnLabel', () => {
	it('names each value of a column, in the file’s order of columns', () => {
		const column = { dimensions: { Kön: 'Kvinnor', Jämförelse: 'Riket' }, label: 'Kvinnor, Riket', cells: new Map() };
		expect(columnLabel(column, 'en')).toBe('Women, Sweden');
		expect(columnLabel(column, 'sv')).toBe('Kvinnor, Riket');
	});
});
