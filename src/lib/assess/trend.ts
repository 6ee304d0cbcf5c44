import type { Direction, Trend } from '../schema/status.ts';
import { difference, valued, type Point, type ValuedPoint } from './points.ts';

export interface TrendAssessment {
	trend: Trend;
	/** The previous value with data and the latest one, when there are two. */
	from?: ValuedPoint;
	to?: ValuedPoint;
	/** `to − from`, rounded to the decimals the values are written with. */
	change?: number;
}

/**
 * The trend: the latest value against the previous value that exists (missing values are skipped,
 * so a gap year compares across the gap). |change| ≤ tolerance → unchanged; a change the better
 * way for `direction` → positive; the other way → negative; fewer than two values → no-data.
 */
export function assessTrend(points: readonly Point[], direction: Direction, tolerance = 0): TrendAssessment {
	const values = valued(points);
	const to = values.at(-1);
	const from = values.at(-2);
	if (!to || !from) return { trend: 'no-data' };
	const change = difference(to.value, from.value);
	if (Math.abs(change) <= tolerance) return { trend: 'unchanged', from, to, change };
	const better = direction === 'higher' ? change > 0 : change < 0;
	return { trend: better ? 'positive' : 'negative', from, to, change };
}
