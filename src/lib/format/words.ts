import type { Locale } from '../i18n/locales.ts';
import type { Status, Trend } from '../schema/status.ts';

/**
 * The interface words the assessment and number formatting need, keyed by the status and trend
 * codes from `schema/status.ts`. Everything a reader sees goes through one `Words` object, so an
 * English (or any other) translation is a second object of the same shape, not a code change.
 * Templates use `{name}` placeholders, because word order differs between languages.
 */
export interface Words {
	/** The language, for Intl's number and date formats (src/lib/i18n/locales.ts). */
	locale: Locale;
	/** A percentage: `{number}`. Swedish puts a (non-breaking) space before the sign, English none. */
	percent: string;
	/** Status labels, by status code. */
	status: Record<Status, string>;
	/** Trend labels, by trend code. */
	trend: Record<Trend, string>;
	/** Shown for a value the source marks as missing (never as zero). */
	missing: string;
	/** Target phrases: `{value}`, `{share}`, `{groupSize}`, `{against}`, `{text}`, `{year}`. */
	target: {
		'at-least': string;
		'at-most': string;
		'rank-at-most': string;
		'top-share': string;
		above: string;
		below: string;
		increase: string;
		decrease: string;
		positive: string;
		/** Appended for a target year: "Minst 50 000 m² år 2030". */
		byYear: string;
		/** Appended for the first year of an every-year target: "Ökning varje år från 2020". */
		fromYear: string;
	};
	/** One yearly target (årsmål) in a list: `{year}`, `{value}`. */
	yearlyItem: string;
	/** Between items of a list. */
	listSeparator: string;
	/** Units that say nothing after a number ("100 antal" reads wrong), so they are left out. */
	unitless: readonly string[];
	/** Units that name a rank, written before the number: "plats 79", not "79 placering". */
	rankUnits: readonly string[];
	/** A rank in running text: `{value}`. */
	rank: string;
}

/** Swedish, the default. */
export const sv: Words = {
	locale: 'sv',
	percent: '{number}\u00a0%',
	status: {
		achieved: 'Uppnått',
		'partly-achieved': 'Delvis uppnått',
		'not-achieved': 'Ej uppnått',
		unassessed: 'Bedömning saknas',
	},
	trend: {
		positive: 'Positiv utveckling',
		unchanged: 'Ingen förändring',
		negative: 'Negativ utveckling',
		'no-data': 'Data saknas',
	},
	missing: 'Uppgift saknas',
	target: {
		'at-least': 'Minst {value}',
		'at-most': 'Högst {value}',
		'rank-at-most': 'Topp {value}',
		'top-share': 'Bland de {share} bästa av {groupSize}',
		above: 'Högre än {against}',
		below: 'Lägre än {against}',
		increase: 'Ökning varje år',
		decrease: 'Minskning varje år',
		positive: 'Över noll varje år',
		byYear: '{text} år {year}',
		fromYear: '{text} från {year}',
	},
	yearlyItem: '{year}: {value}',
	listSeparator: ', ',
	unitless: ['antal'],
	rankUnits: ['placering', 'plats', 'rank', 'rang'],
	rank: 'plats {value}',
};

/** English. */
export const en: Words = {
	locale: 'en',
	percent: '{number}%',
	status: {
		achieved: 'Achieved',
		'partly-achieved': 'Partly achieved',
		'not-achieved': 'Not achieved',
		unassessed: 'Not assessed',
	},
	trend: {
		positive: 'Positive trend',
		unchanged: 'No change',
		negative: 'Negative trend',
		'no-data': 'No data',
	},
	missing: 'Data missing',
	target: {
		'at-least': 'At least {value}',
		'at-most': 'At most {value}',
		'rank-at-most': 'Top {value}',
		'top-share': 'Among the best {share} of {groupSize}',
		above: 'Higher than {against}',
		below: 'Lower than {against}',
		increase: 'An increase every year',
		decrease: 'A decrease every year',
		positive: 'Above zero every year',
		byYear: '{text} by {year}',
		fromYear: '{text} from {year}',
	},
	yearlyItem: '{year}: {value}',
	listSeparator: ', ',
	// Swedish unit names stay as the editor wrote them on the English site too.
	unitless: ['antal', 'number', 'count'],
	rankUnits: ['placering', 'plats', 'rank', 'rang', 'place'],
	rank: 'rank {value}',
};

/** The words of each language. */
export const words: Record<Locale, Words> = { sv, en };

/** Shorthands for the Swedish labels. */
export const statusLabels = sv.status;
export const trendLabels = sv.trend;
export const missingValue = sv.missing;

/** Puts values into a template's `{name}` placeholders; an unknown name is left as written. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
