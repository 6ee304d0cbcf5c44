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
	/**
	 * Why a target has its status (src/lib/format/status-reason.ts): `{value}` in `{period}` the
	 * latest value, `{goal}` what it is measured against, `{share}` of the way from `{first}` in
	 * `{firstPeriod}`; `{met}` of `{assessed}` years in `{range}`, not in `{missed}` (a list in the language's own form); `{name}` and
	 * `{against}` the two series compared.
	 */
	reason: {
		/** The goal of a level target where higher is better: `{goal}`. */
		goalHigher: string;
		goalLower: string;
		/** A rank, where lower is better. */
		goalRank: string;
		met: string;
		progress: string;
		noProgress: string;
		/** Not met, with one value only. */
		single: string;
		tooFew: string;
		noComparison: string;
		everyYear: string;
		someYears: string;
		fewYears: string;
		/** Between years in `{range}`. */
		rangeDash: string;
	};
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
		'top-share': 'Bland de {share} bästa av {groupSize} (plats {limit} eller bättre)',
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
	reason: {
		goalHigher: 'minst {goal}',
		goalLower: 'högst {goal}',
		goalRank: '{goal} eller bättre',
		met: 'Senaste värdet, {value} år {period}, når målet: {goal}.',
		progress: 'Senaste värdet, {value} år {period}, når inte målet ({goal}) men har kommit {share} av vägen dit från det första värdet, {first} år {firstPeriod}. Minst halva vägen räknas som delvis uppnått.',
		noProgress: 'Senaste värdet, {value} år {period}, når inte målet ({goal}) och har kommit {share} av vägen dit från det första värdet, {first} år {firstPeriod}. Mindre än halva vägen räknas som ej uppnått.',
		single: 'Senaste värdet, {value} år {period}, når inte målet ({goal}), och ett enda värde visar ingen utveckling mot det.',
		tooFew: 'Det finns för få värden för att bedöma målet.',
		noComparison: 'Inget år har ett värde både för {name} och för {against}, så målet kan inte bedömas.',
		everyYear: 'Målet nåddes varje bedömt år ({range}).',
		someYears: 'Målet nåddes {met} av {assessed} bedömda år ({range}), inte {missed}. Minst hälften av åren räknas som delvis uppnått.',
		fewYears: 'Målet nåddes {met} av {assessed} bedömda år ({range}), inte {missed}. Färre än hälften av åren räknas som ej uppnått.',
		rangeDash: '–',
	},
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
		'top-share': 'Among the best {share} of {groupSize} (place {limit} or better)',
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
	reason: {
		goalHigher: 'at least {goal}',
		goalLower: 'at most {goal}',
		goalRank: '{goal} or better',
		met: 'The latest value, {value} in {period}, meets the target: {goal}.',
		progress: 'The latest value, {value} in {period}, does not meet the target ({goal}) but has come {share} of the way from the first value, {first} in {firstPeriod}. At least half the way counts as partly achieved.',
		noProgress: 'The latest value, {value} in {period}, does not meet the target ({goal}) and has come {share} of the way from the first value, {first} in {firstPeriod}. Less than half the way counts as not achieved.',
		single: 'The latest value, {value} in {period}, does not meet the target ({goal}), and a single value shows no progress towards it.',
		tooFew: 'There are too few values to assess the target.',
		noComparison: 'No year has a value both for {name} and for {against}, so the target cannot be assessed.',
		everyYear: 'The target was met in every year assessed ({range}).',
		someYears: 'The target was met in {met} of the {assessed} years assessed ({range}), not in {missed}. At least half of the years counts as partly achieved.',
		fewYears: 'The target was met in {met} of the {assessed} years assessed ({range}), not in {missed}. Fewer than half of the years counts as not achieved.',
		rangeDash: '–',
	},
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
