import { statusCodes, type Status } from '../schema/status.ts';
import { combineStatuses } from './status.ts';

export interface StatusSummary {
	/** How many have each status; every status is present, zero included, so a page can list all four. */
	counts: Record<Status, number>;
	total: number;
	/** The overall status, by the rule of `combineStatuses`. */
	status: Status;
}

/** Counts and an overall status for the indicators of a goal, an area or the whole site. */
export function summarise(statuses: readonly Status[]): StatusSummary {
	const counts = Object.fromEntries(statusCodes.map((s) => [s, 0])) as Record<Status, number>;
	for (const status of statuses) counts[status] += 1;
	return { counts, total: statuses.length, status: combineStatuses(statuses) };
}
