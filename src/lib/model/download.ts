import { stringify } from 'csv-stringify/sync';
import { attributionOf, rowAttribution } from '../open-data/attribution.ts';
import type { IndicatorNode } from './build.ts';
import { toXlsx, type Cell, type Workbook } from './xlsx.ts';

/** One observation as open data: plain values, point decimals, every label spelled out. */
export interface DownloadRow {
	indicator: string;
	period: string;
	series: string;
	unit: string;
	/** Disaggregation column → value; blank for the headline. */
	dimensions: Record<string, string>;
	value: number | null;
	source: string;
	/** "Källa: Kolada", or "Egen bearbetning av data från Kolada" for a value computed from Kolada's (src/lib/open-data/attribution.ts). */
	attribution: string;
	/** "Exempeldata" when the values are sample data, else blank. */
	sample: string;
}

export function downloadRows(i: IndicatorNode): DownloadRow[] {
	const dims = i.dataset?.dimensions ?? [];
	return (i.dataset?.observations ?? []).map((o) => ({
		indicator: i.id,
		period: o.period.label,
		series: o.series ?? '',
		unit: o.unit ?? (o.percent ? '%' : (i.series.find((s) => s.table.series === o.series)?.unit ?? i.data.unit ?? '')),
		dimensions: Object.fromEntries(dims.map((d) => [d, o.dimensions[d] ?? ''])),
		value: o.value,
		source: i.data.source?.name ?? '',
		attribution: rowAttribution(i.data, o),
		sample: i.data.sample ? 'Exempeldata' : '',
	}));
}

/** The downloads' header: their column order, with the disaggregation columns `dims` after the unit. */
export function headerCells(dims: readonly string[]): string[] {
	return ['indicator', 'period', 'series', 'unit', ...dims, 'value', 'source', 'attribution', 'sample'];
}

/** A row's cells in the downloads' column order, with the disaggregation columns `dims`: an empty cell for a missing value. */
export function rowCells(r: DownloadRow, dims: readonly string[]): string[] {
	return [r.indicator, r.period, r.series, r.unit, ...dims.map((d) => r.dimensions[d] ?? ''), r.value === null ? '' : String(r.value), r.source, r.attribution, r.sample];
}

/** The rows as CSV: UTF-8, comma, point decimal, an empty cell for a missing value. `rows`: the indicator's, when already made. */
export function toCsv(i: IndicatorNode, rows: readonly DownloadRow[] = downloadRows(i)): string {
	const dims = i.dataset?.dimensions ?? [];
	return stringify([headerCells(dims), ...rows.map((r) => rowCells(r, dims))], { record_delimiter: 'unix' });
}

/**
 * The rows as a workbook for Excel, its sheet named after the indicator: the CSV's columns, with
 * the values as numbers (so they sum and chart in any language's Excel) and a year as a number too
 * (no "number stored as text").
 */
export function workbookOf(i: IndicatorNode, rows: readonly DownloadRow[] = downloadRows(i)): Workbook {
	const dims = i.dataset?.dimensions ?? [];
	const header = headerCells(dims);
	const period = header.indexOf('period');
	const value = header.indexOf('value');
	const cells = (r: DownloadRow) => rowCells(r, dims).map((text, c): Cell => (c === value ? r.value : c === period && /^\d{4}$/.test(text) ? Number(text) : text));
	return { sheet: i.id, rows: [header, ...rows.map(cells)] };
}

/** The rows as an Excel workbook's file (.xlsx). */
export function toWorkbook(i: IndicatorNode, rows: readonly DownloadRow[] = downloadRows(i)): Uint8Array {
	return toXlsx(workbookOf(i, rows));
}

/** The indicator's metadata and rows as JSON. `rows`: the indicator's, when already made. */
export function toJson(i: IndicatorNode, rows: readonly DownloadRow[] = downloadRows(i)): string {
	return `${JSON.stringify(
		{
			id: i.id,
			title: i.data.title,
			unit: i.data.unit ?? null,
			status: i.status,
			trend: i.trend,
			sample: i.data.sample,
			notice: i.data.sample ? 'Exempeldata: påhittade värden, inte organisationens siffror.' : undefined,
			source: i.data.source ?? null,
			// How to attribute the values, and what is computed from them (status, trend).
			attribution: attributionOf(i.data),
			// The day the data file was last changed (Git history, else the file's time) and the latest value's period.
			dataChanged: i.dataChanged?.date ?? null,
			latestPeriod: i.latestPeriod?.label ?? null,
			observations: rows,
		},
		null,
		2,
	)}\n`;
}
