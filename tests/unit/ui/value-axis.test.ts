import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../../src/lib/model/chart-data.ts';
import { valueAxis } from '../../../src/lib/ui/value-axis.ts';

const line = (values: (number | null)[], extra: Partial<Pick<ChartData, 'type' | 'reverse' | 'unit' | 'target'>> = {}) => ({
	type: 'line' as const,
	reverse: false,
	datasets: [{ label: 'Kommunen', data: values, main: true, slot: 0, colour: '#000', marker: 'circle', dashed: false }] as ChartData['datasets'],
	...extra,
});

describe('valueAxis', () => {
	it.each([
		// An index from 74 to 68: drawn over 18.5 (a quarter of 74) around its middle, not 68–74.
		['a small change on a large index is not a collapse', line([74, 68, 70]), { beginAtZero: false, suggestedMin: 61.75, suggestedMax: 80.25 }],
		['a change as large as a quarter of the values is drawn as Chart.js fits it', line([40, 60, 55]), { beginAtZero: false }],
		// 1–2 on a largest value of 2: the quarter (0.5) is less than the change.
		['small numbers that change a lot', line([1, 2, 1.5]), { beginAtZero: false }],
		['small values are widened as much, in proportion', line([0.1, 0.12]), { beginAtZero: false, suggestedMin: 0.095, suggestedMax: 0.125 }],
		['a share near 100 % stays within 100 %', line([97, 98, 99], { unit: '%' }), { beginAtZero: false, suggestedMin: 75.25, suggestedMax: 100 }],
		['a target line counts with the values', line([70, 71], { target: { label: 'Mål', data: [90, 90], colour: '#b00' } }), { beginAtZero: false, suggestedMin: 68.75, suggestedMax: 91.25 }],
		['a target line far from the values leaves the axis to Chart.js', line([70, 71], { target: { label: 'Mål', data: [100, 100], colour: '#b00' } }), { beginAtZero: false }],
		['negative values are widened both ways', line([-10, -11]), { beginAtZero: false, suggestedMin: -11.875, suggestedMax: -9.125 }],
		['bars start at zero', line([74, 68], { type: 'bar' }), { beginAtZero: true }],
		['ranks (1 at the top) are left as they are', line([12, 9, 8], { reverse: true }), { beginAtZero: false }],
		['no values at all', line([null, null]), { beginAtZero: false }],
	])('%s', (_name, data, expected) => {
		const axis = valueAxis(data);
		// Rounded: the bounds are sums of decimals.
		const round = (n?: number) => (n === undefined ? undefined : Math.round(n * 1e6) / 1e6);
		expect({ ...axis, suggestedMin: round(axis.suggestedMin), suggestedMax: round(axis.suggestedMax) }).toEqual({ suggestedMin: undefined, suggestedMax: undefined, ...expected });
	});
});
