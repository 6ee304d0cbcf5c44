/**
 * The site-wide downloads: every observation of every indicator in one CSV (`data.csv`), and an
 * index of the indicators with their metadata, status and trend (`indikatorer.json`). Pure: the
 * same model gives the same bytes, and nothing depends on the clock.
 */
import { stringify } from 'csv-stringify/sync';
import { statusLabels, trendLabels } from '../format/words.ts';
import type { IndicatorNode, Model } from '../model/build.ts';
import { downloadRows, headerCells, rowCells, type DownloadRow } from '../model/download.ts';
import { paths } from '../urls.ts';
import type { Linker } from './address.ts';
import { attributionOf } from './attribution.ts';
import { licenceOf } from './licence.ts';

/** What the downloads say about sample data, word for word the per-indicator JSON's notice. */
export const SAMPLE_NOTICE = 'Exempeldata: påhittade värden, inte organisationens siffror.';

/** The disaggregation columns of every indicator, in the order they first appear (indicators in model order). */
export function dimensionColumns(indicators: readonly IndicatorNode[]): string[] {
	const columns = new Set<string>();
	for (const i of indicators) for (const d of i.dataset?.dimensions ?? []) columns.add(d);
	return [...columns];
}

/** The fixed columns around the disaggregations; a disaggregation with one of these names would be ambiguous. */
export const FIXED_COLUMNS = ['indicator', 'period', 'series', 'unit', 'value', 'source', 'attribution', 'sample'] as const;

/**
 * Every observation of every indicator as one CSV: UTF-8, comma, point decimal, LF, one row per
 * observation (the rows of each indicator's own CSV, in the same order), an empty cell for a missing
 * value. The disaggregation columns are the union of all indicators'; a blank cell means the
 * indicator has no such breakdown, or the row is its total.
 */
export function siteCsv(indicators: readonly IndicatorNode[]): string {
	const parts = siteCsvParts(indicators);
	return parts.header + indicators.map((i) => parts.rows(i)).join('');
}

/** `siteCsv` in parts, for the build, which writes it a few indicators at a time (src/lib/model/write-downloads.ts). */
export interface SiteCsvParts {
	/** The header line, with its newline. */
	header: string;
	/** One indicator's lines, each with its newline; "" when it has no data. `rows`: its download rows, when already made. */
	rows(indicator: IndicatorNode, rows?: readonly DownloadRow[]): string;
}

/** The parts of `siteCsv`: the header, then each indicator's rows in model order, give the same bytes. */
export function siteCsvParts(indicators: readonly IndicatorNode[]): SiteCsvParts {
	const dims = dimensionColumns(indicators);
	// A dimension called like a fixed column gets a suffix rather than overwriting it.
	const dimHeader = dims.map((d) => ((FIXED_COLUMNS as readonly string[]).includes(d) ? `${d} (uppdelning)` : d));
	return {
		header: stringify([headerCells(dimHeader)], { record_delimiter: 'unix' }),
		rows: (i, rows = downloadRows(i)) => stringify(rows.map((r) => rowCells(r, dims)), { record_delimiter: 'unix' }),
	};
}

export interface IndexOptions {
	/** Links to pages and files: absolute when the site's address is known. */
	link: Linker;
	/** Whether dcat.rdf is published (only with an absolute address). */
	dcat: boolean;
}

/** The first and last period that has a value, by the order of time. */
export function coverage(i: IndicatorNode): { first: string; last: string; start: number; end: number } | undefined {
	const periods = (i.dataset?.observations ?? []).filter((o) => o.value !== null).map((o) => o.period);
	if (!periods.length) return undefined;
	const first = periods.reduce((a, b) => (b.start < a.start || (b.start === a.start && b.end < a.end) ? b : a));
	const last = periods.reduce((a, b) => (b.end > a.end || (b.end === a.end && b.start > a.start) ? b : a));
	return { first: first.label, last: last.label, start: first.start, end: last.end };
}

/** The JSON index of the indicators: the site's metadata, then every indicator with its status and links. */
export function indicatorIndex(model: Model, options: IndexOptions): string {
	const { site } = model;
	const { link } = options;
	const licence = licenceOf(site.license);
	const sample = model.indicators.some((i) => i.data.sample);
	const index = {
		title: site.title,
		organisation: site.organisation,
		publisher: site.publisher?.name ?? site.organisation,
		license: { url: licence.url, name: licence.name },
		notice: sample ? SAMPLE_NOTICE : undefined,
		links: {
			site: link(paths.home()),
			openData: link(paths.openData()),
			csv: link(paths.siteCsv()),
			dcat: options.dcat ? link(paths.dcat()) : null,
		},
		levels: { area: site.levels.area.singular, goal: site.levels.goal?.singular ?? null, indicator: site.levels.indicator.singular },
		indicators: model.indicators.map((i) => {
			const c = coverage(i);
			return {
				id: i.id,
				title: i.data.title,
				code: i.data.code ?? null,
				area: { id: i.area.id, title: i.area.data.title },
				goal: i.goal ? { id: i.goal.id, title: i.goal.data.title } : null,
				strategies: i.strategies.map((s) => s.id),
				unit: i.data.unit ?? null,
				status: i.status,
				statusText: statusLabels[i.status],
				// An editor's assessment decides the status; the data's own is in computedStatus.
				assessedByHand: Boolean(i.manual),
				computedStatus: i.computed,
				trend: i.trend,
				trendText: trendLabels[i.trend],
				qualitative: i.qualitative,
				sample: i.data.sample,
				notice: i.data.sample ? SAMPLE_NOTICE : undefined,
				source: i.data.source ?? null,
				attribution: attributionOf(i.data),
				series: i.series.map((s) => ({ name: s.table.series ?? null, label: s.label ?? null, unit: s.unit ?? null, direction: s.direction ?? null, status: s.assessment?.status ?? null, trend: s.trend.trend })),
				periods: c ? { first: c.first, last: c.last } : null,
				observations: i.dataset?.observations.length ?? 0,
				links: {
					page: link(paths.indicator(i.id)),
					xlsx: i.dataset ? link(paths.indicatorXlsx(i.id)) : null,
					csv: i.dataset ? link(paths.indicatorCsv(i.id)) : null,
					json: i.dataset ? link(paths.indicatorJson(i.id)) : null,
				},
			};
		}),
	};
	return `${JSON.stringify(index, null, 2)}\n`;
}
