import type { Period } from '../../../src/lib/data/types.ts';
import type { Point } from '../../../src/lib/assess/points.ts';

/** A period from its label: "2023", "2023/24" (school year) or "2003-05" (rolling). */
export function period(label: string): Period {
	const m = /^(\d{4})(?:[/-](\d{2}))?$/.exec(label);
	if (!m) throw new Error(`bad period ${label}`);
	const start = Number(m[1]);
	const end = m[2] ? Math.floor(start / 100) * 100 + Number(m[2]) : start;
	return { label, start, end };
}

/** Yearly points from `first` on, one per value; null is a missing value. */
export function years(first: number, values: readonly (number | null)[]): Point[] {
	return values.map((value, i) => ({ period: period(String(first + i)), value }));
}
