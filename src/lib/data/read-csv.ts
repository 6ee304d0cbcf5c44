import { say, type Said } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import { closest } from '../content/closest.ts';
import { namesOf, readHeader, roleOf, type Column, type Role } from './columns.ts';
import { decodeCsvBytes } from './decode.ts';
import { parseNumber } from './number.ts';
import { parsePeriod } from './period.ts';
import { DELIMITERS, headerCells, readRows, type Delimiter, type Row } from './records.ts';
import type { Dataset, Observation } from './types.ts';

/**
 * Reads one indicator data file (an Open SDG style tidy CSV, or the same written by a Swedish
 * spreadsheet) into a dataset. Every problem in the file is reported, so an editor can fix them
 * in one go; the dataset is returned only when there is no error.
 */
export function readCsv(bytes: Uint8Array, file: string): { dataset?: Dataset; problems: Problem[] } {
	const error = (line: number | undefined, field: string | undefined, said: Said): Problem => ({
		severity: 'error',
		file,
		...(line === undefined ? {} : { line }),
		...(field === undefined ? {} : { field }),
		...said,
	});

	const text = decodeCsvBytes(bytes);
	if (text.trim() === '') {
		return { problems: [error(undefined, undefined, say('csvEmpty'))] };
	}
	const delimiter = detectDelimiter(text);
	if (typeof delimiter !== 'string') {
		return { problems: [error(1, undefined, missingColumns(delimiter.found))] };
	}

	const { rows, problems } = readRows(text, delimiter, file);
	const [header, ...body] = rows;
	if (!header) return { problems };
	const { columns, problems: headerProblems } = readHeader(header.cells, file);
	problems.push(...headerProblems);
	if (body.length === 0 && problems.length === 0) {
		problems.push(error(1, undefined, say('csvHeaderOnly')));
	}
	problems.push(...unnamedColumnsWithContent(columns, body, file));

	const byRole = (role: Role) => columns.filter((c) => c.role === role);
	const [year] = byRole('year');
	const [value] = byRole('value');
	const [seriesColumn] = byRole('series');
	const [unitsColumn] = byRole('units');
	const [geoColumn] = byRole('geoCode');
	const dimensions = byRole('dimension');
	const notes = byRole('note');
	// detectDelimiter only accepts a header with both columns.
	if (!year || !value) return { problems };

	const observations: Observation[] = [];
	const firstLine = new Map<string, number>();
	let cells: string[] = [];
	const cell = (column: Column) => cells[column.index] ?? '';
	const blankless = (list: Column[]): Record<string, string> => {
		const out: Record<string, string> = {};
		for (const c of list) {
			const v = cell(c).trim();
			// defineProperty: a column named "__proto__" is a column like any other.
			if (v !== '') Object.defineProperty(out, c.name, { value: v, enumerable: true, writable: true, configurable: true });
		}
		return out;
	};
	const optional = (column: Column | undefined) => (column ? cell(column).trim() || undefined : undefined);
	// A file repeats its periods on many rows: each is read once.
	const periods = new Map<string, ReturnType<typeof parsePeriod>>();
	for (const row of body) {
		cells = row.cells;
		const periodText = cell(year).trim();
		let period = periods.get(periodText);
		if (period === undefined && !periods.has(periodText)) periods.set(periodText, (period = parsePeriod(periodText)));
		if (!period) {
			problems.push(error(row.line, year.name, periodText === '' ? say('csvNoPeriod') : say('csvBadPeriod', { text: periodText })));
		}
		const valueText = cell(value);
		const number = parseNumber(valueText);
		if (number.kind === 'invalid') {
			const text = valueText.trim();
			problems.push(error(row.line, value.name, say('csvNotNumber', { text, ambiguous: isAmbiguous(text) })));
		}
		if (!period) continue;

		const series = optional(seriesColumn);
		const unit = optional(unitsColumn);
		const geoCode = optional(geoColumn);
		const dims = blankless(dimensions);
		// Each value must appear exactly once on the page; two rows for the same cell of the table
		// would make one of them silently disappear.
		const key = cellKey(period.start, period.end, series ?? '', unit ?? '', dims);
		const earlier = firstLine.get(key);
		if (earlier === undefined) firstLine.set(key, row.line);
		else problems.push(error(row.line, undefined, duplicateRow(earlier, row.line, period.label, columns)));

		if (number.kind === 'invalid') continue;
		observations.push({
			period,
			...(series === undefined ? {} : { series }),
			...(unit === undefined ? {} : { unit }),
			dimensions: dims,
			...(geoCode === undefined ? {} : { geoCode }),
			value: number.kind === 'number' ? number.value : null,
			text: valueText,
			decimals: number.kind === 'number' ? number.decimals : 0,
			percent: number.kind === 'number' && number.percent,
			notes: blankless(notes),
			line: row.line,
		});
	}

	problems.push(...breakdownsWithoutHeadline(observations, dimensions.map((c) => c.name), file));
	// In file order, so the editor can work from the top down.
	problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	if (problems.some((p) => p.severity === 'error')) return { problems };
	return {
		dataset: {
			file,
			dimensions: dimensions.map((c) => c.name),
			noteColumns: notes.map((c) => c.name),
			hasSeries: seriesColumn !== undefined,
			hasUnits: unitsColumn !== undefined,
			observations,
		},
		problems,
	};
}

