import { statusCodes, type Status } from '../schema/status.ts';
import { combineStatuses } from './status.ts';

export interface StatusSummary {
	/** How many have each status; every status is present, zero included, so a page can list all four. */
	counts: Record<Status, number>;
	total: number;
	/** The overall status, by the rule of `combineStatuses`. */
	status: Status;
	/** How many of them are sample data, whose statuses the page must label as such. */
	sample: number;
}

/** What a summary needs of an indicator. */
export interface Summarised {
	status: Status;
	/** True when its values are sample data. */
	sample?: boolean;
}

/** Counts and an overall status for the indicators of a goal, an area or the whole site. */
export function summarise(indicators: readonly Summarised[]): StatusSummary {
	const counts = Object.fromEntries(statusCodes.map((s) => [s, 0])) as Record<Status, number>;
	for (const { status } of indicators) counts[status] += 1;
	return {
		counts,
		total: indicators.length,
		status: combineStatuses(indicators.map((i) => i.status)),
		sample: indicators.filter((i) => i.sample).length,
	};
}
