import { describe, expect, it } from 'vitest';
import { placeholderProblem } from '../../../src/lib/content/placeholders.ts';

describe('placeholderProblem', () => {
	it.each<[string, string, { line: number; message: string } | undefined]>([
		['none', 'Kontakta oss på info@kommun.se.\n', undefined],
		['a link is no placeholder', 'Se [fyllnadsval](https://val.se) och [Fyll i blanketten](/blankett/).\n', undefined],
		['one, on line 3', 'a\nb\nE-post: [fyll i e-postadress]\n', { line: 3, message: 'en platshållare är inte ifylld: "[fyll i e-postadress]". Sidan skulle publiceras med den texten.' }],
		[
			'two on one line and one below, counted apart, each line once',
			'Den [fyll i datum] och [fyll i: helt / delvis]\r\n\r\n[Fill in the date]\n',
			{ line: 1, message: '3 platshållare är inte ifyllda (rad 1 och 3), den första "[fyll i datum]". Sidan skulle publiceras med dem.' },
		],
		['a bracket never closed still counts', 'Telefon: [fyll i telefonnummer\n', { line: 1, message: 'en platshållare är inte ifylld: "[fyll i telefonnummer". Sidan skulle publiceras med den texten.' }],
	])('%s', (_, text, expected) => {
		const found = placeholderProblem(text);
		expect(found && { line: found.line, message: found.message }).toEqual(expected);
	});
});
