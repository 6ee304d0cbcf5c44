import type { Period } from './types.ts';

const YEAR = /^[1-9]\d{3}$/;
const SPAN = /^([1-9]\d{3})([/-])(\d{2}|\d{4})$/;

/**
 * A two-digit end is shorthand for a short period; a long span from one is almost surely a typo
 * (2005-03), and asking the editor beats reading it as 2005–2103.
 */
const MAX_SHORT_SPAN = 10;

/**
 * Reads a period as editors and statistics offices write it: a year `2023`, a school or financial
 * year `2023/24` or `2023/2024`, or a rolling period `2003-05` or `2003-2005`. Anything else is
 * undefined, so the caller can tell the editor instead of guessing.
 */
export function parsePeriod(text: string): Period | undefined {
	const label = text.trim();
	if (YEAR.test(label)) {
		const year = Number(label);
		return { label, start: year, end: year };
	}
	const match = SPAN.exec(label);
	if (!match) return undefined;
	const [, startText = '', mark, endText = ''] = match;
	const start = Number(startText);
	let end = Number(endText);
	if (endText.length === 2) {
		end += start - (start % 100);
		// Periods crossing a century are written 1999/00 or 1998-00.
		if (end <= start) end += 100;
		if (end - start > MAX_SHORT_SPAN) return undefined;
	}
	if (end <= start) return undefined;
	// A school or financial year always runs into the next calendar year.
	if (mark === '/' && end !== start + 1) return undefined;
	return { label, start, end };
}

/** Orders periods in time: by first year, then by last year (2003 before 2003/04 before 2003-05). */
export function comparePeriods(a: Period, b: Period): number {
	return a.start - b.start || a.end - b.end;
}
