import { describe, expect, test } from 'vitest';
import { countText, excerptParts, toHit } from '../../../src/lib/search/results.ts';
import { searchWords } from '../../../src/lib/i18n/search.ts';

describe('excerptParts', () => {
	test.for([
		['no match', 'Fler besökare', [{ text: 'Fler besökare', mark: false }]],
		['a marked word', 'Fler <mark>besökare</mark> i år', [
			{ text: 'Fler ', mark: false },
			{ text: 'besökare', mark: true },
			{ text: ' i år', mark: false },
		]],
		['two marks, one at the start', '<mark>Ekonomi</mark> och <mark>ekonomiskt</mark>', [
			{ text: 'Ekonomi', mark: true },
			{ text: ' och ', mark: false },
			{ text: 'ekonomiskt', mark: true },
		]],
		// Pagefind escapes the page's text; an escaped tag is text, shown as typed, never markup.
		['escaped markup stays text', '&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>mer</mark>', [
			{ text: '<script>alert(1)</script> & ', mark: false },
			{ text: 'mer', mark: true },
		]],
		['an unknown entity is left as it is', 'a &bogus; b', [{ text: 'a &bogus; b', mark: false }]],
		['empty', '', []],
	] as const)('%s', ([, excerpt, parts], { expect }) => {
		expect(excerptParts(excerpt)).toEqual(parts);
	});
});

describe('toHit', () => {
	test.for([
		[
			'an indicator with a status',
			{ url: '/indikatorer/besokare/', excerpt: '<mark>Besökare</mark>', meta: { title: 'Internationella besökare', level: 'Indikator', status: 'Delvis uppnått' } },
			{ href: '/indikatorer/besokare/', title: 'Internationella besökare', level: 'Indikator', status: 'Delvis uppnått', excerpt: [{ text: 'Besökare', mark: true }] },
		],
		[
			'a free page: no status',
			{ url: '/malbild/om/', excerpt: 'Om', meta: { title: 'Om målbilden', level: 'Sida' } },
			{ href: '/malbild/om/', title: 'Om målbilden', level: 'Sida', status: '', excerpt: [{ text: 'Om', mark: false }] },
		],
		[
			'a page without a title or level shows its address',
			{ url: '/x/', excerpt: '', meta: { title: '  ' } },
			{ href: '/x/', title: '/x/', level: '', status: '', excerpt: [] },
		],
	] as const)('%s', ([, data, hit], { expect }) => {
		expect(toHit(data)).toEqual(hit);
	});
});

describe('countText', () => {
	test.for([
		[0, 'sv', 'Inga träffar'],
		[1, 'sv', '1 träff'],
		[12, 'sv', '12 träffar'],
		[1200, 'sv', '1\u00a0200 träffar'],
		[0, 'en', 'No results'],
		[1, 'en', '1 result'],
		[1200, 'en', '1,200 results'],
	] as const)('%i (%s) → %s', ([n, locale, text], { expect }) => {
		expect(countText(n, searchWords[locale].count, locale)).toBe(text);
	});
});

test('the Swedish and English words have the same keys', () => {
	const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
	expect(keys(searchWords.en)).toEqual(keys(searchWords.sv));
});
