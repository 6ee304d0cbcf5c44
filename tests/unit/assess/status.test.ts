import { describe, expect, it } from 'vitest';
import { assessTarget, progressTowards, type TargetAssessment } from '../../../src/lib/assess/status.ts';
import type { Point } from '../../../src/lib/assess/points.ts';
import type { Target } from '../../../src/lib/schema/target.ts';
import type { Direction } from '../../../src/lib/schema/status.ts';
import { period, years } from './helpers.ts';

/** The assessment with `latest` reduced to its value and the window's years left out (tested apart), so a table row fits on one line. */
type Expected = Omit<TargetAssessment, 'latest' | 'years'> & { latest?: number };

function run(target: Target, values: (number | null)[], comparison?: Point[]): Expected {
	const { latest, years: _years, ...rest } = assessTarget(target, years(2020, values), { direction: 'higher', comparison });
	return latest === undefined ? rest : { ...rest, latest: latest.value };
}

const atLeast: Target = { kind: 'at-least', value: 100 };
const atMost: Target = { kind: 'at-most', value: 5 };
const rank: Target = { kind: 'rank-at-most', value: 100 };
const topShare: Target = { kind: 'top-share', share: 25, groupSize: 290 }; // ranks 1–72 meet it

describe('level targets', () => {
	it.each<[string, Target, (number | null)[], Expected]>([
		// at-least
		['at-least met', atLeast, [50, 120], { status: 'achieved', reason: 'met', latest: 120, goal: 100 }],
		['at-least tie counts as met', atLeast, [50, 100], { status: 'achieved', reason: 'met', latest: 100, goal: 100 }],
		['at-least more than half way', atLeast, [0, 60], { status: 'partly-achieved', reason: 'progress', latest: 60, goal: 100, progress: 0.6 }],
		['at-least progress exactly 0.5', atLeast, [0, 50], { status: 'partly-achieved', reason: 'progress', latest: 50, goal: 100, progress: 0.5 }],
		['at-least just under half way', atLeast, [0, 49], { status: 'not-achieved', reason: 'no-progress', latest: 49, goal: 100, progress: 0.49 }],
		['at-least going backwards', atLeast, [50, 40], { status: 'not-achieved', reason: 'no-progress', latest: 40, goal: 100, progress: 0 }],
		['at-least baseline met, latest not', atLeast, [120, 90], { status: 'not-achieved', reason: 'no-progress', latest: 90, goal: 100, progress: 0 }],
		['at-least baseline is the first value, not the previous', atLeast, [0, 90, 55], { status: 'partly-achieved', reason: 'progress', latest: 55, goal: 100, progress: 0.55 }],
		['at-least decimals, exactly half way', { kind: 'at-least', value: 10.5 }, [10.1, 10.3], { status: 'partly-achieved', reason: 'progress', latest: 10.3, goal: 10.5, progress: 0.5 }],
		['at-least single value met', atLeast, [100], { status: 'achieved', reason: 'met', latest: 100, goal: 100 }],
		['at-least single value not met', atLeast, [99], { status: 'not-achieved', reason: 'too-few-values', latest: 99, goal: 100 }],
		['at-least single value among gaps', atLeast, [null, 80, null], { status: 'not-achieved', reason: 'too-few-values', latest: 80, goal: 100 }],
		['at-least missing years skipped', atLeast, [0, null, 70, null], { status: 'partly-achieved', reason: 'progress', latest: 70, goal: 100, progress: 0.7 }],
		['at-least zero is a value', atLeast, [null, 0, 40], { status: 'not-achieved', reason: 'no-progress', latest: 40, goal: 100, progress: 0.4 }],
		['at-least empty series', atLeast, [], { status: 'unassessed', reason: 'no-data' }],
		['at-least only missing values', atLeast, [null, null], { status: 'unassessed', reason: 'no-data' }],
		// at-most
		['at-most met', atMost, [9, 4], { status: 'achieved', reason: 'met', latest: 4, goal: 5 }],
		['at-most tie counts as met', atMost, [9, 5], { status: 'achieved', reason: 'met', latest: 5, goal: 5 }],
		['at-most half way down', atMost, [9, 7], { status: 'partly-achieved', reason: 'progress', latest: 7, goal: 5, progress: 0.5 }],
		['at-most a quarter of the way', atMost, [9, 8], { status: 'not-achieved', reason: 'no-progress', latest: 8, goal: 5, progress: 0.25 }],
		['at-most single value not met', atMost, [6], { status: 'not-achieved', reason: 'too-few-values', latest: 6, goal: 5 }],
		// rank-at-most
		['rank met', rank, [150, 99], { status: 'achieved', reason: 'met', latest: 99, goal: 100 }],
		['rank tie counts as met', rank, [150, 100], { status: 'achieved', reason: 'met', latest: 100, goal: 100 }],
		['rank more than half way', rank, [200, 140], { status: 'partly-achieved', reason: 'progress', latest: 140, goal: 100, progress: 0.6 }],
		['rank worse', rank, [200, 210], { status: 'not-achieved', reason: 'no-progress', latest: 210, goal: 100, progress: 0 }],
		// top-share: 25 % of 290 = 72.5, so rank 72 is the worst that meets it
		['top-share met at the limit', topShare, [150, 72], { status: 'achieved', reason: 'met', latest: 72, goal: 72 }],
		['top-share just outside', topShare, [150, 73], { status: 'partly-achieved', reason: 'progress', latest: 73, goal: 72, progress: 77 / 78 }],
		['top-share little progress', topShare, [150, 120], { status: 'not-achieved', reason: 'no-progress', latest: 120, goal: 72, progress: 30 / 78 }],
		['top-share single value', topShare, [80], { status: 'not-achieved', reason: 'too-few-values', latest: 80, goal: 72 }],
		['top-share whole limit without float noise (10 % of 290 = 29)', { kind: 'top-share', share: 10, groupSize: 290 }, [29], { status: 'achieved', reason: 'met', latest: 29, goal: 29 }],
		['top-share empty', topShare, [], { status: 'unassessed', reason: 'no-data' }],
	])('%s', (_, target, values, expected) => {
		expect(run(target, values)).toEqual(expected);
	});
});

