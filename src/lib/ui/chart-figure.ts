/**
 * A chart as HTML: the caption, the `<malbild-chart>` element with the reader's gender choice, the
 * canvas with the chart in words, the legend and the data as JSON for the script
 * (src/scripts/chart-element.ts), and the summary below. The indicator page and the embed page
 * show one per series, about 12 000 in a build of 2 000 indicators. Astro renders a custom element
 * in a template the way it renders a framework component (it asks each renderer whether the tag is
 * theirs), about 10 µs each against under 1 µs for a string (docs/performance.md). The markup is
 * what `Chart.astro` wrote, byte for byte.
 */
import { escape } from 'html-escaper';
import type { Locale } from '../i18n/locales.ts';
import { uiWords } from '../i18n/ui.ts';
import type { ChartData } from '../model/chart-data.ts';
import { chartLegend } from './chart-legend.ts';
import { captionWithSampleTag } from './sample-tag.ts';

export interface ChartFigureOptions {
	data: ChartData;
	/** An id unique on the page. */
	id: string;
	caption: string;
	/** The chart in words, for screen readers and for readers without JavaScript. */
	summary: string;
	/** Whether the values are made-up sample data: the caption says so. */
	sample: boolean;
	locale?: Locale;
}

/** With women's and men's lines, the reader chooses which to show; the table holds them all. */
function genderChoice(data: ChartData, id: string, locale: Locale): string {
	if (!data.datasets.some((d) => d.gender)) return '';
	const ui = uiWords[locale];
	const choices = [
		{ value: '', label: ui.headline },
		{ value: 'Kvinnor', label: ui.women },
		{ value: 'Män', label: ui.men },
		{ value: '*', label: ui.all },
	];
	const name = escape(`${id}-kon`);
	const radio = ({ value, label }: (typeof choices)[number], n: number) =>
		// An empty value is written as a bare attribute, as Astro writes it.
		`<label><input type="radio" name="${name}" ${value ? `value="${escape(value)}"` : 'value'}${n === 0 ? ' checked' : ''}>${escape(label)}</label>`;
	return `<fieldset class="chart-choice"><legend>${escape(ui.chartShow)}</legend>${choices.map(radio).join('')}</fieldset>`;
}

/** `<` as `\u003c` so that no text in the data can end the script element. */
const json = (data: ChartData) => JSON.stringify(data).replace(/</g, '\\u003c');

export function chartFigure({ data, id, caption, summary, sample, locale = 'sv' }: ChartFigureOptions): string {
	const captionId = escape(`${id}-figcaption`);
	return (
		`<figure class="chart" aria-labelledby="${captionId}" data-pagefind-ignore>` +
		`<figcaption id="${captionId}">${captionWithSampleTag(caption, sample, locale)}</figcaption>` +
		`<malbild-chart>${genderChoice(data, id, locale)}` +
		`<div class="chart-canvas"><canvas role="img" aria-label="${escape(`${caption}. ${summary}`)}"></canvas></div>` +
		`${chartLegend(data)}<script type="application/json">${json(data)}</script></malbild-chart>` +
		`<p class="chart-summary">${escape(summary)}</p></figure>`
	);
}
