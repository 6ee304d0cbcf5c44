/**
 * A data table's body as HTML. The indicator page, its embed page and the print edition all show
 * the same tables; written as one string (and once per series and language) they cost a fraction
 * of the thousands of small elements a component would render one by one.
 */
import { escape } from 'html-escaper';
import { formatValue } from '../format/number.ts';
import { words } from '../format/words.ts';
import type { Locale } from '../i18n/locales.ts';
import type { SeriesNode } from './build.ts';

const written = new WeakMap<SeriesNode, Map<Locale, string>>();

/** The `<tr>` rows of a series' table: a row per period, a cell per column, "Uppgift saknas" where a value is missing. */
export function tableRows(series: SeriesNode, locale: Locale): string {
	let known = written.get(series);
	if (!known) written.set(series, (known = new Map()));
	let rows = known.get(locale);
	if (rows === undefined) known.set(locale, (rows = rowsOf(series, locale)));
	return rows;
}

function rowsOf(series: SeriesNode, locale: Locale): string {
	const missing = `<td class="missing">${escape(words[locale].missing)}</td>`;
	const { periods, columns } = series.table;
	let html = '';
	for (const p of periods) {
		html += `<tr><th scope="row">${escape(p.label)}</th>`;
		for (const c of columns) {
			const o = c.cells.get(p.label);
			html += o && o.value !== null ? `<td>${escape(formatValue(o.value, { decimals: o.decimals, unit: series.unit, percent: o.percent, locale }))}</td>` : missing;
		}
		html += '</tr>';
	}
	return html;
}
