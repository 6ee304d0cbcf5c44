import type { SeriesNode } from '../model/build.ts';
import { valued } from '../assess/points.ts';
import { uiWords } from '../i18n/ui.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatTarget, formatWithUnit } from './number.ts';
import type { Status } from '../schema/status.ts';
import { fill, words } from './words.ts';

/**
 * A chart's content in a few sentences, for readers who cannot see it: first and latest value,
 * the change since the previous value, the target and the status. The table below it holds every value.
 */
export function summariseSeries(series: SeriesNode, headlineLabel: string, manual?: Status, locale: Locale = 'sv'): string {
	const ui = uiWords[locale];
	const w = words[locale];
	const values = valued(series.points);
	if (!values.length) return fill(ui.summaryNoValues, { name: headlineLabel });
	const decimalsAt = (label: string) => series.headline?.cells.get(label)?.decimals ?? 0;
	const show = (v: (typeof values)[number]) => formatWithUnit(v.value, decimalsAt(v.period.label), series.unit, w);
	const first = values[0]!;
	const last = values.at(-1)!;
	const sentences = [
		fill(values.length === 1 ? ui.summaryOnly : ui.summaryCompared, {
			name: headlineLabel,
			value: show(last),
			period: last.period.label,
			first: show(first),
			firstPeriod: first.period.label,
		}),
	];
	const { trend, from } = series.trend;
	if (trend !== 'no-data' && from) {
		// Named, so a rise since last year is not read against an older, higher first value.
		const sinceFirst = from.period.label === first.period.label;
		sentences.push(fill(sinceFirst ? ui.summaryTrendSinceFirst : ui.summaryTrend, { trend: w.trend[trend], previous: show(from), previousPeriod: from.period.label }));
	}
	if (series.target) {
		// With a status set by hand, the data's verdict is named as such, so the two never seem to disagree.
		const computed = series.assessment ? w.status[series.assessment.status] : undefined;
		const status = manual
			? fill(computed ? ui.summaryManualComputed : ui.summaryManual, { status: w.status[manual], computed: computed ?? '' })
			: computed
				? fill(ui.summaryAssessed, { status: computed })
				: '';
		sentences.push(`${fill(ui.summaryTarget, { target: formatTarget(series.target, series.unit, w) })}${status}`);
	}
	return sentences.join(' ');
}
