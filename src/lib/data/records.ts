import { CsvError, parse } from 'csv-parse/sync';
import { say, type Said } from '../messages/index.ts';
import type { Problem } from '../problems.ts';

export type Delimiter = ';' | ',' | '\t';

/** In order of preference: Swedish Excel writes `;`, Open SDG writes `,`, some exports use tab. */
export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];


export interface Row {
	cells: string[];
	/** The line the row starts on, 1-based. */
	line: number;
}

/** The cells of line 1 read with one delimiter, or undefined when line 1 is not valid CSV. */
export function headerCells(text: string, delimiter: Delimiter): string[] | undefined {
	try {
		return parse(text, { delimiter, to_line: 1, relax_column_count: true })[0];
	} catch {
		return undefined;
	}
}

const isBlank = (cells: readonly unknown[]) => cells.every((c) => typeof c !== 'string' || c.trim() === '');

/** csv-parse counts lines at the end of a record; a quoted cell may span lines. */
function lineBreaks(cells: readonly string[]): number {
	return cells.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}

/**
 * Every row (the header first) with the line it starts on. A row with the wrong number of cells is
 * reported and the rest of the file still read, so the editor sees every such row at once; a broken
 * quote stops reading, since the rows after it can no longer be told apart.
 */
export function readRows(text: string, delimiter: Delimiter, file: string): { rows: Row[]; problems: Problem[] } {
	const rows: Row[] = [];
	const problems: Problem[] = [];
	const problem = (line: number | undefined, said: Said) => problems.push({ severity: 'error', file, ...(line === undefined ? {} : { line }), ...said });
	// Where the last row ended, to place a quote that is never closed.
	let lastLine = 0;
	let lastEmpty = 0;
	try {
		parse(text, {
			delimiter,
			skip_empty_lines: true,
			relax_column_count: false,
			skip_records_with_error: true,
			on_record: (cells: string[], info) => {
				lastLine = info.lines;
				lastEmpty = info.empty_lines;
				if (rows.length === 0 || !isBlank(cells)) rows.push({ cells, line: info.lines - lineBreaks(cells) });
				return null;
			},
			on_skip: (err) => {
				if (err?.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
					const cells = Array.isArray(err.record) ? (err.record as string[]) : [];
					const end = typeof err.lines === 'number' ? err.lines : lastLine + 1;
					lastLine = end;
					// A spreadsheet often leaves rows of bare delimiters below the table.
					if (isBlank(cells)) return;
					const expected = rows[0]?.cells.length ?? 0;
					problem(end - lineBreaks(cells), say('csvCellCount', { cells: cells.length, expected, delimiter }));
					return;
				}
				throw err;
			},
		});
	} catch (err) {
		if (!(err instanceof CsvError)) throw err;
		const emptyBefore = typeof err.empty_lines === 'number' ? err.empty_lines - lastEmpty : 0;
		const line =
			err.code === 'CSV_QUOTE_NOT_CLOSED'
				? lastLine + 1 + emptyBefore
				: typeof err.lines === 'number'
					? err.lines
					: undefined;
		if (err.code === 'CSV_QUOTE_NOT_CLOSED') problem(line, say('csvUnclosedQuote'));
		else if (err.code === 'INVALID_OPENING_QUOTE' || err.code === 'CSV_INVALID_CLOSING_QUOTE') problem(line, say('csvQuoteInCell'));
		else problem(line, say('csvUnreadable', { error: err.message }));
	}
	return { rows, problems };
}
