/**
 * A series' data table as HTML: the caption, the head and the rows. The indicator page, its embed
 * page and the print edition each show every series' table, so a build of 2 000 indicators makes
 * about 18 000 of them; as a string each costs a fraction of an Astro component
 * (docs/performance.md). The markup is what `DataTable.astro` wrote, byte for byte.
 */
import { escape } from 'html-escaper';
import { uiWords } from '../i18n/ui.ts';
import type { Locale } from '../i18n/locales.ts';
import type { SeriesNode } from '../model/build.ts';
import { isHeadline } from '../model/table.ts';
import { tableRows } from '../model/table-rows.ts';
import { captionWithSampleTag } from './sample-tag.ts';

export interface DataTableOptions {
	/** An id unique on the page, for the caption. */
	id: string;
	/** The caption: the series' name and unit. */
	caption: string;
	/** What the headline column is called: the organisation's name. */
	headlineLabel: string;
	/** Whether the values are made-up sample data: the caption says so. */
	sample: boolean;
	locale?: Locale;
}

/**
 * The table in a named section, a region landmark that keyboard users can scroll when the table is
 * wide (tabindex="0"); search leaves it out, as the page says the same in words.
 */
export function dataTable(series: SeriesNode, { id, caption, headlineLabel, sample, locale = 'sv' }: DataTableOptions): string {
	const ui = uiWords[locale];
	const captionId = escape(`${id}-caption`);
	const head = series.table.columns.map((c) => `<th scope="col">${escape(isHeadline(c) ? headlineLabel : c.label)}</th>`).join('');
	return (
		`<section class="table-scroll" aria-labelledby="${captionId}" tabindex="0" data-pagefind-ignore><table>` +
		`<caption id="${captionId}">${captionWithSampleTag(caption, sample, locale)}</caption>` +
		`<thead><tr><th scope="col">${escape(ui.period)}</th>${head}</tr></thead>` +
		`<tbody>${tableRows(series, locale)}</tbody></table></section>`
	);
}
