import type { IndicatorData } from '../schema/entries.ts';
import type { Assessment } from '../schema/status.ts';
import type { TranslationData } from '../schema/translations.ts';
import type { Translations } from './content.ts';
import type { Locale } from './locales.ts';

interface Translated {
	translations?: Translations;
}

/** What a page needs to say which language it shows a group's texts in. */
interface PageLocale {
	locale: Locale;
	source: Locale;
}

/** An entry's translation in the page's language, when the page is not in the original's. */
export const translationFor = (node: Translated, page: PageLocale) => (page.locale === page.source ? undefined : (node.translations?.[page.locale]?.data as TranslationData | undefined));

/**
 * An assessment as a page in another language shows it: the translation's motivation and author
 * where it gives them. `lang` is the original's language when the motivation is not translated.
 */
export function localAssessment(node: Translated, assessment: Assessment | undefined, page: PageLocale): { assessment: Assessment; lang?: Locale } | undefined {
	if (!assessment) return undefined;
	const t = translationFor(node, page)?.assessment;
	const translated = { ...assessment, ...(t?.motivation ? { motivation: t.motivation } : {}), ...(t?.by ? { by: t.by } : {}) };
	return { assessment: translated, ...(page.locale !== page.source && !t?.motivation ? { lang: page.source } : {}) };
}

type Source = NonNullable<IndicatorData['source']>;

/** An indicator's source in the page's language; `lang` is the original's when its note is not translated. */
export function localSource(node: Translated, source: Source | undefined, page: PageLocale): { source: Source; lang?: Locale } | undefined {
	if (!source) return undefined;
	const t = translationFor(node, page)?.source;
	const translated = { ...source, ...(t?.name ? { name: t.name } : {}), ...(t?.note ? { note: t.note } : {}) };
	return { source: translated, ...(page.locale !== page.source && source.note && !t?.note ? { lang: page.source } : {}) };
}
