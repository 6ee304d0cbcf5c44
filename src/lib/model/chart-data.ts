import type { SeriesNode } from './build.ts';
import { isHeadline } from './table.ts';
import { lineStyle, targetColour, type LineStyle } from './chart-style.ts';

/** What the chart script needs, kept small: it is embedded in the page as JSON. */
export interface ChartData {
	type: 'line' | 'bar';
	labels: string[];
	/** The headline first; `null` where a value is missing (a gap, never a zero). */
	datasets: ({ label: string; data: (number | null)[]; main: boolean } & LineStyle)[];
	/** A target line: one value per period (yearly targets step), or nothing. */
	target?: { label: string; data: (number | null)[]; colour: string };
	unit?: string;
	decimals: number;
	/** Whether lower values are better: ranks are drawn with 1 at the top. */
	reverse: boolean;
	/** Sample values: the chart itself says so, also when it is copied out of the page. */
	sample: boolean;
}

/** More lines than this makes a chart unreadable; the table holds them all anyway. */
const MAX_LINES = 6;

export interface ChartOptions {
	/** What the organisation's own line is called: its name. */
	headlineLabel: string;
	type: 'line' | 'bar';
	/** The target line's label, e.g. "Målvärde: Minst 50 000 m²". */
	targetLabel: string;
	sample: boolean;
	/** The brand colour from site.yaml, for the organisation's own line. */
	brand: string;
}

export function chartData(series: SeriesNode, { headlineLabel, type, targetLabel, sample, brand }: ChartOptions): ChartData {
	const { table } = series;
	const columns = table.columns.slice(0, MAX_LINES);
	const decimals = Math.max(0, ...table.columns.flatMap((c) => [...c.cells.values()].map((o) => o.decimals)));
	const target = series.target;
	const level = target && (target.kind === 'at-least' || target.kind === 'at-most' || target.kind === 'rank-at-most') ? target : undefined;
	return {
		type,
		labels: table.periods.map((p) => p.label),
		datasets: columns.map((c, i) => ({
			label: isHeadline(c) ? headlineLabel : c.label,
			data: table.periods.map((p) => c.cells.get(p.label)?.value ?? null),
			main: isHeadline(c),
			...lineStyle(i, brand),
		})),
		target: level
			? { label: targetLabel, data: table.periods.map((p) => level.yearly?.[String(p.start)] ?? level.value), colour: targetColour }
			: undefined,
		unit: series.unit,
		decimals,
		reverse: target?.kind === 'rank-at-most' || target?.kind === 'top-share',
		sample,
	};
}
