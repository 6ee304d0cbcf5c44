/**
 * Where a municipality stands among others on a KPI in one year: its rank (1 is best, by the
 * indicator's direction), the size of the group and the quartile. Pure. The import writes the rank
 * as a series of its own, so a `top-share` ("bland de 25 % bästa") or `rank-at-most` target is
 * assessed by the build from real comparison data.
 *
 * - Only areas with a value count: a missing value is not last, it is not in the group.
 * - Ties share a rank, the best of them ("1, 2, 2, 4"): a municipality is not ranked below one with
 *   the same value.
 * - Quartile 1 is the best quarter: rank r of n is in quartile ⌈4r/n⌉. With 290 municipalities,
 *   ranks 1–72 are quartile 1, matching the limit ⌊25 % × 290⌋ = 72 the status uses. In a group
 *   smaller than four even the first is not in quartile 1 (the best 25 % of two is half a
 *   municipality), as a `top-share` target of 25 % is not met there either.
 */
import type { KoladaRecord } from './client.ts';

export type Direction = 'higher' | 'lower';

export interface Rank {
	/** 1 is best. */
	rank: number;
	/** How many areas had a value. */
	groupSize: number;
	/** 1 (best quarter) to 4. */
	quartile: 1 | 2 | 3 | 4;
	/** The municipality's own value. */
	value: number;
}

/** The rank of `own` among `values` (one per area; later duplicates of an id are ignored); undefined when `own` has no value. */
export function rankOf(values: readonly { id: string; value: number | null }[], own: string, direction: Direction): Rank | undefined {
	const byId = new Map<string, number>();
	for (const { id, value } of values) {
		if (byId.has(id) || value === null || !Number.isFinite(value)) continue;
		byId.set(id, value);
	}
	const value = byId.get(own);
	if (value === undefined) return undefined;
	const better = (other: number) => (direction === 'higher' ? other > value : other < value);
	let ahead = 0;
	for (const other of byId.values()) if (better(other)) ahead++;
	const rank = ahead + 1;
	const groupSize = byId.size;
	return { rank, groupSize, quartile: quartileOf(rank, groupSize), value };
}

/** The quartile of rank `rank` among `size`: 1 is the best quarter. */
export function quartileOf(rank: number, size: number): 1 | 2 | 3 | 4 {
	return Math.min(4, Math.max(1, Math.ceil((4 * rank) / size))) as 1 | 2 | 3 | 4;
}

/** Kolada's municipalities: four digits, not Riket (`0000`) nor a region (`00LL`). Groups (`G…`) are not municipalities either. */
export function isMunicipality(id: string): boolean {
	return /^\d{4}$/.test(id) && !id.startsWith('00');
}

/**
 * The rank of `own` in each of `years`, among the areas `within` admits, from Kolada's records
 * (the total, gender `T`). A year where `own` has no value has no rank.
 */
export function ranksByYear(
	records: readonly KoladaRecord[],
	own: string,
	direction: Direction,
	years: readonly number[],
	within: (id: string) => boolean = isMunicipality,
): { year: number; rank?: Rank }[] {
	return [...years]
		.sort((a, b) => a - b)
		.map((year) => {
			const values = records
				.filter((r) => r.period === year && (within(r.municipality) || r.municipality === own))
				.map((r) => ({ id: r.municipality, value: r.values.find((v) => v.gender === 'T')?.value ?? null }));
			const rank = rankOf(values, own, direction);
			return rank ? { year, rank } : { year };
		});
}
