import { describe, expect, it } from 'vitest';
import { summarise, type Summarised } from '../../../src/lib/assess/summary.ts';
import { combineStatuses } from '../../../src/lib/assess/status.ts';
import type { Status } from '../../../src/lib/schema/status.ts';

const cases: [string, Status[], Status][] = [
	['nothing', [], 'unassessed'],
	['only unassessed', ['unassessed', 'unassessed'], 'unassessed'],
	['all achieved', ['achieved', 'achieved'], 'achieved'],
	['achieved, unassessed ignored', ['achieved', 'unassessed'], 'achieved'],
	['all not achieved', ['not-achieved', 'not-achieved'], 'not-achieved'],
	['not achieved, unassessed ignored', ['unassessed', 'not-achieved'], 'not-achieved'],
	['achieved and not achieved', ['achieved', 'not-achieved'], 'partly-achieved'],
	['a single partly achieved', ['partly-achieved'], 'partly-achieved'],
	['all partly achieved', ['partly-achieved', 'partly-achieved'], 'partly-achieved'],
	['achieved and partly', ['achieved', 'partly-achieved', 'unassessed'], 'partly-achieved'],
];

describe('combineStatuses', () => {
	it.each(cases)('%s → %s', (_, statuses, expected) => {
		expect(combineStatuses(statuses)).toBe(expected);
	});
});

describe('summarise', () => {
	it.each(cases)('%s → overall %s', (_, statuses, expected) => {
		const summary = summarise(statuses.map((status) => ({ status })));
		expect(summary.status).toBe(expected);
		expect(summary.total).toBe(statuses.length);
	});

	it.each<[Status[], Record<Status, number>]>([
		[[], { achieved: 0, 'partly-achieved': 0, 'not-achieved': 0, unassessed: 0 }],
		[
			['achieved', 'achieved', 'not-achieved', 'unassessed', 'partly-achieved', 'achieved'],
			{ achieved: 3, 'partly-achieved': 1, 'not-achieved': 1, unassessed: 1 },
		],
	])('counts %j with every status present', (statuses, counts) => {
		expect(summarise(statuses.map((status) => ({ status }))).counts).toEqual(counts);
	});

	it.each<[string, Summarised[], number]>([
		['no sample data', [{ status: 'achieved', sample: false }, { status: 'unassessed', sample: false }], 0],
		['some sample data', [{ status: 'achieved', sample: true }, { status: 'achieved', sample: false }, { status: 'unassessed', sample: true }], 2],
		['all sample data', [{ status: 'not-achieved', sample: true }, { status: 'achieved', sample: true }], 2],
		['no sample flag', [{ status: 'achieved' }], 0],
	])('%s → %i of them labelled as sample', (_, indicators, sample) => {
		expect(summarise(indicators).sample).toBe(sample);
	});
});
