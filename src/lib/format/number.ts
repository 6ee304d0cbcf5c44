import type { Target } from '../schema/target.ts';
import { intlLocale, type Locale } from '../i18n/locales.ts';
import { fill, sv, words as wordsOf, type Words } from './words.ts';
import { topShareLimit } from '../assess/status.ts';

/** Older engines' Intl rejects more fraction digits than this; no source writes more. */
const MAX_DECIMALS = 20;
/** A non-breaking space, so "50 000", "12,5 %" and "50 000 m²" never break across lines. */
const NBSP = '\u00a0';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number with exactly `decimals` decimals. Swedish: 50000 → "50 000", 12.5 (1) → "12,5",
 * −3 → "−3" (U+2212, as Intl writes it), grouping with U+00A0. English: "50,000", "12.5", "-3".
 * A value that rounds to zero is shown as "0", never "−0".
 */
export function formatNumber(value: number, decimals: number, locale: Locale = 'sv'): string {
	const digits = Math.min(MAX_DECIMALS, Math.max(0, Math.trunc(decimals)));
	const key = `${locale}:${digits}`;
	let formatter = formatters.get(key);
	if (!formatter) {
		formatter = new Intl.NumberFormat(intlLocale[locale], {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits,
			signDisplay: 'negative',
		});
		formatters.set(key, formatter);
	}
	return formatter.format(value);
}

/** How many decimals a number is written with in its shortest form: 12.5 → 1, 50000 → 0, 1.5e-7 → 8. */
export function decimalsOf(value: number): number {
	if (!Number.isFinite(value)) return 0;
	const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
	const fraction = mantissa.split('.')[1]?.length ?? 0;
	return Math.min(MAX_DECIMALS, Math.max(0, fraction - Number(exponent)));
}

/** How a table cell shows a value. */
export interface ValueFormat {
	/** Decimals as the source wrote them, so the value appears as written. */
	decimals: number;
	/** The series' unit; only "%" is shown in the cell, other units belong in the header. */
	unit?: string;
	/** True when the source cell ended in "%". */
	percent?: boolean;
	/** The text for a missing value; default: the language's ("Uppgift saknas"). */
	missing?: string;
	/** The reader's language; default Swedish. */
	locale?: Locale;
}

/** A table cell: "Uppgift saknas" for null, "12,5 %" ("12.5%") for a percentage, else the bare number. */
export function formatValue(value: number | null, format: ValueFormat): string {
	const words = wordsOf[format.locale ?? 'sv'];
	if (value === null) return format.missing ?? words.missing;
	const number = formatNumber(value, format.decimals, words.locale);
	return format.percent || format.unit === '%' ? fill(words.percent, { number }) : number;
}

/** A number with its unit, for running text: "50 000 m²", "12,5 %", "100 bostäder"; "12.5%" in English. */
export function formatWithUnit(value: number, decimals: number, unit?: string, words: Words = sv): string {
	return fill(unitTemplate(unit, words), { number: formatNumber(value, decimals, words.locale) });
}

/** How a value is written with its unit, `{number}` standing for the number: "{number} m²", "plats {number}", "{number}". */
export function unitTemplate(unit: string | undefined, words: Words = sv): string {
	if (!unit || words.unitless.includes(unit.toLowerCase())) return '{number}';
	if (words.rankUnits.includes(unit.toLowerCase())) return fill(words.rank, { value: '{number}' });
	if (unit === '%') return words.percent;
	return `{number}${NBSP}${unit}`;
}

const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** A date as readers write it: "22 november 2026", "22 November 2026". UTC, so a build anywhere gives the same text. */
export function formatDate(date: Date, locale: Locale = 'sv'): string {
	let formatter = dateFormatters.get(locale);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		dateFormatters.set(locale, formatter);
	}
	return formatter.format(date);
}

const listFormatters = new Map<Locale, Intl.ListFormat>();

/** Items joined as the language joins them: "2021, 2022 och 2023", "2021, 2022 and 2023". */
export function formatList(items: readonly string[], locale: Locale = 'sv'): string {
	let formatter = listFormatters.get(locale);
	if (!formatter) {
		formatter = new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' });
		listFormatters.set(locale, formatter);
	}
	return formatter.format(items);
}

/** A target value as the editor wrote it: decimals from the number itself. */
function asWritten(value: number, unit: string | undefined, words: Words): string {
	return formatWithUnit(value, decimalsOf(value), unit, words);
}

function withYear(text: string, template: string, year: number | undefined): string {
	return year === undefined ? text : fill(template, { text, year: String(year) });
}

/**
 * A target in plain words: "Minst 50 000 m² år 2030", "Topp 100", "Bland de 25 % bästa av 290 (plats 72 eller bättre)",
 * "Högre än Riket", "Ökning varje år från 2020". Yearly targets are listed separately
 * (`formatYearlyTargets`). No direction is needed: every kind says which way is better.
 */
export function formatTarget(target: Target, unit?: string, words: Words = sv): string {
	const t = words.target;
	switch (target.kind) {
		case 'at-least':
		case 'at-most':
			return withYear(fill(t[target.kind], { value: asWritten(target.value, unit, words) }), t.byYear, target.year);
		case 'rank-at-most':
			// A rank has no unit: "Topp 100", not "Topp 100 plats".
			return withYear(fill(t[target.kind], { value: asWritten(target.value, undefined, words) }), t.byYear, target.year);
		case 'top-share':
			return fill(t['top-share'], {
				share: asWritten(target.share, '%', words),
				groupSize: formatNumber(target.groupSize, 0, words.locale),
				limit: formatNumber(topShareLimit(target), 0, words.locale),
			});
		case 'compare':
			return withYear(fill(t[target.relation], { against: target.against }), t.fromYear, target.from);
		case 'increase':
		case 'decrease':
		case 'positive':
			return withYear(t[target.kind], t.fromYear, target.from);
	}
}

/** Yearly targets (årsmål) in year order: "2023: 40 000 m², 2024: 45 000 m²"; "" when there are none. */
export function formatYearlyTargets(
	yearly: Readonly<Record<string, number>> | undefined,
	unit?: string,
	words: Words = sv,
): string {
	return Object.entries(yearly ?? {})
		.sort(([a], [b]) => Number(a) - Number(b))
		.map(([year, value]) => fill(words.yearlyItem, { year, value: asWritten(value, unit, words) }))
		.join(words.listSeparator);
}
