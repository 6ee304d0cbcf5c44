import { assessTarget, combineStatuses, type TargetAssessment } from '../assess/status.ts';
import { summarise } from '../assess/summary.ts';
import { assessTrend } from '../assess/trend.ts';
import type { Content, Entry } from '../content/load.ts';
import type { Translations } from '../i18n/content.ts';
import { newest, type LastChanged } from '../data/last-changed.ts';
import type { Dataset } from '../data/types.ts';
import type { AreaData, GoalData, IndicatorData, PageData, StrategyData } from '../schema/entries.ts';
import type { Site } from '../schema/site.ts';
import type { Assessment, Direction, Status, Trend } from '../schema/status.ts';
import type { Target } from '../schema/target.ts';
import { buildTables, columnPoints, isHeadline, type Column, type SeriesTable } from './table.ts';

export type Summary = ReturnType<typeof summarise>;

interface Node<T> {
	id: string;
	file: string;
	data: T;
	/** The Markdown after the front matter, as written; Astro renders it (src/content.config.ts). */
	body: string;
	/** The entry's translations (`<id>.en.md`), by language; none when nothing is translated. */
	translations?: Translations;
}

export interface AreaNode extends Node<AreaData> {
	goals: GoalNode[];
	/** Strategies directly under the area. */
	strategies: StrategyNode[];
	/** Indicators directly under the area. */
	indicators: IndicatorNode[];
	/** Every indicator under the area, its goals' included. */
	allIndicators: IndicatorNode[];
	summary: Summary;
	/** The editor's assessment where there is one, else the summary's. */
	status: Status;
}

export interface GoalNode extends Node<GoalData> {
	area: AreaNode;
	strategies: StrategyNode[];
	indicators: IndicatorNode[];
	summary: Summary;
	status: Status;
}

export interface StrategyNode extends Node<StrategyData> {
	area: AreaNode;
	goal?: GoalNode;
	/** Indicators that follow the strategy up. */
	indicators: IndicatorNode[];
}

/** One series of an indicator, with its table, target, status and trend. */
export interface SeriesNode {
	table: SeriesTable;
	/** The heading for this series: its label, its CSV name, or nothing for a single-series indicator. */
	label?: string;
	unit?: string;
	direction?: Direction;
	target?: Target;
	headline?: Column;
	/** Points of the headline column, in time order. */
	points: { period: SeriesTable['periods'][number]; value: number | null }[];
	/** The column the target compares against, for `compare` targets. */
	comparison?: Column;
	assessment?: TargetAssessment;
	trend: ReturnType<typeof assessTrend>;
}

export interface IndicatorNode extends Node<IndicatorData> {
	area: AreaNode;
	goal?: GoalNode;
	strategies: StrategyNode[];
	dataset?: Dataset;
	series: SeriesNode[];
	/** The editor's assessment, if any: it decides `status` and is shown with its motivation. */
	manual?: Assessment;
	/** The status computed from the data, shown beside an override. */
	computed: Status;
	status: Status;
	/** The trend of the first series with data. */
	trend: Trend;
	qualitative: boolean;
	/** When the data file was last changed (Git history, else the file's time); none without data. */
	dataChanged?: LastChanged;
	/** The period of the latest value of any series, e.g. "2024" or "2023/24"; none without a value. */
	latestPeriod?: SeriesTable['periods'][number];
}

export interface PageNode extends Node<PageData> {}

export interface Model {
	site: Site;
	dir: string;
	areas: AreaNode[];
	goals: GoalNode[];
	strategies: StrategyNode[];
	indicators: IndicatorNode[];
	pages: PageNode[];
	summary: Summary;
	/** The day the newest data file was last changed: the print edition's date of the data. */
	dataChanged?: string;
	/** The latest period with a value over all indicators: "Data t.o.m. 2024". */
	latestPeriod?: SeriesTable['periods'][number];
}

export interface BuildOptions {
	/** When a data file (by its name in `data/`) was last changed; src/lib/content/validate.ts asks Git. */
	dataChanged?: (name: string) => LastChanged | undefined;
}

/** The same order as `localeCompare(…, 'sv')`, without building a collator for every comparison. */
const swedish = new Intl.Collator('sv');

const byOrder = <T extends { data: { order?: number; title: string } }>(a: T, b: T) =>
	(a.data.order ?? Infinity) - (b.data.order ?? Infinity) || swedish.compare(a.data.title, b.data.title);

const sorted = <T extends { data: { order?: number; title: string } }>(items: readonly T[]) => [...items].sort(byOrder);

