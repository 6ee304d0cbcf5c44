/**
 * Status of a numeric target, computed from the data (an editor's assessment overrides it elsewhere).
 *
 * Common rules
 * - Values are taken in time order (period start, then end). Missing values (null) are skipped,
 *   never treated as zero: with a missing year between two values, the change is computed between
 *   the two values that exist.
 * - Every kind of target says which way is better (at-least, increase, positive: higher; at-most,
 *   rank-at-most, top-share, decrease: lower; compare: its `relation`). The content check rejects a
 *   target that contradicts its series' direction, so the kind decides here.
 *
 * Level targets: at-least, at-most, rank-at-most, top-share
 * - Assessed at the latest period with a value.
 * - The goal is the yearly target (årsmål) for the start year of that period if there is one,
 *   else the target's value. For rank-at-most the value is a rank (1 is best) and the target is
 *   met when rank ≤ value. For top-share the value is a rank and the target is met when
 *   rank ≤ share/100 × groupSize (the goal shown is that number rounded down, the worst rank that
 *   still meets it).
 * - Met, ties included ("minst 50 000" includes 50 000) → achieved (reason `met`).
 * - Not met, with at least two values: progress = (latest − baseline) / (goal − baseline), where
 *   the baseline is the first value of the series, measured in the better direction and kept
 *   within 0..1 (a baseline that already met the goal gives 0: the ground has been lost).
 *   Progress ≥ 0.5 (at least half the way) → partly-achieved (`progress`); else not-achieved
 *   (`no-progress`).
 * - Not met with a single value → not-achieved (`too-few-values`): no progress can be measured.
 * - No values → unassessed (`no-data`).
 *
 * Every-year targets: increase, decrease, positive, compare (above/below a comparison series)
 * - The window is the years from `from` (a period counts from its start year) up to the latest;
 *   without `from`, the last four assessable years:
 *   increase/decrease: the last four changes between consecutive values (a change belongs to the
 *   later period); positive: the last four values; compare: the last four periods where both the
 *   own and the comparison series have a value.
 * - Each year is met or not; ties are not met (a change of exactly 0 is no increase, a value equal
 *   to the comparison is not above it, 0 is not above zero).
 * - All years met → achieved (`every-year`); at least half → partly-achieved (`some-years`);
 *   fewer → not-achieved (`few-years`).
 * - Nothing to assess → unassessed: no values (`no-data`); compare without any period shared with
 *   the comparison series (`no-comparison`); increase/decrease with a single value, or a window
 *   from `from` with nothing in it (`too-few-values`).
 *
 * Several targets on one indicator (one per series): see `combineStatuses`.
 */
import type { Direction, Status } from '../schema/status.ts';
import { impliedDirection, type Target } from '../schema/target.ts';
import type { Period } from '../data/types.ts';
import { difference, lastN, samePeriod, valued, type Point, type ValuedPoint } from './points.ts';

/** How many years an every-year target looks back when it has no `from`. */
export const DEFAULT_WINDOW = 4;

