import { words, type Words } from '../format/words.ts';
import { getModel } from '../site.ts';
import { bodyOf, textOf, titleOf, type Shown } from './content.ts';
import type { Locale } from './locales.ts';
import { localSite, otherLocales, type LocalSite } from './site.ts';
import { uiWords, type UiWords } from './ui.ts';

/** Everything a page needs to speak one language: its words, the site's texts, and the edition its links stay in. */
export interface PageLanguage {
	locale: Locale;
	/** The language the content is written in (site.yaml `locale`). */
	source: Locale;
	/**
	 * The URL scheme the page's links use (src/lib/urls.ts): the root has the Swedish one whatever
	 * its language, another language its own under /<lang>/.
	 */
	edition: Locale;
	/** For a text that is never translated (a motivation, a note): the language it is in, when it is not the page's. */
	original: Locale | undefined;
	ui: UiWords;
	words: Words;
	site: LocalSite['site'];
	siteLang: LocalSite['lang'];
	/** Every language with pages of its own, the page's own included, the root's first. */
	published: Locale[];
	title(node: Parameters<typeof titleOf>[0]): Shown;
	text(node: Parameters<typeof textOf>[0], field: string): Shown | undefined;
	body(node: Parameters<typeof bodyOf>[0]): ReturnType<typeof bodyOf>;
}

export function pageLanguage(locale: Locale): PageLanguage {
	const { site: original } = getModel();
	const source = original.locale;
	const { site, lang } = localSite(original, locale);
	return {
		locale,
		source,
		edition: locale === source ? 'sv' : locale,
		original: locale === source ? undefined : source,
		ui: uiWords[locale],
		words: words[locale],
		site,
		siteLang: lang,
		published: [source, ...otherLocales(original)],
		title: (node) => titleOf(node, locale, source),
		text: (node, field) => textOf(node, field, locale, source),
		body: (node) => bodyOf(node, locale, source),
	};
}

/** The edition of a published language: the default's pages are at the root. */
export function editionOf(locale: Locale, source: Locale): Locale {
	return locale === source ? 'sv' : locale;
}
