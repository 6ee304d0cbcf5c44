import { valued } from '../assess/points.ts';
import type { SeriesNode } from '../model/build.ts';
import { decimalsOf, formatList, formatNumber, formatWithUnit } from './number.ts';
import { fill, type Words } from './words.ts';

/**
 * Why a series' target has the status it has, in a sentence or two: the latest value against the
 * goal and how far it has come, or the years met and missed. A status that looks wrong beside the
 * latest value ("Delvis uppnått" at 73 against Riket's 70) is explained by its rule (2023 was
 * below). `name` is the organisation, for a comparison with no year in common. Nothing when the
 * series has no target or no data.
 */
export function statusReason(series: SeriesNode, name: string, words: Words): string | undefined {
	const a = series.assessment;
	const target = series.target;
	if (!a || !target || a.reason === 'no-data') return undefined;
	const r = words.reason;
	const decimalsAt = (label: string) => series.headline?.cells.get(label)?.decimals ?? 0;
	const show = (value: number, decimals: number) => formatWithUnit(value, decimals, series.unit, words);
	if (target.kind === 'compare' && a.reason === 'no-comparison') return fill(r.noComparison, { name, against: target.against });
	if (a.reason === 'every-year' || a.reason === 'some-years' || a.reason === 'few-years') {
		const years = a.years ?? [];
		const labels = years.map((y) => y.period.label);
		const range = labels.length > 1 ? `${labels[0]}${r.rangeDash}${labels.at(-1)}` : (labels[0] ?? '');
		const missed = years.filter((y) => !y.met).map((y) => y.period.label);
		const template = a.reason === 'every-year' ? r.everyYear : a.reason === 'some-years' ? r.someYears : r.fewYears;
		return fill(template, { met: String(a.metYears ?? 0), assessed: String(a.assessedYears ?? 0), range, missed: formatList(missed, words.locale) });
	}
	const level = target.kind === 'at-least' || target.kind === 'at-most' || target.kind === 'rank-at-most' || target.kind === 'top-share';
	const latest = a.latest;
	if (!level || !latest || a.goal === undefined) return r.tooFew;
	const rank = target.kind === 'rank-at-most' || target.kind === 'top-share';
	const goalTemplate = rank ? r.goalRank : target.kind === 'at-most' ? r.goalLower : r.goalHigher;
	const first = valued(series.points)[0]!;
	return fill(a.reason === 'met' ? r.met : a.reason === 'progress' ? r.progress : a.reason === 'no-progress' ? r.noProgress : r.single, {
		value: show(latest.value, decimalsAt(latest.period.label)),
		period: latest.period.label,
		goal: fill(goalTemplate, { goal: show(a.goal, decimalsOf(a.goal)) }),
		// Rounded down, so a target missed by a hair never reads "100 % of the way".
		share: fill(words.percent, { number: formatNumber(Math.floor((a.progress ?? 0) * 100), 0, words.locale) }),
		first: show(first.value, decimalsAt(first.period.label)),
		firstPeriod: first.period.label,
	});
}