describe('yearly targets (årsmål)', () => {
	// Data from 2020; the latest year's own target is the goal, else the target's value.
	const yearly: Target = { kind: 'at-least', value: 50000, year: 2030, yearly: { '2022': 40000, '2023': 45000 } };
	const lowerYearly: Target = { kind: 'at-most', value: 5, yearly: { '2022': 8 } };

	it.each<[string, Target, (number | null)[], Expected]>([
		['latest year meets its yearly target', yearly, [30000, 35000, 41000], { status: 'achieved', reason: 'met', latest: 41000, goal: 40000 }],
		['latest year ties its yearly target', yearly, [30000, 35000, 40000, 45000], { status: 'achieved', reason: 'met', latest: 45000, goal: 45000 }],
		['progress towards the yearly target', yearly, [30000, 35000, 38000], { status: 'partly-achieved', reason: 'progress', latest: 38000, goal: 40000, progress: 0.8 }],
		['a missing latest year uses the last year with data', yearly, [30000, 35000, 41000, null], { status: 'achieved', reason: 'met', latest: 41000, goal: 40000 }],
		['no yearly target for the latest year: the value', yearly, [30000, 35000, 41000, 46000, 48000], { status: 'partly-achieved', reason: 'progress', latest: 48000, goal: 50000, progress: 0.9 }],
		['at-most with a yearly target', lowerYearly, [10, 9, 8], { status: 'achieved', reason: 'met', latest: 8, goal: 8 }],
		['at-most after the yearly targets', lowerYearly, [10, 9, 8, 7], { status: 'partly-achieved', reason: 'progress', latest: 7, goal: 5, progress: 0.6 }],
	])('%s', (_, target, values, expected) => {
		expect(run(target, values)).toEqual(expected);
	});

	it('uses the start year of a school-year period', () => {
		const points: Point[] = [
			{ period: period('2021/22'), value: 30000 },
			{ period: period('2022/23'), value: 40000 },
		];
		expect(assessTarget(yearly, points, { direction: 'higher' })).toMatchObject({ status: 'achieved', goal: 40000 });
	});
});

