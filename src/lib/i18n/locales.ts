/** The languages a site can be published in. Swedish is every example site's default. */
export const locales = ['sv', 'en'] as const;
export type Locale = (typeof locales)[number];

/** The Intl locale that formats numbers and dates the way each language's readers expect. */
export const intlLocale: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Each language's name in its own language, for the switcher (a reader looks for their own). */
export const localeNames: Record<Locale, string> = { sv: 'Svenska', en: 'English' };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
