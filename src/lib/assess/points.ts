import type { Period } from '../data/types.ts';
import { decimalsOf } from '../format/number.ts';

/** One value of a series at one period; null when the source marks it missing (never zero). */
export interface Point {
	period: Period;
	value: number | null;
}

/** A point known to have a value. */
export interface ValuedPoint {
	period: Period;
	value: number;
}

/** Orders periods in time: by first year, then by last year, so "2023" comes before "2023/24". */
export function comparePeriods(a: Period, b: Period): number {
	return a.start - b.start || a.end - b.end;
}

/** Whether two periods cover the same years, e.g. an own value and its comparison value. */
export function samePeriod(a: Period, b: Period): boolean {
	return a.start === b.start && a.end === b.end;
}

/** The points in time order, as a new array. The sort is stable, so equal periods keep file order. */
export function sortPoints<P extends Point>(points: readonly P[]): P[] {
	return [...points].sort((a, b) => comparePeriods(a.period, b.period));
}

/** The points that have a value, in time order: a missing value is skipped, never read as zero. */
export function valued(points: readonly Point[]): ValuedPoint[] {
	return sortPoints(points).filter((p): p is ValuedPoint => p.value !== null && Number.isFinite(p.value));
}

/** The latest point that has a value, or undefined when none has. */
export function latest(points: readonly Point[]): ValuedPoint | undefined {
	return valued(points).at(-1);
}

/** The last `n` items; all of them when there are fewer. */
export function lastN<T>(items: readonly T[], n: number): T[] {
	return items.slice(Math.max(0, items.length - n));
}

/**
 * `a − b` as a reader would compute it from the written values: rounded to the larger number of
 * decimals of the two, so 12.3 − 12.2 is 0.1 (not 0.10000000000000142) and a tolerance or a
 * 50 % threshold compares the way it looks on the page.
 */
export function difference(a: number, b: number): number {
	const decimals = Math.max(decimalsOf(a), decimalsOf(b));
	const scale = 10 ** decimals;
	// `+ 0` turns −0 into 0, so a change of nothing is never shown as "−0".
	return Math.round((a - b) * scale) / scale + 0;
}