/** Joins validated content and data into the tree the pages render, every status computed once. */
export function buildModel(content: Content, options: BuildOptions = {}): Model {
	const translated = new Map<string, Translations>();
	for (const t of content.translations ?? []) {
		const key = `${t.collection}/${t.id}`;
		translated.set(key, { ...translated.get(key), [t.locale]: { file: t.file, data: t.data, body: t.body } });
	}
	const strip = <T>({ id, file, data, body }: Entry<T>, collection: string): Node<T> => {
		const translations = translated.get(`${collection}/${id}`);
		return translations ? { id, file, data, body, translations } : { id, file, data, body };
	};
	const areas = new Map<string, AreaNode>();
	for (const e of sorted(content.areas)) {
		areas.set(e.id, { ...strip(e, 'areas'), goals: [], strategies: [], indicators: [], allIndicators: [], summary: summarise([]), status: 'unassessed' });
	}
	const goals = new Map<string, GoalNode>();
	for (const e of sorted(content.goals)) {
		const area = areas.get(e.data.area)!;
		const goal: GoalNode = { ...strip(e, 'goals'), area, strategies: [], indicators: [], summary: summarise([]), status: 'unassessed' };
		goals.set(e.id, goal);
		area.goals.push(goal);
	}
	const strategies = new Map<string, StrategyNode>();
	for (const e of sorted(content.strategies)) {
		const goal = e.data.goal ? goals.get(e.data.goal) : undefined;
		const area = goal?.area ?? areas.get(e.data.area!)!;
		const strategy: StrategyNode = { ...strip(e, 'strategies'), area, goal, indicators: [] };
		strategies.set(e.id, strategy);
		(goal ?? area).strategies.push(strategy);
	}
	const indicators: IndicatorNode[] = [];
	for (const e of sorted(content.indicators)) {
		const goal = e.data.goal ? goals.get(e.data.goal) : undefined;
		const area = goal?.area ?? areas.get(e.data.area!)!;
		const dataset = e.data.data ? content.datasets.get(e.data.data) : undefined;
		const dataChanged = e.data.data ? options.dataChanged?.(e.data.data) : undefined;
		const indicator = assessIndicator({ ...strip(e, 'indicators'), area, goal, strategies: e.data.strategies.map((s) => strategies.get(s)!), dataset, dataChanged });
		indicators.push(indicator);
		(goal ?? area).indicators.push(indicator);
		area.allIndicators.push(indicator);
		for (const s of indicator.strategies) s.indicators.push(indicator);
	}
	for (const node of [...goals.values(), ...areas.values()]) {
		const list = 'allIndicators' in node ? node.allIndicators : node.indicators;
		node.summary = summarise(list.map(summarised));
		node.status = node.data.assessment?.status ?? node.summary.status;
	}
	return {
		site: content.site,
		dir: content.dir,
		areas: [...areas.values()],
		goals: [...goals.values()],
		strategies: [...strategies.values()],
		indicators,
		pages: sorted(content.pages).map((e) => strip(e, 'pages')),
		summary: summarise(indicators.map(summarised)),
		dataChanged: newest(indicators.flatMap((i) => (i.dataChanged ? [i.dataChanged.date] : []))),
		latestPeriod: latestOf(indicators.flatMap((i) => (i.latestPeriod ? [i.latestPeriod] : []))),
	};
}

/** An indicator as its goal's, area's and site's summaries count it. */
const summarised = (i: IndicatorNode) => ({ status: i.status, sample: i.data.sample });

type Period = SeriesTable['periods'][number];

/** The latest of the periods by the year it ends in (2023/24 is later than 2023). */
function latestOf(periods: Period[]): Period | undefined {
	return periods.reduce<Period | undefined>((best, p) => (!best || p.end > best.end || (p.end === best.end && p.start > best.start) ? p : best), undefined);
}

type Unassessed = Omit<IndicatorNode, 'series' | 'manual' | 'computed' | 'status' | 'trend' | 'qualitative' | 'latestPeriod'>;

function assessIndicator(node: Unassessed): IndicatorNode {
	const d = node.data;
	const tables = node.dataset ? buildTables(node.dataset) : [];
	const series = tables.map((table) => assessSeries(d, table, tables.length > 1));
	const assessed = series.filter((s) => s.assessment).map((s) => s.assessment!.status);
	const computed = assessed.length ? combineStatuses(assessed) : 'unassessed';
	return {
		...node,
		series,
		manual: d.assessment,
		computed,
		status: d.assessment?.status ?? computed,
		trend: series.find((s) => s.trend.trend !== 'no-data')?.trend.trend ?? 'no-data',
		qualitative: !d.data,
		// The headline values' latest period, as the page's "Senaste värde" shows; any row's for a file without headline.
		latestPeriod:
			latestOf(series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.period))) ??
			latestOf((node.dataset?.observations ?? []).filter((o) => o.value !== null).map((o) => o.period)),
	};
}

function assessSeries(d: IndicatorData, table: SeriesTable, several: boolean): SeriesNode {
	const config = d.series.find((s) => s.name === table.series);
	const direction = config?.direction ?? d.direction;
	const target = config?.target ?? (d.series.length ? undefined : d.target);
	const headline = table.columns.find(isHeadline);
	const points = headline ? columnPoints(table, headline) : [];
	const comparison = target?.kind === 'compare' ? table.columns.find((c) => (target.column ? c.dimensions[target.column] === target.against : Object.values(c.dimensions).includes(target.against))) : undefined;
	const label = config?.label ?? config?.name ?? (several ? [table.series, table.unit].filter(Boolean).join(', ') : undefined);
	return {
		table,
		label,
		unit: config?.unit ?? d.unit ?? table.unit,
		direction,
		target,
		headline,
		points,
		comparison,
		assessment: target && direction ? assessTarget(target, points, { direction, comparison: comparison ? columnPoints(table, comparison) : undefined }) : undefined,
		trend: direction ? assessTrend(points, direction) : { trend: 'no-data' },
	};
}
