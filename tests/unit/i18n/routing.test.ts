/**
 * The agreed URL scheme (every feature uses it): Swedish at the root, English under /en/ with
 * English words; the downloads are one set of files for both.
 */
import { describe, expect, it } from 'vitest';
import { RESERVED_PAGE_IDS } from '../../../src/lib/ids.ts';
import { href, paths } from '../../../src/lib/urls.ts';

describe('paths per language', () => {
	it.each<[string, () => string, () => string, string, string]>([
		['home', () => paths.home(), () => paths.home('en'), '', 'en/'],
		['area', () => paths.area('dialog'), () => paths.area('dialog', 'en'), 'omraden/dialog/', 'en/areas/dialog/'],
		['goal', () => paths.goal('stark-ekonomi'), () => paths.goal('stark-ekonomi', 'en'), 'mal/stark-ekonomi/', 'en/goals/stark-ekonomi/'],
		['strategies', () => paths.strategies(), () => paths.strategies('en'), 'strategier/', 'en/strategies/'],
		['strategy', () => paths.strategy('strategi-x'), () => paths.strategy('strategi-x', 'en'), 'strategier/#strategi-x', 'en/strategies/#strategi-x'],
		['indicators', () => paths.indicators(), () => paths.indicators('en'), 'indikatorer/', 'en/indicators/'],
		['indicator', () => paths.indicator('besokare'), () => paths.indicator('besokare', 'en'), 'indikatorer/besokare/', 'en/indicators/besokare/'],
		['free page', () => paths.page('om'), () => paths.page('om', 'en'), 'om/', 'en/om/'],
		['search', () => paths.search(), () => paths.search('en'), 'sok/', 'en/search/'],
		['print edition', () => paths.print(), () => paths.print('en'), 'utskrift/', 'en/print/'],
		['embed', () => paths.embed('besokare'), () => paths.embed('besokare', 'en'), 'indikatorer/besokare/inbaddning/', 'en/indicators/besokare/embed/'],
		['open data', () => paths.openData(), () => paths.openData('en'), 'oppna-data/', 'en/open-data/'],
	])('%s: %s', (_page, swedish, english, sv, en) => {
		expect(swedish()).toBe(sv);
		expect(english()).toBe(en);
		expect(href(english(), '/malbild/')).toBe(`/malbild/${en}`);
	});

	it('keeps one set of downloads for both languages', () => {
		expect([paths.indicatorCsv('besokare'), paths.indicatorJson('besokare'), paths.siteCsv()]).toEqual(['indikatorer/besokare.csv', 'indikatorer/besokare.json', 'data.csv']);
	});

	it('reserves the first folder of every page of both languages, so no free page takes it', () => {
		for (const id of ['omraden', 'mal', 'indikatorer', 'strategier', 'oppna-data', 'en', 'areas', 'goals', 'indicators', 'strategies', 'open-data', 'sok', 'search', 'utskrift', 'print', 'admin']) {
			expect(RESERVED_PAGE_IDS).toContain(id);
		}
	});
});
