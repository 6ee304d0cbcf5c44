import type { Site } from '../schema/site.ts';
import type { Locale } from './locales.ts';

/** The languages a site is published in, the default first. */
export function publishedLocales(site: Pick<Site, 'locale' | 'locales'>): Locale[] {
	return [site.locale, ...(site.locales ?? []).filter((l) => l !== site.locale)];
}

/**
 * The languages that get their own pages beside the root: each published language but the
 * default. Only a Swedish site can have one so far (its English pages live under /en/); the
 * content check reports any other combination.
 */
export function otherLocales(site: Pick<Site, 'locale' | 'locales'>): Locale[] {
	return site.locale === 'sv' ? publishedLocales(site).filter((l) => l !== site.locale) : [];
}

/** Whether `locale`'s pages are built: the default always, another when site.yaml publishes it. */
export function isPublished(site: Pick<Site, 'locale' | 'locales'>, locale: Locale): boolean {
	return locale === site.locale || otherLocales(site).includes(locale);
}

/** The site's texts in one language: a field the translation leaves out keeps the default's, and `lang` says which fell back. */
export interface LocalSite {
	site: Site;
	/** The fields shown in the default language on a page of another, with that language. */
	lang: Partial<Record<'title' | 'description' | 'vision' | 'visionHeading' | 'levels', Locale>>;
}

export function localSite(site: Site, locale: Locale): LocalSite {
	if (locale === site.locale) return { site, lang: {} };
	const t = locale === 'en' ? site.translations?.en : undefined;
	const lang: LocalSite['lang'] = {};
	const pick = <K extends 'title' | 'description' | 'vision' | 'visionHeading'>(key: K): Site[K] => {
		const own = t?.[key];
		if (own !== undefined) return own as Site[K];
		if (site[key] !== undefined) lang[key] = site.locale;
		return site[key];
	};
	const levelKeys = ['area', 'goal', 'strategy', 'indicator'] as const;
	const levels = { ...site.levels };
	for (const key of levelKeys) {
		const own = t?.levels?.[key];
		if (own && site.levels[key]) levels[key] = own;
		else if (site.levels[key]) lang.levels = site.locale;
	}
	return {
		site: { ...site, title: pick('title'), description: pick('description'), vision: pick('vision'), visionHeading: pick('visionHeading'), levels: levels as Site['levels'] },
		lang,
	};
}
