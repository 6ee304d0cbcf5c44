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
]);

/** The names the reader matches on; NFC because macOS may write "År" as A + combining ring. */
export function normalName(name: string): string {
	return name.trim().normalize('NFC').toLowerCase();
}

export function roleOf(name: string): Role {
	if (name.trim() === '') return 'unnamed';
	return ROLES.get(normalName(name)) ?? 'dimension';
}

/** The roles that may appear only once, with a Swedish word for messages. */
const SINGLE: Partial<Record<Role, string>> = {
	year: 'år',
	value: 'värde',
	series: 'serie',
	units: 'enhet',
	geoCode: 'geokod',
};

/** Names the header's columns and reports names used twice, including Year next to År. */
export function readHeader(cells: readonly string[], file: string): { columns: Column[]; problems: Problem[] } {
	const columns = cells.map((cell, index) => ({ name: cell.trim(), role: roleOf(cell), index }));
	const problems: Problem[] = [];
	const seen = new Map<string, Column>();
	for (const column of columns) {
		if (column.role === 'unnamed') continue;
		const word = SINGLE[column.role];
		const key = word ? `role:${column.role}` : `name:${normalName(column.name)}`;
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
			message: sameName
				? `kolumnen "${column.name}" finns två gånger i rubrikraden.`
				: `kolumnerna "${first.name}" och "${column.name}" betyder båda ${word}; bara en av dem får finnas.`,
			hint: 'Ta bort den ena kolumnen eller ge den ett eget namn.',
		});
	}
	return { columns, problems };
}
