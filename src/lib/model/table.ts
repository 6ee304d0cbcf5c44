import { comparePeriods } from '../data/period.ts';
import type { Dataset, Observation, Period } from '../data/types.ts';

/** One column of an indicator's table: the headline, or one combination of disaggregations. */
export interface Column {
	/** Disaggregation column → value; empty for the headline. */
	dimensions: Record<string, string>;
	/** "Kvinnor", "Riket", "Kvinnor, Riket"; empty for the headline. */
	label: string;
	/** The column's values by period label. */
	cells: Map<string, Observation>;
}

/** The observations of one series and unit, laid out as periods × columns. */
export interface SeriesTable {
	/** The CSV `Series` cell, if any. */
	series?: string;
	/** The CSV `Units` cell, if any. */
	unit?: string;
	/** Every period that has a row, in time order. */
	periods: Period[];
	/** The headline first (when the data has one), then the rest in file order. */
	columns: Column[];
}

/** Splits a dataset into one table per series and unit, every observation in exactly one cell. */
export function buildTables(dataset: Dataset): SeriesTable[] {
	const tables = new Map<string, SeriesTable & { periodMap: Map<string, Period>; columnMap: Map<string, Column> }>();
	// Keys made of texts each prefixed by its length, so no two tables or columns share one.
	const key = (texts: readonly string[]) => texts.map((t) => `${t.length}:${t}`).join('');
	for (const o of dataset.observations) {
		const tableKey = key([o.series ?? '', o.unit ?? '']);
		let table = tables.get(tableKey);
		if (!table) {
			table = { series: o.series, unit: o.unit, periods: [], columns: [], periodMap: new Map(), columnMap: new Map() };
			tables.set(tableKey, table);
		}
		table.periodMap.set(o.period.label, o.period);
		const columnKey = dataset.dimensions.length ? key(dataset.dimensions.map((d) => o.dimensions[d] ?? '')) : '';
		let column = table.columnMap.get(columnKey);
		if (!column) {
			column = { dimensions: o.dimensions, label: dataset.dimensions.map((d) => o.dimensions[d]).filter(Boolean).join(', '), cells: new Map() };
			table.columnMap.set(columnKey, column);
		}
		column.cells.set(o.period.label, o);
	}
	return [...tables.values()].map(({ periodMap, columnMap, ...table }) => ({
		...table,
		periods: [...periodMap.values()].sort(comparePeriods),
		columns: [...columnMap.values()].sort((a, b) => Number(isHeadline(b)) - Number(isHeadline(a))),
	}));
}

export function isHeadline(column: Column): boolean {
	return Object.keys(column.dimensions).length === 0;
}

/** A column's values in time order, missing ones as null, for status, trend and charts. */
export function columnPoints(table: SeriesTable, column: Column): { period: Period; value: number | null }[] {
	return table.periods.filter((p) => column.cells.has(p.label)).map((period) => ({ period, value: column.cells.get(period.label)!.value }));
}
