import type { Locale } from './locales.ts';

/** The translations a node of the model carries, by language (src/lib/model/build.ts). */
export type Translations = Partial<Record<Locale, { file: string; data: Readonly<Record<string, unknown>>; body: string }>>;

interface Translatable {
	data: object;
	body: string;
	translations?: Translations;
}

/** A text to show and, when it is in another language than the page, that language (for `lang`). */
export interface Shown {
	text: string;
	lang?: Locale;
}

/**
 * A field of an entry in the page's language: the translation's where it has one, else the
 * original's, marked with the language it is written in so the page can say so.
 */
export function textOf(node: Translatable, field: string, locale: Locale, source: Locale): Shown | undefined {
	const original = (node.data as Record<string, unknown>)[field];
	if (locale === source) return typeof original === 'string' ? { text: original } : undefined;
	const own = node.translations?.[locale]?.data[field];
	if (typeof own === 'string') return { text: own };
	return typeof original === 'string' ? { text: original, lang: source } : undefined;
}

/** textOf for a field every entry has (the title). */
export function titleOf(node: Translatable, locale: Locale, source: Locale): Shown {
	return textOf(node, 'title', locale, source) ?? { text: '' };
}

/** Which body a page shows: the translation's when it has text, else the original, marked with its language. */
export function bodyOf(node: Translatable, locale: Locale, source: Locale): { translated: boolean; lang?: Locale; empty: boolean } {
	if (locale !== source && node.translations?.[locale]?.body.trim()) return { translated: true, empty: false };
	return { translated: false, lang: locale === source ? undefined : source, empty: !node.body.trim() };
}

type MaybeShown = Shown | ReturnType<typeof bodyOf> | { lang?: Locale } | undefined;

/** Whether any of the texts falls back to another language. */
export function anyFallback(...shown: MaybeShown[]): boolean {
	return shown.some((s) => s?.lang !== undefined && !('empty' in s && s.empty));
}

/**
 * What a page in another language says once at the top: `main` when its own text (its title,
 * summary or body) is in the original language, `parts` when only other texts are (a list's
 * titles, a note, a motivation), nothing when everything is translated.
 */
export type Fallback = 'main' | 'parts';

export function fallbackOf(main: MaybeShown[], parts: MaybeShown[] = []): Fallback | undefined {
	if (anyFallback(...main)) return 'main';
	return anyFallback(...parts) ? 'parts' : undefined;
}
