import { getModel } from '../site.ts';
import type { Locale } from './locales.ts';
import { otherLocales } from './site.ts';

/**
 * Whether the pages of another language are built: its routes (src/pages/en/) give no paths
 * when site.yaml does not publish it, so a one-language site stays as it was.
 */
export function builds(locale: Locale): boolean {
	return otherLocales(getModel().site).includes(locale);
}

/** The language of the root's pages: the site's default. */
export function rootLocale(): Locale {
	return getModel().site.locale;
}