describe('every-year targets', () => {
	it.each<[string, Target, (number | null)[], Expected]>([
		// increase: the last four changes by default
		['increase every year', { kind: 'increase' }, [1, 2, 3, 4, 5], { status: 'achieved', reason: 'every-year', latest: 5, metYears: 4, assessedYears: 4 }],
		['increase, only the last four changes count', { kind: 'increase' }, [9, 1, 2, 3, 4, 5], { status: 'achieved', reason: 'every-year', latest: 5, metYears: 4, assessedYears: 4 }],
		['increase half the years', { kind: 'increase' }, [1, 2, 1, 2, 1], { status: 'partly-achieved', reason: 'some-years', latest: 1, metYears: 2, assessedYears: 4 }],
		['increase one year in four', { kind: 'increase' }, [5, 4, 3, 2, 3], { status: 'not-achieved', reason: 'few-years', latest: 3, metYears: 1, assessedYears: 4 }],
		['increase: a zero change is not an increase', { kind: 'increase' }, [1, 2, 2], { status: 'partly-achieved', reason: 'some-years', latest: 2, metYears: 1, assessedYears: 2 }],
		['increase: all zero changes', { kind: 'increase' }, [3, 3, 3], { status: 'not-achieved', reason: 'few-years', latest: 3, metYears: 0, assessedYears: 2 }],
		['increase across a missing year', { kind: 'increase' }, [1, null, 2, 3], { status: 'achieved', reason: 'every-year', latest: 3, metYears: 2, assessedYears: 2 }],
		['increase with two values', { kind: 'increase' }, [1, 2], { status: 'achieved', reason: 'every-year', latest: 2, metYears: 1, assessedYears: 1 }],
		['increase with a single value', { kind: 'increase' }, [1], { status: 'unassessed', reason: 'too-few-values', latest: 1 }],
		['increase empty', { kind: 'increase' }, [], { status: 'unassessed', reason: 'no-data' }],
		// increase with `from`: changes ending in 2022 or later (data from 2020)
		['increase from 2022', { kind: 'increase', from: 2022 }, [5, 1, 2, 3, 4, 5, 6], { status: 'achieved', reason: 'every-year', latest: 6, metYears: 5, assessedYears: 5 }],
		['increase from 2021 includes the fall into 2021', { kind: 'increase', from: 2021 }, [5, 1, 2, 3], { status: 'partly-achieved', reason: 'some-years', latest: 3, metYears: 2, assessedYears: 3 }],
		['increase from a year after the data', { kind: 'increase', from: 2030 }, [1, 2, 3], { status: 'unassessed', reason: 'too-few-values', latest: 3 }],
		// decrease
		['decrease every year', { kind: 'decrease' }, [5, 4, 3], { status: 'achieved', reason: 'every-year', latest: 3, metYears: 2, assessedYears: 2 }],
		['decrease: a zero change is not a decrease', { kind: 'decrease' }, [5, 4, 4, 4, 4], { status: 'not-achieved', reason: 'few-years', latest: 4, metYears: 1, assessedYears: 4 }],
		['decrease three in four', { kind: 'decrease' }, [5, 4, 3, 4, 3], { status: 'partly-achieved', reason: 'some-years', latest: 3, metYears: 3, assessedYears: 4 }],
		// positive: the last four values by default; 0 is not above zero
		['positive every year', { kind: 'positive' }, [-1, 1, 2, 3, 4], { status: 'achieved', reason: 'every-year', latest: 4, goal: 0, metYears: 4, assessedYears: 4 }],
		['positive: zero is not positive', { kind: 'positive' }, [1, 0, 2, 0], { status: 'partly-achieved', reason: 'some-years', latest: 0, goal: 0, metYears: 2, assessedYears: 4 }],
		['positive one in four', { kind: 'positive' }, [-1, -2, 3, -4], { status: 'not-achieved', reason: 'few-years', latest: -4, goal: 0, metYears: 1, assessedYears: 4 }],
		['positive skips missing years', { kind: 'positive' }, [-5, 1, null, 2, null], { status: 'partly-achieved', reason: 'some-years', latest: 2, goal: 0, metYears: 2, assessedYears: 3 }],
		['positive single value', { kind: 'positive' }, [3], { status: 'achieved', reason: 'every-year', latest: 3, goal: 0, metYears: 1, assessedYears: 1 }],
		['positive from 2021', { kind: 'positive', from: 2021 }, [-1, 1, 2, 3, 4, 5], { status: 'achieved', reason: 'every-year', latest: 5, goal: 0, metYears: 5, assessedYears: 5 }],
		['positive empty', { kind: 'positive' }, [], { status: 'unassessed', reason: 'no-data' }],
	])('%s', (_, target, values, expected) => {
		expect(run(target, values)).toEqual(expected);
	});
});

