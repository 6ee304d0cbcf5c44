import { statusCodes, type Status } from '../schema/status-codes.ts';

/**
 * The all-indicators page's filter (src/scripts/filter-element.ts): which statuses and which area
 * the reader chose. The choice lives in the page's address, under the controls' names, so a
 * filtered list can be bookmarked and shared.
 */
export interface FilterChoice {
	/** The statuses to show, in the vocabulary's order; none chosen shows every status. */
	statuses: Status[];
	/** The one area to show; none shows every area. */
	area?: string;
}

/** One indicator in the list, as the filter sees it. */
export interface FilterItem {
	status: Status;
	/** The id of the area the indicator is listed under. */
	area: string;
}

/** The query parameters, which are also the controls' names. */
export const filterFields = { status: 'status', area: 'area' } as const;

/**
 * The choice an address holds. A status or area the site does not have (an old link, a typo) is
 * left out rather than showing an empty list.
 */
export function readChoice(params: URLSearchParams, areas: readonly string[]): FilterChoice {
	const asked = new Set(params.getAll(filterFields.status));
	const area = params.get(filterFields.area) ?? '';
	return {
		statuses: statusCodes.filter((s) => asked.has(s)),
		...(areas.includes(area) ? { area } : {}),
	};
}

/** The address query for a choice, without "?": empty when everything is shown. */
export function choiceQuery(choice: FilterChoice): string {
	const params = new URLSearchParams();
	for (const s of statusCodes) if (choice.statuses.includes(s)) params.append(filterFields.status, s);
	if (choice.area) params.set(filterFields.area, choice.area);
	return params.toString();
}

/** True when the choice narrows the list at all. */
export const narrows = (choice: FilterChoice): boolean => choice.statuses.length > 0 || choice.area !== undefined;

/** Whether an indicator is shown. */
export function matches(choice: FilterChoice, item: FilterItem): boolean {
	return (choice.area === undefined || item.area === choice.area) && (choice.statuses.length === 0 || choice.statuses.includes(item.status));
}

/**
 * Whether an area's section is shown: its heading stays while nothing narrows the list (an area
 * without indicators says so), and otherwise only with at least one indicator to show under it.
 */
export function showsSection(choice: FilterChoice, area: string, shownItems: number): boolean {
	return narrows(choice) ? shownItems > 0 && (choice.area === undefined || choice.area === area) : true;
}

/** How many indicators of each status the chosen area has (every area when none is chosen): the counts beside the status boxes. */
export function countByStatus(items: readonly FilterItem[], area?: string): Record<Status, number> {
	const counts = Object.fromEntries(statusCodes.map((s) => [s, 0])) as Record<Status, number>;
	for (const i of items) if (area === undefined || i.area === area) counts[i.status]++;
	return counts;
}

/** The words of the line that says how many are shown; `{shown}`, `{total}`, `{noun}`. */
export interface ShownWords {
	/** "Visar {shown} av {total} {noun}." */
	some: string;
	/** "Visar alla {total} {noun}." */
	all: string;
	/** "Inga {noun} passar valen." */
	none: string;
	/** The plural level name in lower case, e.g. "indikatorer". */
	noun: string;
}

/** The line read out after each change, numbers written as the page's language writes them. */
export function shownText(shown: number, total: number, words: ShownWords, format: (n: number) => string): string {
	const text = shown === 0 ? words.none : shown === total ? words.all : words.some;
	return text.replaceAll('{shown}', format(shown)).replaceAll('{total}', format(total)).replaceAll('{noun}', words.noun);
}
