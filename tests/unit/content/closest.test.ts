import { describe, expect, it } from 'vitest';
import { closest } from '../../../src/lib/content/closest.ts';

describe('closest', () => {
	it.each<[string, string, readonly string[], string | undefined]>([
		['one letter missing', 'natr', ['ekonomi', 'natur'], 'natur'],
		['one letter too many', 'stark-ekonomin', ['stark-ekonomi', 'en-kommun-for-alla'], 'stark-ekonomi'],
		['two letters swapped', 'besokare.cvs', ['besokare.csv', 'resultat.csv'], 'besokare.csv'],
		['another case', 'Natur', ['natur'], 'natur'],
		['å written as a', 'Utslapp', ['Gästnätter', 'Utsläpp'], 'Utsläpp'],
		['a field name in Swedish', 'titel', ['title', 'order', 'code', 'summary', 'assessment'], 'title'],
		['the exact word', 'natur', ['natur', 'natura'], 'natur'],
		['the first of two equally close', 'ab', ['ac', 'ad'], 'ac'],
		['a short word, two letters off', 'ab', ['cd'], 'cd'],
		['a short word, three letters off', 'abc', ['xyz'], undefined],
		['another word altogether', 'skola', ['ekonomi', 'natur'], undefined],
		['a long word, a third changed', 'abcdefghijkl', ['abcdefghxxxx'], 'abcdefghxxxx'],
		['a long word, more than a third changed', 'abcdefghijkl', ['abcdefgxxxxx'], undefined],
		['nothing to choose from', 'natur', [], undefined],
	])('%s', (_name, word, candidates, expected) => {
		expect(closest(word, candidates)).toBe(expected);
	});
});
