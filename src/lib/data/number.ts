export type ParsedNumber =
	| { kind: 'missing' }
	| { kind: 'number'; value: number; decimals: number; percent: boolean }
	| { kind: 'invalid' };

/** Markers statistics offices and spreadsheets use for "no value"; compared in lower case. */
const MISSING = new Set(['', '..', '...', '.', 'x', '-', '\u2013', '#n/a', '#saknas!']);

// Thousands may only be grouped with kinds of space: a grouping comma or point cannot be told
// apart from a decimal mark ("1,234"), so those are left to the decimal-mark rule below.
const NUMBER = /^([-\u2212]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?:[ \u00a0\u202f]?%)?$/;

/**
 * Reads a number as written in a Swedish or English spreadsheet export: decimal comma or point,
 * thousands grouped by (non-breaking) spaces, `-` or `−` as minus, an optional trailing `%`.
 * A value that could be read two ways (both `,` and `.`, or a repeated `,`/`.`) is invalid rather
 * than guessed, and a missing-value marker is `missing`, never zero.
 */
export function parseNumber(text: string): ParsedNumber {
	const trimmed = text.trim();
	if (MISSING.has(trimmed.toLowerCase())) return { kind: 'missing' };
	const match = NUMBER.exec(trimmed);
	if (!match) return { kind: 'invalid' };
	const [, sign = '', whole = '', fraction] = match;
	const digits = whole.replace(/[ \u00a0\u202f]/g, '') + (fraction === undefined ? '' : `.${fraction}`);
	const value = Number(digits) * (sign ? -1 : 1);
	return {
		kind: 'number',
		// Avoid -0, which would print as "-0" in a table.
		value: value === 0 ? 0 : value,
		decimals: fraction?.length ?? 0,
		percent: trimmed.endsWith('%'),
	};
}
