/**
 * What the English pages show: the translation where there is one, else the Swedish text marked
 * as Swedish (so the page carries lang="sv" on it and says once that it falls back).
 */
import { describe, expect, it } from 'vitest';
import { anyFallback, bodyOf, fallbackOf, textOf, titleOf } from '../../../src/lib/i18n/content.ts';
import { localAssessment, localSource } from '../../../src/lib/i18n/entry-texts.ts';
import { isPublished, localSite, otherLocales, publishedLocales } from '../../../src/lib/i18n/site.ts';
import type { Site } from '../../../src/lib/schema/site.ts';

const translated = { data: { title: 'Dialog och samspel', summary: 'Hos oss …' }, body: 'Svensk text.', translations: { en: { file: 'areas/dialog.en.md', data: { title: 'Dialogue' }, body: 'English text.' } } };
const untranslated = { data: { title: 'Näringsliv' }, body: '' };
const titleOnly = { ...translated, translations: { en: { file: 'areas/dialog.en.md', data: { title: 'Dialogue' }, body: '  \n' } } };

describe('textOf and titleOf', () => {
	it.each<[string, object, string, string, { text: string; lang?: string } | undefined]>([
		['a Swedish page shows the original, unmarked', translated, 'title', 'sv', { text: 'Dialog och samspel' }],
		['an English page shows the translation, unmarked', translated, 'title', 'en', { text: 'Dialogue' }],
		['a field the translation leaves out falls back, marked Swedish', translated, 'summary', 'en', { text: 'Hos oss …', lang: 'sv' }],
		['an entry without translation falls back, marked Swedish', untranslated, 'title', 'en', { text: 'Näringsliv', lang: 'sv' }],
		['a field neither has is nothing', untranslated, 'summary', 'en', undefined],
	])('%s', (_name, node, field, locale, expected) => {
		expect(textOf(node as typeof translated, field, locale as 'sv' | 'en', 'sv')).toEqual(expected);
	});

	it('gives every entry a title', () => {
		expect(titleOf(untranslated, 'en', 'sv')).toEqual({ text: 'Näringsliv', lang: 'sv' });
	});
});

describe('bodyOf', () => {
	it.each<[string, object, string, ReturnType<typeof bodyOf>]>([
		['the translation’s body on the English page', translated, 'en', { translated: true, empty: false }],
		['the Swedish body on the Swedish page', translated, 'sv', { translated: false, lang: undefined, empty: false }],
		['a blank translated body falls back to the Swedish', titleOnly, 'en', { translated: false, lang: 'sv', empty: false }],
		['no body at all is empty, so nothing falls back', untranslated, 'en', { translated: false, lang: 'sv', empty: true }],
	])('%s', (_name, node, locale, expected) => {
		expect(bodyOf(node as typeof translated, locale as 'sv' | 'en', 'sv')).toEqual(expected);
	});
});

describe('anyFallback: the notice shows once when something on the page is Swedish', () => {
	it.each<[string, Parameters<typeof anyFallback>, boolean]>([
		['all translated', [{ text: 'a' }, { translated: true, empty: false }], false],
		['one title in Swedish', [{ text: 'a' }, { text: 'b', lang: 'sv' }], true],
		['a Swedish body', [{ translated: false, lang: 'sv', empty: false }], true],
		['an empty Swedish body does not count', [{ translated: false, lang: 'sv', empty: true }], false],
		['nothing', [undefined], false],
	])('%s', (_name, shown, expected) => {
		expect(anyFallback(...shown)).toBe(expected);
	});
});

