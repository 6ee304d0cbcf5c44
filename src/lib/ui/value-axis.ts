import type { ChartData } from '../model/chart-data.ts';

/** The least part of the largest value the value axis spans: a change of 6 on 74 fills a quarter of the plot, not all of it. */
const LEAST_SPAN = 0.25;

export interface ValueAxis {
	beginAtZero: boolean;
	suggestedMin?: number;
	suggestedMax?: number;
}

/**
 * How far the value axis reaches. Bars start at zero, since their length is the value. A line is
 * drawn over at least a quarter of its largest value: Chart.js fits the axis tightly around the
 * data, so an index going from 74 to 68 would fall from the top of the plot to its bottom and read
 * as a collapse. Shares stay within 100 %. Ranks (drawn with 1 at the top) are left as they are.
 */
export function valueAxis(data: Pick<ChartData, 'type' | 'reverse' | 'datasets' | 'target' | 'unit'>): ValueAxis {
	if (data.reverse) return { beginAtZero: false };
	if (data.type === 'bar') return { beginAtZero: true };
	const values = [...data.datasets.flatMap((d) => d.data), ...(data.target?.data ?? [])].filter((v): v is number => v !== null && Number.isFinite(v));
	if (values.length === 0) return { beginAtZero: false };
	const low = Math.min(...values);
	const high = Math.max(...values);
	const span = LEAST_SPAN * Math.max(Math.abs(low), Math.abs(high));
	if (high - low >= span) return { beginAtZero: false };
	const min = (low + high) / 2 - span / 2;
	// A share cannot pass 100 %. (Nor can the axis of values that are never negative pass zero: widening by a quarter of the largest stays above it.)
	if (data.unit === '%' && high <= 100 && min + span > 100) return { beginAtZero: false, suggestedMin: 100 - span, suggestedMax: 100 };
	return { beginAtZero: false, suggestedMin: min, suggestedMax: min + span };
}
