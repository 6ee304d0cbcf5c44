import type { Locale } from './i18n/locales.ts';

/**
 * Site-relative paths for every kind of page, so a sub-path deployment (`/malbild/`) needs no other
 * change. The last argument is the edition: Swedish (the default) at the root with Swedish words,
 * English under `en/` with English words — the URL scheme all features share. The downloads are
 * the same files for both editions.
 */
const slugs = {
	sv: { prefix: '', area: 'omraden', goal: 'mal', indicators: 'indikatorer', strategies: 'strategier', search: 'sok', print: 'utskrift', embed: 'inbaddning' },
	en: { prefix: 'en/', area: 'areas', goal: 'goals', indicators: 'indicators', strategies: 'strategies', search: 'search', print: 'print', embed: 'embed' },
} as const satisfies Record<Locale, Record<string, string>>;

export const paths = {
	home: (locale: Locale = 'sv') => slugs[locale].prefix,
	area: (id: string, locale: Locale = 'sv') => `${slugs[locale].prefix}${slugs[locale].area}/${id}/`,
	goal: (id: string, locale: Locale = 'sv') => `${slugs[locale].prefix}${slugs[locale].goal}/${id}/`,
	indicators: (locale: Locale = 'sv') => `${slugs[locale].prefix}${slugs[locale].indicators}/`,
	indicator: (id: string, locale: Locale = 'sv') => `${slugs[locale].prefix}${slugs[locale].indicators}/${id}/`,
	indicatorCsv: (id: string) => `indikatorer/${id}.csv`,
	indicatorJson: (id: string) => `indikatorer/${id}.json`,
	indicatorXlsx: (id: string) => `indikatorer/${id}.xlsx`,
	strategies: (locale: Locale = 'sv') => `${slugs[locale].prefix}${slugs[locale].strategies}/`,
	strategy: (id: string, locale: Locale = 'sv') => `${slugs[locale].prefix}${slugs[locale].strategies}/#${id}`,
	page: (id: string, locale: Locale = 'sv') => `${slugs[locale].prefix}${id}/`,
	search: (locale: Locale = 'sv') => `${slugs[locale].prefix}${slugs[locale].search}/`,
	print: (locale: Locale = 'sv') => `${slugs[locale].prefix}${slugs[locale].print}/`,
	/** One area's print edition (src/lib/print-edition.ts). */
	printArea: (id: string, locale: Locale = 'sv') => `${slugs[locale].prefix}${slugs[locale].print}/${id}/`,
	embed: (id: string, locale: Locale = 'sv') => `${slugs[locale].prefix}${slugs[locale].indicators}/${id}/${slugs[locale].embed}/`,
	/** The open-data page; the site-wide downloads (src/lib/open-data) are shared by both editions. */
	openData: (locale: Locale = 'sv') => (locale === 'sv' ? 'oppna-data/' : `${slugs[locale].prefix}open-data/`),
	siteCsv: () => 'data.csv',
	indicatorIndex: () => 'indikatorer.json',
	dcat: () => 'dcat.rdf',
} as const;

/** A path under the site's base, e.g. "/malbild/omraden/dialog/". */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
