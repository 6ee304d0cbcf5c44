import { latest } from '../assess/points.ts';
import { captionOf } from '../format/caption.ts';
import { formatTarget, formatWithUnit, formatYearlyTargets } from '../format/number.ts';
import { summariseSeries } from '../format/series-summary.ts';
import { statusReason } from '../format/status-reason.ts';
import type { PageLanguage } from '../i18n/page.ts';
import type { Shown } from '../i18n/content.ts';
import { translationFor } from '../i18n/entry-texts.ts';
import type { SeriesTranslation } from '../schema/translations.ts';
import type { IndicatorNode, SeriesNode } from './build.ts';
import { columnLabel, valueIn } from '../i18n/values.ts';
import { chartData, type ChartData } from './chart-data.ts';
import { isHeadline } from './table.ts';

/** One series of an indicator as its page, its embed page and the print edition show it. */
export interface SeriesView {
	s: SeriesNode;
	/** Unique on the page: `serie-1`, or `<prefix>serie-1` where many indicators share a page. */
	id: string;
	/** The series' label, or the indicator's title for its only series. */
	title: string;
	/** The language of `title` when it is not the page's (an untranslated label or title). */
	titleLang?: PageLanguage['locale'];
	/** The chart's and the table's caption: the title and a unit that is not "%". */
	caption: string;
	latest?: { text: string; period: string };
	targetText?: string;
	/** Why the series' target has its status, in a sentence or two (src/lib/format/status-reason.ts). */
	reason?: string;
	/** The yearly targets in a line, or ''. */
	yearly: string;
	/** The chart's text summary. */
	summary: string;
	chart: ChartData;
}

/** The series views of an indicator in the page's language; the headline column is the organisation. */
export function seriesViews(i: IndicatorNode, lang: PageLanguage, idPrefix = ''): SeriesView[] {
	// The indicator page, its embed page and the print edition each ask for the same views.
	let known = computed.get(i);
	if (!known) computed.set(i, (known = new Map()));
	let views = known.get(lang.locale);
	if (!views) known.set(lang.locale, (views = viewsOf(i, lang)));
	return idPrefix ? views.map((v) => ({ ...v, id: `${idPrefix}${v.id}` })) : views;
}

/**
 * A series as a page in another language shows it: the label and unit the indicator's translation
 * gives for it (`series:` in `<id>.en.md`), else the translated indicator unit where the series has
 * the indicator's own, and the values Swedish statistics use everywhere (Kvinnor, Riket) in the
 * page's language, in the table's headings, the chart's lines and the comparison the target names.
 * The values and their order are the original's.
 */
function localSeries(s: SeriesNode, i: IndicatorNode, lang: PageLanguage): SeriesNode {
	if (lang.locale === lang.source) return s;
	const unit = localUnit(s, i, lang);
	const label = localLabel(s, i, lang)?.text;
	const columns = s.table.columns.map((c) => (isHeadline(c) ? c : { ...c, label: columnLabel(c, lang.locale) }));
	const target = s.target?.kind === 'compare' ? { ...s.target, against: valueIn(s.target.against, lang.locale) } : s.target;
	return { ...s, label, unit, target, table: { ...s.table, columns } };
}

/** The series' own texts in the page's language, from the indicator's translation. */
function seriesTranslation(s: SeriesNode, i: IndicatorNode, lang: PageLanguage): SeriesTranslation | undefined {
	return s.table.series === undefined ? undefined : translationFor(i, lang)?.series?.find((t) => t.name === s.table.series);
}

/** A series' unit in the page's language: its translation's, else the indicator's translated unit where the series has the indicator's own. */
export function localUnit(s: SeriesNode, i: IndicatorNode, lang: PageLanguage): string | undefined {
	const own = seriesTranslation(s, i, lang)?.unit;
	if (own) return own;
	return s.unit !== undefined && s.unit === i.data.unit ? (lang.text(i, 'unit')?.text ?? s.unit) : s.unit;
}

/** A series' label in the page's language, marked with the original's language when it has no translation. */
export function localLabel(s: SeriesNode, i: IndicatorNode, lang: PageLanguage): Shown | undefined {
	const own = seriesTranslation(s, i, lang)?.label;
	if (own) return { text: own };
	return s.label === undefined ? undefined : { text: s.label, ...(lang.original ? { lang: lang.original } : {}) };
}

/** Views per indicator node and language; a new model (the dev server after an edit) has new nodes. */
const computed = new WeakMap<IndicatorNode, Map<string, SeriesView[]>>();

function viewsOf(i: IndicatorNode, lang: PageLanguage): SeriesView[] {
	const { site, ui, words, locale } = lang;
	const headlineLabel = site.organisation;
	const indicatorTitle = lang.title(i);
	return i.series.map((original, n) => {
		const s = localSeries(original, i, lang);
		const shown = localLabel(original, i, lang) ?? indicatorTitle;
		const last = latest(s.points);
		const decimals = last ? (s.headline?.cells.get(last.period.label)?.decimals ?? 0) : 0;
		const title = shown.text;
		const targetText = s.target ? formatTarget(s.target, s.unit, words) : undefined;
		return {
			s,
			id: `serie-${n + 1}`,
			title,
			...(shown.lang ? { titleLang: shown.lang } : {}),
			caption: captionOf(title, s.unit),
			latest: last ? { text: formatWithUnit(last.value, decimals, s.unit, words), period: last.period.label } : undefined,
			targetText,
			yearly: s.target && 'yearly' in s.target ? formatYearlyTargets(s.target.yearly, s.unit, words) : '',
			reason: statusReason(s, headlineLabel, words),
			summary: summariseSeries(s, headlineLabel, i.manual?.status, locale),
			chart: chartData(s, { headlineLabel, type: i.data.chart, targetLabel: targetText ? `${ui.targetValue}: ${targetText}` : ui.targetValue, sample: i.data.sample, brand: site.brandColor, locale }),
		};
	});
}
