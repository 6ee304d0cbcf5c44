import type { Column } from '../model/table.ts';
import type { Locale } from './locales.ts';

/**
 * Breakdown and comparison values that Swedish statistics (Kolada, SCB) use everywhere, in another
 * language. Anything else is shown as the file has it: a municipality's or a group's name is a name.
 */
const KNOWN: Partial<Record<Locale, Readonly<Record<string, string>>>> = {
	en: { kvinnor: 'Women', män: 'Men', totalt: 'Total', 'båda könen': 'Both sexes', riket: 'Sweden' },
};

/** A value from a data file as a page in `locale` shows it. */
export function valueIn(value: string, locale: Locale): string {
	return KNOWN[locale]?.[value.trim().toLowerCase()] ?? value;
}

/** A column's heading in `locale`: each of its values, as `valueIn` has them, joined as the table joins them. */
export function columnLabel(column: Column, locale: Locale): string {
	return Object.values(column.dimensions)
		.filter(Boolean)
		.map((v) => valueIn(v, locale))
		.join(', ');
}