describe('fallbackOf: the page says whether its own text or only parts of it are Swedish', () => {
	const swedish = { text: 'b', lang: 'sv' as const };
	it.each<[string, Parameters<typeof fallbackOf>, ReturnType<typeof fallbackOf>]>([
		['everything translated', [[{ text: 'a' }], [{ text: 'c' }]], undefined],
		['the title in Swedish', [[swedish], [{ text: 'c' }]], 'main'],
		['the body in Swedish, a list title too', [[{ text: 'a' }, { translated: false, lang: 'sv', empty: false }], [swedish]], 'main'],
		['only a source note in Swedish', [[{ text: 'a' }, { translated: true, empty: false }], [{ lang: 'sv' }]], 'parts'],
		['a list page with a Swedish title in it', [[], [{ text: 'a' }, swedish]], 'parts'],
		['an empty Swedish body and nothing else', [[{ translated: false, lang: 'sv', empty: true }], []], undefined],
	])('%s', (_name, args, expected) => {
		expect(fallbackOf(...args)).toBe(expected);
	});
});

describe('localAssessment and localSource: the texts of a translation, the facts of the original', () => {
	const assessment = { status: 'partly-achieved', motivation: 'Det går framåt.', date: '2026-03-12', by: 'Kommunstyrelsen' } as const;
	const source = { name: 'Exempeldata', note: 'Påhittade värden.', url: 'https://example.se/' };
	const translated = { translations: { en: { file: 'x.en.md', body: '', data: { assessment: { motivation: 'It is moving forward.' }, source: { note: 'Made-up values.' } } } } };
	const page = (locale: 'sv' | 'en') => ({ locale, source: 'sv' as const });
	it.each([
		['the Swedish page shows the original', localAssessment(translated, assessment, page('sv')), { assessment }],
		['a translated motivation, the rest from the original', localAssessment(translated, assessment, page('en')), { assessment: { ...assessment, motivation: 'It is moving forward.' } }],
		['no translation: the original, marked Swedish', localAssessment({}, assessment, page('en')), { assessment, lang: 'sv' }],
		['no assessment', localAssessment(translated, undefined, page('en')), undefined],
		['a translated note, the name and link from the original', localSource(translated, source, page('en')), { source: { ...source, note: 'Made-up values.' } }],
		['an untranslated note is marked Swedish', localSource({}, source, page('en')), { source, lang: 'sv' }],
		['a source without a note has nothing to mark', localSource({}, { name: 'SCB' }, page('en')), { source: { name: 'SCB' } }],
	])('%s', (_name, actual, expected) => {
		expect(actual).toEqual(expected);
	});
});

const site = {
	organisation: 'Provstads kommun',
	title: 'Målbild Provstad',
	vision: 'Provstad är hållbar.',
	locale: 'sv',
	locales: ['sv', 'en'],
	levels: { area: { singular: 'Målområde', plural: 'Målområden' }, indicator: { singular: 'Indikator', plural: 'Indikatorer' } },
	translations: { en: { title: 'Goals of Provstad', levels: { area: { singular: 'Goal area', plural: 'Goal areas' } } } },
} as unknown as Site;

describe('the site in another language', () => {
	it('takes the translated fields and marks what falls back', () => {
		const { site: english, lang } = localSite(site, 'en');
		expect(english.title).toBe('Goals of Provstad');
		expect(english.levels.area.plural).toBe('Goal areas');
		expect(english.vision).toBe('Provstad är hållbar.');
		expect(lang).toEqual({ vision: 'sv', levels: 'sv' });
	});

	it('is the original in its own language', () => {
		expect(localSite(site, 'sv')).toEqual({ site, lang: {} });
	});

	it.each<[string, Partial<Site>, string[], string[]]>([
		['one language by default', { locale: 'sv', locales: undefined }, ['sv'], []],
		['Swedish with English', { locale: 'sv', locales: ['sv', 'en'] }, ['sv', 'en'], ['en']],
		['the default listed last still comes first', { locale: 'sv', locales: ['en', 'sv'] }, ['sv', 'en'], ['en']],
		['an English site has no second edition yet', { locale: 'en', locales: ['en', 'sv'] }, ['en', 'sv'], []],
	])('%s', (_name, settings, published, others) => {
		const s = { ...site, ...settings } as Site;
		expect(publishedLocales(s)).toEqual(published);
		expect(otherLocales(s)).toEqual(others);
		expect(isPublished(s, 'en')).toBe(s.locale === 'en' || others.includes('en'));
	});
});
