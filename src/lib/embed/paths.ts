/**
 * The addresses of the embed pages and of the indicator pages they link back to, per locale, by
 * the agreed URL scheme (Swedish at the root, English under /en/). Kept here until the locale-aware
 * `paths` in src/lib/urls.ts takes them over.
 */
export type Locale = 'sv' | 'en';

export const embedPaths = {
	/** The embed page: `indikatorer/<id>/inbaddning/`, `en/indicators/<id>/embed/`. */
	embed: (id: string, locale: Locale = 'sv') => (locale === 'en' ? `en/indicators/${id}/embed/` : `indikatorer/${id}/inbaddning/`),
	/** The full indicator page an embed links back to. */
	indicator: (id: string, locale: Locale = 'sv') => (locale === 'en' ? `en/indicators/${id}/` : `indikatorer/${id}/`),
	/**
	 * Host-config patterns (`_headers`) that match every embed page of a locale, under the base
	 * path; `:id` is one path segment there.
	 */
	pattern: (locale: Locale) => (locale === 'en' ? 'en/indicators/:id/embed/*' : 'indikatorer/:id/inbaddning/*'),
} as const;

export const LOCALES: readonly Locale[] = ['sv', 'en'];