/** A key for one cell of the table: each text prefixed by its length, so no two cells share one. */
function cellKey(start: number, end: number, series: string, unit: string, dims: Record<string, string>): string {
	let key = `${start}:${end}:${series.length}:${series}${unit.length}:${unit}`;
	for (const name in dims) {
		const value = dims[name]!;
		key += `${name.length}:${name}${value.length}:${value}`;
	}
	return key;
}

/** Both marks (1,234.5) or a repeated one (1.234.567): the editor meant thousands, which we refuse to guess. */
function isAmbiguous(text: string): boolean {
	return (text.includes(',') && text.includes('.')) || /^[-\u2212]?\d{1,3}([.,])\d{3}(\1\d{3})+$/.test(text);
}

/**
 * The delimiter whose reading of line 1 names both a year and a value column. Guessing from
 * character counts fails on Open SDG files, whose quoted units contain commas; the header is the
 * one line whose content is known.
 */
function detectDelimiter(text: string): Delimiter | { found: string[] } {
	let best: { found: string[]; score: number } = { found: [], score: -1 };
	for (const delimiter of DELIMITERS) {
		const cells = headerCells(text, delimiter) ?? [];
		const roles = new Set(cells.map(roleOf));
		const known = Number(roles.has('year')) + Number(roles.has('value'));
		if (known === 2) return delimiter;
		// Keep the reading closest to a header, to show the editor what was found.
		const score = known * 1000 + cells.length;
		if (score > best.score) best = { found: cells, score };
	}
	return { found: best.found };
}

function missingColumns(found: readonly string[]): Said {
	const names = found.map((c) => c.trim()).filter((c) => c !== '');
	if (names.length === 0) return say('csvBlankHeader');
	const roles = new Set(found.map(roleOf));
	const missing = (['year', 'value'] as const).filter((role) => !roles.has(role));
	// "Ar" for År: the cell nearest a missing column's names, among those read as breakdowns.
	const unknown = names.filter((n) => roleOf(n) === 'dimension');
	const meant = missing.flatMap((role) => {
		const guesses = unknown.flatMap((found) => {
			const name = closest(found, namesOf(role));
			return name ? [{ found, name }] : [];
		});
		return guesses.slice(0, 1);
	});
	return say('csvMissingColumns', { missing, found: names, meant });
}

function duplicateRow(first: number, second: number, period: string, columns: readonly Column[]): Said {
	const same = (['series', 'units', 'dimension'] as const).filter((role) => columns.some((c) => c.role === role));
	return say('csvDuplicateRow', { first, second, period, same });
}

/** A header cell left empty is harmless unless the rows put something under it. */
function unnamedColumnsWithContent(columns: readonly Column[], body: readonly Row[], file: string): Problem[] {
	return columns
		.filter((c) => c.role === 'unnamed')
		.flatMap((c) => {
			const row = body.find((r) => (r.cells[c.index] ?? '').trim() !== '');
			if (!row) return [];
			return [{ severity: 'error' as const, file, line: 1, ...say('csvUnnamedColumn', { column: c.index + 1, line: row.line }) }];
		});
}

/**
 * A column filled only on rows of periods that have no headline row (a source written beside the
 * newest year, under a name the reader does not know as a note) makes those rows a breakdown: the
 * organisation's newest value would leave the page and its assessment without a word.
 */
function breakdownsWithoutHeadline(observations: readonly Observation[], dimensions: readonly string[], file: string): Problem[] {
	const key = (o: Observation) => `${o.series ?? ''}\u0000${o.period.label}`;
	const headlines = new Set(observations.filter((o) => Object.keys(o.dimensions).length === 0).map(key));
	if (headlines.size === 0) return [];
	return dimensions.flatMap((column) => {
		const rows = observations.filter((o) => o.dimensions[column] !== undefined);
		if (!rows.length || rows.some((o) => headlines.has(key(o)))) return [];
		const periods = [...new Set(rows.map((o) => o.period.label))];
		return [{ severity: 'warning' as const, file, line: rows[0]!.line, field: column, ...say('csvBreakdownWithoutHeadline', { column, periods }) }];
	});
}
