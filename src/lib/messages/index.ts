/**
 * Messages to editors, in Swedish and English from one call: the code that finds a mistake names
 * its kind and what it found (`say('csvNotNumber', { text, ambiguous })`), and each language's
 * catalogue words it. Swedish is the default, the site's own locale.
 */
import { en } from './en.ts';
import { sv, type Catalogue } from './sv.ts';
import type { Format, FormatKey, Lang, Text } from './types.ts';

export type { Catalogue } from './sv.ts';
export type { ColumnRole, DelimiterChar, Format, FormatKey, Lang, RefCollection, Text } from './types.ts';

export const LANGS: readonly Lang[] = ['sv', 'en'];
export const catalogues: Record<Lang, Catalogue> = { sv, en };

type Messages = Catalogue['messages'];
export type MessageKind = keyof Messages;

/** A message in Swedish (`message`, `hint`), with the same in English alongside. */
export interface Said extends Text {
	en: Text;
}

/** One message of kind `kind`, worded in every language; spread it into a problem. */
export function say<K extends MessageKind>(kind: K, ...params: Parameters<Messages[K]>): Said {
	const word = (lang: Lang) => (catalogues[lang].messages[kind] as (...args: Parameters<Messages[K]>) => Text)(...params);
	const { message, hint } = word('sv');
	const english = word('en');
	return { message, hint, en: { message: english.message, hint: english.hint } };
}

/** The Swedish description of a format, for a schema's `.regex(re, formatText('year'))`: zod carries it into its issue. */
export function formatText(key: FormatKey): string {
	return sv.formats[key];
}

/** The format a zod issue's message describes: one the catalogues know by its Swedish text, else the text itself. */
export function formatOf(message: string): Format | undefined {
	if (/^Invalid/.test(message)) return undefined;
	const key = (Object.keys(sv.formats) as FormatKey[]).find((k) => sv.formats[k] === message);
	return key ? { key } : { text: message };
}

/** Whether `value` names a language the catalogues have. */
export function isLang(value: string | undefined): value is Lang {
	return (LANGS as readonly (string | undefined)[]).includes(value);
}

/**
 * The language asked for: `--lang en` or `--lang=en` on the command line, else `MALBILD_LANG`, else
 * Swedish. An unknown language is returned as `unknown` so the caller can say so.
 */
export function requestedLang(argv: readonly string[] = process.argv.slice(2), env: Record<string, string | undefined> = process.env): { lang: Lang } | { unknown: string } {
	let asked: string | undefined;
	argv.forEach((arg, i) => {
		if (arg === '--lang') asked = argv[i + 1] ?? '';
		else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
	});
	asked ??= env.MALBILD_LANG || undefined;
	if (asked === undefined) return { lang: 'sv' };
	const lang = asked.trim().toLowerCase();
	return isLang(lang) ? { lang } : { unknown: asked };
}
