import { describe, expect, it } from 'vitest';
import {
	choiceQuery,
	countByStatus,
	matches,
	readChoice,
	showsSection,
	shownText,
	type FilterChoice,
	type FilterItem,
} from '../../src/lib/filter/indicator-filter.ts';

const areas = ['dialog', 'hallbar-tillvaxt'];

describe('the filter choice in the address', () => {
	it.each<[string, FilterChoice]>([
		['', { statuses: [] }],
		['status=achieved', { statuses: ['achieved'] }],
		// The vocabulary's order, whatever the address's.
		['status=unassessed&status=not-achieved', { statuses: ['not-achieved', 'unassessed'] }],
		['area=dialog', { statuses: [], area: 'dialog' }],
		['status=partly-achieved&area=hallbar-tillvaxt', { statuses: ['partly-achieved'], area: 'hallbar-tillvaxt' }],
		// What the site does not have is dropped: an old link still shows a list.
		['status=uppnatt&area=tillvaxt', { statuses: [] }],
		['status=achieved&status=achieved', { statuses: ['achieved'] }],
		['area=', { statuses: [] }],
		['q=vatten&status=achieved', { statuses: ['achieved'] }],
	])('?%s', (query, choice) => {
		expect(readChoice(new URLSearchParams(query), areas)).toEqual(choice);
	});

	it.each<[FilterChoice, string]>([
		[{ statuses: [] }, ''],
		[{ statuses: ['not-achieved', 'achieved'] }, 'status=achieved&status=not-achieved'],
		[{ statuses: [], area: 'dialog' }, 'area=dialog'],
		[{ statuses: ['unassessed'], area: 'hallbar-tillvaxt' }, 'status=unassessed&area=hallbar-tillvaxt'],
	])('%j is written as "%s" and read back the same', (choice, query) => {
		expect(choiceQuery(choice)).toBe(query);
		const sorted = { ...choice, statuses: [...choice.statuses].sort((a, b) => order(a) - order(b)) };
		expect(readChoice(new URLSearchParams(query), areas)).toEqual(sorted);
	});
});

const order = (s: string) => ['achieved', 'partly-achieved', 'not-achieved', 'unassessed'].indexOf(s);

describe('what is shown', () => {
	const item: FilterItem = { status: 'partly-achieved', area: 'dialog' };
	it.each<[FilterChoice, boolean]>([
		[{ statuses: [] }, true],
		[{ statuses: ['partly-achieved'] }, true],
		[{ statuses: ['achieved', 'partly-achieved'] }, true],
		[{ statuses: ['achieved'] }, false],
		[{ statuses: [], area: 'dialog' }, true],
		[{ statuses: [], area: 'hallbar-tillvaxt' }, false],
		[{ statuses: ['partly-achieved'], area: 'hallbar-tillvaxt' }, false],
		[{ statuses: ['not-achieved'], area: 'dialog' }, false],
	])('a partly achieved indicator in dialog, choice %j: %s', (choice, shown) => {
		expect(matches(choice, item)).toBe(shown);
	});

	it.each<[FilterChoice, string, number, boolean]>([
		// Nothing chosen: every area keeps its heading, even one without indicators.
		[{ statuses: [] }, 'dialog', 0, true],
		[{ statuses: [] }, 'dialog', 3, true],
		[{ statuses: ['achieved'] }, 'dialog', 0, false],
		[{ statuses: ['achieved'] }, 'dialog', 1, true],
		[{ statuses: [], area: 'dialog' }, 'dialog', 2, true],
		[{ statuses: [], area: 'dialog' }, 'dialog', 0, false],
		[{ statuses: [], area: 'dialog' }, 'hallbar-tillvaxt', 0, false],
	])('choice %j, section %s with %i shown: %s', (choice, area, shown, visible) => {
		expect(showsSection(choice, area, shown)).toBe(visible);
	});
});

describe('the counts beside the status boxes', () => {
	const items: FilterItem[] = [
		{ status: 'achieved', area: 'dialog' },
		{ status: 'achieved', area: 'hallbar-tillvaxt' },
		{ status: 'not-achieved', area: 'dialog' },
		{ status: 'unassessed', area: 'hallbar-tillvaxt' },
	];
	it.each<[string | undefined, Record<string, number>]>([
		[undefined, { achieved: 2, 'partly-achieved': 0, 'not-achieved': 1, unassessed: 1 }],
		['dialog', { achieved: 1, 'partly-achieved': 0, 'not-achieved': 1, unassessed: 0 }],
		['hallbar-tillvaxt', { achieved: 1, 'partly-achieved': 0, 'not-achieved': 0, unassessed: 1 }],
	])('area %s', (area, counts) => {
		expect(countByStatus(items, area)).toEqual(counts);
	});
});

describe('the line that says how many are shown', () => {
	const sv = { some: 'Visar {shown} av {total} {noun}.', all: 'Visar alla {total} {noun}.', none: 'Inga {noun} passar valen.', noun: 'indikatorer' };
	const format = (n: number) => new Intl.NumberFormat('sv-SE').format(n);
	it.each([
		[3, 12, 'Visar 3 av 12 indikatorer.'],
		[12, 12, 'Visar alla 12 indikatorer.'],
		[0, 12, 'Inga indikatorer passar valen.'],
		[1500, 20000, 'Visar 1\u00a0500 av 20\u00a0000 indikatorer.'],
	])('%i of %i', (shown, total, text) => {
		expect(shownText(shown, total, sv, format)).toBe(text);
	});
});
