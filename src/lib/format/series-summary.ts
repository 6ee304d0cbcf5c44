import type { SeriesNode } from '../model/build.ts';
import { valued } from '../assess/points.ts';
import { formatTarget, formatWithUnit } from './number.ts';
import type { Status } from '../schema/status.ts';
import { statusLabels, trendLabels } from './words.ts';

/**
 * A chart's content in a few sentences, for readers who cannot see it: first and latest value,
 * the change, the target and the status. The table below it holds every value.
 */
export function summariseSeries(series: SeriesNode, headlineLabel: string, manual?: Status): string {
	const values = valued(series.points);
	if (!values.length) return `Det finns inga värden för ${headlineLabel} än.`;
	const decimalsAt = (label: string) => series.headline?.cells.get(label)?.decimals ?? 0;
	const show = (v: (typeof values)[number]) => formatWithUnit(v.value, decimalsAt(v.period.label), series.unit);
	const first = values[0]!;
	const last = values.at(-1)!;
	const sentences = [
		values.length === 1
			? `${headlineLabel}: ${show(last)} år ${last.period.label}, det enda värdet hittills.`
			: `${headlineLabel}: ${show(last)} år ${last.period.label}, jämfört med ${show(first)} år ${first.period.label}.`,
	];
	if (series.trend.trend !== 'no-data') sentences.push(`${trendLabels[series.trend.trend]} sedan föregående värde.`);
	if (series.target) {
		// With a status set by hand, the data's verdict is named as such, so the two never seem to disagree.
		const computed = series.assessment ? statusLabels[series.assessment.status] : undefined;
		const status = manual
			? ` Bedömningen är gjord för hand: ${statusLabels[manual]}${computed ? `; utifrån data: ${computed}` : ''}.`
			: computed
				? ` Bedömning: ${computed}.`
				: '';
		sentences.push(`Mål: ${formatTarget(series.target, series.unit)}.${status}`);
	}
	return sentences.join(' ');
}