describe('compare targets', () => {
	const above: Target = { kind: 'compare', relation: 'above', against: 'Riket' };
	const below: Target = { kind: 'compare', relation: 'below', against: 'Riket' };
	const riket = years(2020, [10, 10, 10, 10, 10, 10]);

	it.each<[string, Target, (number | null)[], Point[] | undefined, Expected]>([
		['above every year', above, [11, 12, 13, 14, 15, 16], riket, { status: 'achieved', reason: 'every-year', latest: 16, goal: 10, metYears: 4, assessedYears: 4 }],
		['above: equal is not above', above, [11, 12, 13, 10, 10, 11], riket, { status: 'partly-achieved', reason: 'some-years', latest: 11, goal: 10, metYears: 2, assessedYears: 4 }],
		['above one in four', above, [11, 12, 9, 9, 9, 11], riket, { status: 'not-achieved', reason: 'few-years', latest: 11, goal: 10, metYears: 1, assessedYears: 4 }],
		['below every year', below, [9, 8, 7], riket, { status: 'achieved', reason: 'every-year', latest: 7, goal: 10, metYears: 3, assessedYears: 3 }],
		['below: equal is not below', below, [10, 9], riket, { status: 'partly-achieved', reason: 'some-years', latest: 9, goal: 10, metYears: 1, assessedYears: 2 }],
		[
			'only periods where both have a value; latest and goal from the latest shared period',
			above,
			[11, null, 12, 13, 14, 15, 16],
			years(2020, [10, 10, 10, null, 12, 20]),
			{ status: 'partly-achieved', reason: 'some-years', latest: 15, goal: 20, metYears: 3, assessedYears: 4 },
		],
		['from 2023', { ...above, from: 2023 }, [5, 5, 5, 11, 12, 13], riket, { status: 'achieved', reason: 'every-year', latest: 13, goal: 10, metYears: 3, assessedYears: 3 }],
		['from after the data', { ...above, from: 2030 }, [11, 12], riket, { status: 'unassessed', reason: 'too-few-values' }],
		['without comparison data', above, [11, 12], undefined, { status: 'unassessed', reason: 'no-comparison' }],
		['comparison all missing', above, [11, 12], years(2020, [null, null]), { status: 'unassessed', reason: 'no-comparison' }],
		['comparison for other years only', above, [11, 12], years(2015, [10, 10, 10]), { status: 'unassessed', reason: 'no-comparison' }],
		['no own data', above, [null], riket, { status: 'unassessed', reason: 'no-data' }],
	])('%s', (_, target, values, comparison, expected) => {
		expect(run(target, values, comparison)).toEqual(expected);
	});
});

describe("every-year targets name each year of the window", () => {
	const above: Target = { kind: 'compare', relation: 'above', against: 'Riket' };
	it.each<[string, Target, (number | null)[], Point[] | undefined, string]>([
		['increase: a change belongs to the later year', { kind: 'increase' }, [1, 2, 1, 2, 3], undefined, '2021 ✓, 2022 ✗, 2023 ✓, 2024 ✓'],
		['positive, from a year, across a gap', { kind: 'positive', from: 2021 }, [1, -1, null, 2], undefined, '2021 ✗, 2023 ✓'],
		['compare: only the years both have', above, [11, 9, 12, 13, 14], years(2020, [10, 10, null, 10, 10]), '2020 ✓, 2021 ✗, 2023 ✓, 2024 ✓'],
	])('%s', (_, target, values, comparison, expected) => {
		const found = assessTarget(target, years(2020, values), { comparison }).years ?? [];
		expect(found.map((y) => `${y.period.label} ${y.met ? '✓' : '✗'}`).join(', ')).toBe(expected);
	});

	it('a level target has none', () => {
		expect(assessTarget(atLeast, years(2020, [1, 2])).years).toBeUndefined();
	});
});

describe('progressTowards', () => {
	it.each<[number, number, number, Direction, number]>([
		[0, 50, 100, 'higher', 0.5],
		[0, 150, 100, 'higher', 1],
		[50, 40, 100, 'higher', 0],
		[9, 7, 5, 'lower', 0.5],
		[100, 90, 100, 'higher', 0],
		[100, 100, 100, 'higher', 1],
		[120, 90, 100, 'higher', 0],
	])('baseline %d, latest %d, goal %d, %s → %d', (baseline, latest, goal, better, expected) => {
		expect(progressTowards(baseline, latest, goal, better)).toBe(expected);
	});
});
