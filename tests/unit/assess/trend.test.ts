import { describe, expect, it } from 'vitest';
import { assessTrend } from '../../../src/lib/assess/trend.ts';
import type { Direction, Trend } from '../../../src/lib/schema/status.ts';
import { years } from './helpers.ts';

describe('assessTrend', () => {
	it.each<[string, (number | null)[], Direction, number, Trend, number | undefined]>([
		['rise, higher is better', [10, 12], 'higher', 0, 'positive', 2],
		['fall, higher is better', [12, 10], 'higher', 0, 'negative', -2],
		['fall, lower is better', [12, 10], 'lower', 0, 'positive', -2],
		['rise, lower is better', [10, 12], 'lower', 0, 'negative', 2],
		['no change', [10, 10], 'higher', 0, 'unchanged', 0],
		['change within tolerance', [12.2, 12.3], 'higher', 0.1, 'unchanged', 0.1],
		['change just over tolerance', [12.2, 12.4], 'higher', 0.1, 'positive', 0.2],
		['only the last two values count', [1, 100, 50, 60], 'higher', 0, 'positive', 10],
		['a gap year compares across the gap', [10, null, 8], 'higher', 0, 'negative', -2],
		['a trailing gap is skipped', [10, 11, null], 'higher', 0, 'positive', 1],
		['zero is a value, not missing', [0, 3], 'higher', 0, 'positive', 3],
		['single value', [10], 'higher', 0, 'no-data', undefined],
		['single value among gaps', [null, 10, null], 'higher', 0, 'no-data', undefined],
		['empty', [], 'higher', 0, 'no-data', undefined],
	])('%s', (_, values, direction, tolerance, trend, change) => {
		const result = assessTrend(years(2020, values), direction, tolerance);
		expect(result.trend).toBe(trend);
		expect(result.change).toBe(change);
	});

	it('names the two values compared', () => {
		const result = assessTrend(years(2019, [5, null, 7]), 'higher');
		expect(result.from).toEqual({ period: { label: '2019', start: 2019, end: 2019 }, value: 5 });
		expect(result.to).toEqual({ period: { label: '2021', start: 2021, end: 2021 }, value: 7 });
	});
});
