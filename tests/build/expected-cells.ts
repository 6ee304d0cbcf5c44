/**
 * What an indicator's table should show, worked out from its CSV file with csv-parse and Intl
 * alone: none of the project's CSV reader or number formatting is used here, so a mistake there
 * shows up as a difference instead of being repeated.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export const MISSING_TEXT = 'Uppgift saknas';

/** What spreadsheets and statistics offices write for "no value". */
const MISSING_MARKERS = new Set(['', '.', '..', '...', '-', '\u2013', 'x']);
/** Optional minus, digits (groups of three may be split by spaces), decimals after , or ., optional %. */
const NUMBER = /^([-\u2212]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?([ \u00a0\u202f]?%)?$/;

export type Cell = { kind: 'missing' } | { kind: 'number'; value: number; decimals: number; percent: boolean };

/** One CSV value cell as a number with the decimals it was written with. */
export function readCell(text: string): Cell {
	const t = text.trim();
	if (MISSING_MARKERS.has(t.toLowerCase())) return { kind: 'missing' };
	const m = NUMBER.exec(t);
	if (!m) throw new Error(`The test cannot read the CSV value "${text}"`);
	const [, sign, whole, fraction, percent] = m;
	const value = Number(`${sign ? '-' : ''}${whole!.replace(/\D/g, '')}${fraction ? `.${fraction}` : ''}`);
	return { kind: 'number', value, decimals: fraction?.length ?? 0, percent: percent !== undefined };
}

/** The text a Swedish reader should see for a CSV value: "61 000", "−6,2", "72,4 %", "Uppgift saknas". */
export function swedish(cell: Cell, unitIsPercent: boolean): string {
	if (cell.kind === 'missing') return MISSING_TEXT;
	const d = cell.decimals;
	const text = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d }).format(cell.value);
	return cell.percent || unitIsPercent ? `${text}\u00a0%` : text;
}

/** The cells of one table: period → column heading → text. */
export type Grid = Record<string, Record<string, string>>;

export interface ExpectedTable {
	/** The CSV Series and Units cells, to name the table in messages. */
	series: string;
	unit: string;
	grid: Grid;
	/** How many CSV rows the table holds. */
	rows: number;
	/** How many of them are missing markers. */
	missing: number;
}

const YEAR = ['year', 'år'];
const VALUE = ['value', 'värde'];
const SERIES = ['series', 'serie'];
const UNITS = ['units', 'enhet'];
/** Columns that describe a value rather than split it. */
const NOT_DIMENSIONS = ['geocode', 'observation status', 'unit multiplier', 'unit measure', 'comment_obs', 'comment_ts'];

export interface CsvFile {
	header: string[];
	rows: string[][];
	/** The 0-based index of a column by its possible names, or -1. */
	column(names: readonly string[]): number;
}

export function readCsvFile(file: string): CsvFile {
	const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	const firstLine = text.split(/\r?\n/, 1)[0]!;
	const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
	const [header = [], ...rows] = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true }) as string[][];
	const names = header.map((h) => h.trim().normalize('NFC').toLowerCase());
	return { header: header.map((h) => h.trim()), rows, column: (list) => names.findIndex((n) => list.includes(n)) };
}

/**
 * The tables an indicator page should show for a CSV file: one per series and unit, a row per
 * period, a column per combination of breakdown values (the organisation's own values under its
 * name), every CSV value in its cell and a period without a value for a column as missing.
 */
export function expectedTables(file: string, organisation: string): ExpectedTable[] {
	const csv = readCsvFile(file);
	const year = csv.column(YEAR);
	const value = csv.column(VALUE);
	const series = csv.column(SERIES);
	const units = csv.column(UNITS);
	if (year < 0 || value < 0) throw new Error(`${file}: the test finds no year or value column`);
	const dimensions = csv.header
		.map((name, index) => ({ name: name.toLowerCase(), index }))
		.filter(({ name, index }) => name !== '' && ![year, value, series, units].includes(index) && !NOT_DIMENSIONS.includes(name))
		.map(({ index }) => index);

	const tables = new Map<string, ExpectedTable & { columns: Set<string> }>();
	for (const row of csv.rows) {
		const get = (index: number) => (index < 0 ? '' : (row[index] ?? '').trim());
		const key = JSON.stringify([get(series), get(units)]);
		let table = tables.get(key);
		if (!table) {
			table = { series: get(series), unit: get(units), grid: {}, rows: 0, missing: 0, columns: new Set() };
			tables.set(key, table);
		}
		const column = dimensions.map(get).filter(Boolean).join(', ') || organisation;
		const cell = readCell(row[value] ?? '');
		const period = get(year);
		table.grid[period] ??= {};
		if (table.grid[period]![column] !== undefined) throw new Error(`${file}: two rows for ${period}, ${column}`);
		table.grid[period]![column] = swedish(cell, get(units) === '%');
		table.columns.add(column);
		table.rows++;
		if (cell.kind === 'missing') table.missing++;
	}
	// A period with no row for a column is shown as missing too.
	return [...tables.values()].map(({ columns, ...table }) => {
		for (const period of Object.keys(table.grid)) {
			for (const column of columns) table.grid[period]![column] ??= MISSING_TEXT;
		}
		return table;
	});
}
