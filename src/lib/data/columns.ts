import { closest, distance } from '../content/closest.ts';
import { say } from '../messages/index.ts';
import type { Problem } from '../problems.ts';

/** What a column holds; every column without a known name is a disaggregation. */
export type Role = 'year' | 'value' | 'series' | 'units' | 'geoCode' | 'note' | 'dimension' | 'unnamed';

export interface Column {
	/** The name as written in the header, without surrounding spaces. */
	name: string;
	role: Role;
	/** 0-based position in the row. */
	index: number;
}

/** Header names in lower case (Swedish and Open SDG's English) → role. */
const ROLES: ReadonlyMap<string, Role> = new Map([
	['year', 'year'],
	['år', 'year'],
	['value', 'value'],
	['värde', 'value'],
	['series', 'series'],
	['serie', 'series'],
	['units', 'units'],
	['enhet', 'units'],
	['geocode', 'geoCode'],
	// Open SDG annotation columns describe a value; they are not breakdowns to chart.
	['observation status', 'note'],
	['unit multiplier', 'note'],
	['unit measure', 'note'],
	['comment_obs', 'note'],
	['comment_ts', 'note'],
	// The same in Swedish: a note beside a value must not turn it into a breakdown of its own.
	['kommentar', 'note'],
	['anmärkning', 'note'],
	['fotnot', 'note'],
	['not', 'note'],
	['notering', 'note'],
	['anteckning', 'note'],
	['källa', 'note'],
	['note', 'note'],
	['comment', 'note'],
	['source', 'note'],
]);

/** The names the reader matches on; NFC because macOS may write "År" as A + combining ring. */
export function normalName(name: string): string {
	return name.trim().normalize('NFC').toLowerCase();
}

export function roleOf(name: string): Role {
	if (name.trim() === '') return 'unnamed';
	return ROLES.get(normalName(name)) ?? 'dimension';
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * The known column name an unknown one was most likely meant to be ("Enheter" for Enhet, "Vrde"
 * for Värde), as a hint where a column read as a breakdown leaves no headline row. Strict, because most
 * unknown names are real breakdowns ("Län", "Kön").
 */
export function meantColumn(name: string): string | undefined {
	const word = normalName(name);
	if (ROLES.has(word)) return undefined;
	const names = [...ROLES.keys()].filter((n) => !n.includes(' ') && !n.includes('_'));
	const prefix = names.find((n) => n.length >= 4 && word.startsWith(n));
	const near = word.length >= 4 ? closest(word, names) : undefined;
	const guess = prefix ?? (near && distance(word, near) === 1 ? near : undefined);
	return guess && capitalised(guess);
}

/** The names of the columns `role` is read from, as an editor would write them: "År", "Year". */
export function namesOf(role: Role): string[] {
	return [...ROLES].filter(([, r]) => r === role).map(([n]) => capitalised(n));
}

/** The roles that may appear only once. */
const SINGLE = ['year', 'value', 'series', 'units', 'geoCode'] as const;
const isSingle = (role: Role): role is (typeof SINGLE)[number] => (SINGLE as readonly Role[]).includes(role);

/** Names the header's columns and reports names used twice, including Year next to År. */
export function readHeader(cells: readonly string[], file: string): { columns: Column[]; problems: Problem[] } {
	const columns = cells.map((cell, index) => ({ name: cell.trim(), role: roleOf(cell), index }));
	const problems: Problem[] = [];
	const seen = new Map<string, Column>();
	for (const column of columns) {
		if (column.role === 'unnamed') continue;
		const role = column.role;
		const key = isSingle(role) ? `role:${role}` : `name:${normalName(column.name)}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, column);
			continue;
		}
		const sameName = normalName(first.name) === normalName(column.name);
		problems.push({
			severity: 'error',
			file,
			line: 1,
			field: column.name,
			...(sameName || !isSingle(role) ? say('csvColumnTwice', { name: column.name }) : say('csvSameRole', { first: first.name, second: column.name, role })),
		});
	}
	return { columns, problems };
}