/** Why a target got its status, so the page can say it in words. */
export const reasonCodes = [
	'met',
	'progress',
	'no-progress',
	'too-few-values',
	'no-data',
	'no-comparison',
	'every-year',
	'some-years',
	'few-years',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export interface TargetAssessment {
	status: Status;
	reason: ReasonCode;
	/** The latest value assessed (for compare: the latest period shared with the comparison). */
	latest?: ValuedPoint;
	/** The value assessed against: the yearly target for the latest year, the target value, the
	 * top-share rank limit, 0 for positive, or the comparison value at `latest`'s period. */
	goal?: number;
	/** Every-year targets: the years met and the years assessed in the window. */
	metYears?: number;
	assessedYears?: number;
	/** Every-year targets: each year of the window in time order, met or not, so a page can name the years missed. */
	years?: YearCheck[];
	/** Level targets not met, with a baseline: the share of the way from baseline to goal, 0..1. */
	progress?: number;
}

export interface AssessOptions {
	/** The series' direction. Not needed for the assessment (the kind says which way is better);
	 * accepted so a caller can pass a series' settings as they are. */
	direction?: Direction;
	/** The comparison series for a compare target (e.g. the "Riket" rows). */
	comparison?: readonly Point[];
}

/** The status of one target given its own series (see the rules at the top of this file). */
export function assessTarget(target: Target, own: readonly Point[], options: AssessOptions = {}): TargetAssessment {
	const values = valued(own);
	if (values.length === 0) return { status: 'unassessed', reason: 'no-data' };
	switch (target.kind) {
		case 'at-least':
		case 'at-most':
		case 'rank-at-most':
			return assessLevel(values, impliedDirection[target.kind], (period) => target.yearly?.[String(period.start)] ?? target.value);
		case 'top-share': {
			const limit = topShareLimit(target);
			return assessLevel(values, 'lower', () => limit);
		}
		case 'increase':
		case 'decrease': {
			const better = impliedDirection[target.kind];
			const changes = values.slice(1).map((point, i) => {
				const before = values[i]!.value;
				return { period: point.period, met: better === 'higher' ? point.value > before : point.value < before };
			});
			return tally(inWindow(changes, target.from), values.at(-1));
		}
		case 'positive':
			return tally(
				inWindow(values.map((p) => ({ period: p.period, met: p.value > 0 })), target.from),
				values.at(-1),
				0,
			);
		case 'compare':
			return assessCompare(values, valued(options.comparison ?? []), target.relation, target.from);
	}
}

/** The worst rank that meets a top-share target: 25 % of 290 is place 72. */
export function topShareLimit(target: { share: number; groupSize: number }): number {
	// Ranks are whole, so the limit is rounded down: 25 % of 290 is 72.5, so rank 72 is the worst
	// that meets it. toPrecision strips float noise first, so 10 % of 290 is 29, not 28.
	return Math.floor(Number(((target.share * target.groupSize) / 100).toPrecision(12)));
}

function assessLevel(values: ValuedPoint[], better: Direction, goalAt: (period: Period) => number): TargetAssessment {
	const last = values.at(-1)!;
	const baseline = values[0]!;
	const goal = goalAt(last.period);
	const met = better === 'higher' ? last.value >= goal : last.value <= goal;
	if (met) return { status: 'achieved', reason: 'met', latest: last, goal };
	if (values.length < 2) return { status: 'not-achieved', reason: 'too-few-values', latest: last, goal };
	const progress = progressTowards(baseline.value, last.value, goal, better);
	return progress >= 0.5
		? { status: 'partly-achieved', reason: 'progress', latest: last, goal, progress }
		: { status: 'not-achieved', reason: 'no-progress', latest: last, goal, progress };
}

/** The share of the way from baseline to goal covered by latest, 0..1, measured in the better direction. */
export function progressTowards(baseline: number, latest: number, goal: number, better: Direction): number {
	const sign = better === 'higher' ? 1 : -1;
	const needed = sign * difference(goal, baseline);
	// The baseline already met the goal: there was no way to cover, so it is all or nothing.
	if (needed <= 0) return latest * sign >= goal * sign ? 1 : 0;
	const covered = sign * difference(latest, baseline);
	return Math.min(1, Math.max(0, covered / needed));
}

/** One year of an every-year target's window. */
export interface YearCheck {
	period: Period;
	met: boolean;
}

/** The checks from `from` on, else the last few: the window an every-year target is assessed in. */
function inWindow(checks: YearCheck[], from: number | undefined): YearCheck[] {
	return from === undefined ? lastN(checks, DEFAULT_WINDOW) : checks.filter((c) => c.period.start >= from);
}

function tally(checks: YearCheck[], latest: ValuedPoint | undefined, goal?: number): TargetAssessment {
	const assessedYears = checks.length;
	const metYears = checks.filter((c) => c.met).length;
	const known = { ...(latest && { latest }), ...(goal !== undefined && { goal }) };
	if (assessedYears === 0) return { status: 'unassessed', reason: 'too-few-values', ...known };
	const counts = { metYears, assessedYears, years: checks, ...known };
	if (metYears === assessedYears) return { status: 'achieved', reason: 'every-year', ...counts };
	if (metYears * 2 >= assessedYears) return { status: 'partly-achieved', reason: 'some-years', ...counts };
	return { status: 'not-achieved', reason: 'few-years', ...counts };
}

function assessCompare(
	own: ValuedPoint[],
	comparison: ValuedPoint[],
	relation: 'above' | 'below',
	from: number | undefined,
): TargetAssessment {
	const pairs = own.flatMap((point) => {
		const other = comparison.findLast((c) => samePeriod(c.period, point.period));
		return other ? [{ point, against: other.value }] : [];
	});
	if (pairs.length === 0) return { status: 'unassessed', reason: 'no-comparison' };
	const checks = pairs.map(({ point, against }) => ({
		period: point.period,
		met: relation === 'above' ? point.value > against : point.value < against,
	}));
	const window = inWindow(checks, from);
	// Latest and goal describe the same period, so the page can say "12,5 mot Riket 11,0 år 2023".
	const last = window.length ? pairs[pairs.length - 1]! : undefined;
	return tally(window, last?.point, last?.against);
}

/**
 * One status for several targets, e.g. one per series of an indicator: unassessed ones are
 * ignored when at least one is assessed; none assessed → unassessed; all achieved → achieved;
 * all not-achieved → not-achieved; any other mix → partly-achieved.
 */
export function combineStatuses(statuses: readonly Status[]): Status {
	const assessed = statuses.filter((s) => s !== 'unassessed');
	if (assessed.length === 0) return 'unassessed';
	if (assessed.every((s) => s === 'achieved')) return 'achieved';
	if (assessed.every((s) => s === 'not-achieved')) return 'not-achieved';
	return 'partly-achieved';
}
