import { describe, expect, it } from 'vitest';
import { meantColumn, namesOf } from '../../../src/lib/data/columns.ts';

describe('meantColumn', () => {
	it.each([
		['Enheter', 'Enhet'],
		['Serier', 'Serie'],
		['Värden', 'Värde'],
		['Vrde', 'Värde'],
		['Years', 'Year'],
		['Kommentarer', 'Kommentar'],
		// Real breakdowns stay what they are.
		['Län', undefined],
		['Kön', undefined],
		['Ålder', undefined],
		['Kommun', undefined],
		['Jämförelse', undefined],
		['Region', undefined],
		// A known name is not a near miss of itself, in any letter case.
		['ENHET', undefined],
		['Ar', undefined],
	])('%s → %s', (name, meant) => {
		expect(meantColumn(name)).toBe(meant);
	});
});

describe('namesOf', () => {
	it('gives the names a role is read from, as written in a header', () => {
		expect(namesOf('year')).toEqual(['Year', 'År']);
		expect(namesOf('value')).toEqual(['Value', 'Värde']);
	});
});
