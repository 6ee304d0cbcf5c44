import { meantColumn } from '../data/columns.ts';
import type { Dataset } from '../data/types.ts';
import { say, type Said } from '../messages/index.ts';
import type { Problem } from '../problems.ts';
import type { IndicatorData } from '../schema/entries.ts';
import { impliedDirection, type Target } from '../schema/target.ts';
import { checkBrand } from './brand-rules.ts';
import { closest } from './closest.ts';
import { fieldName, type Content, type Entry } from './load.ts';

export interface RuleOptions {
	/** The current year, for targets whose year has passed; injectable so tests do not depend on the clock. */
	year: number;
}

/** Rules that span fields or files: what a schema for one file cannot see. */
export function checkRules(content: Content, dataFiles: readonly string[], options: RuleOptions = { year: new Date().getFullYear() }): Problem[] {
	const problems: Problem[] = [];
	const { site } = content;
	const levels = content.siteLineOf(['levels']);
	if (content.goals.length && !site.levels.goal) {
		problems.push({ severity: 'error', file: 'site.yaml', line: levels, field: 'levels.goal', ...say('levelMissing', { level: 'goal' }) });
	}
	if (content.strategies.length && !site.levels.strategy) {
		problems.push({ severity: 'error', file: 'site.yaml', line: levels, field: 'levels.strategy', ...say('levelMissing', { level: 'strategy' }) });
	}
	problems.push(...checkBrand(content));
	const words = {
		area: site.levels.area.singular,
		areas: site.levels.area.plural,
		goal: site.levels.goal?.singular,
		goals: site.levels.goal?.plural,
	};
	const areaIds = content.areas.map((a) => a.id);
	const goalIds = content.goals.map((g) => g.id);
	for (const entry of [...content.strategies, ...content.indicators]) {
		const { area, goal } = entry.data;
		const kind = entry.file.startsWith('indicators/') ? 'indicator' : 'strategy';
		if (area !== undefined && goal !== undefined) {
			problems.push({ severity: 'error', file: entry.file, line: entry.lineOf(['goal']), field: 'goal', ...say('areaAndGoal', { kind, area, goal, words }) });
		} else if (area === undefined && goal === undefined) {
			const withGoals = site.levels.goal !== undefined || goalIds.length > 0;
			problems.push({
				severity: 'error',
				file: entry.file,
				line: entry.lineOf([]),
				field: withGoals ? undefined : 'area',
				...say('noAreaOrGoal', { kind, withGoals, areas: areaIds, goals: goalIds, words }),
			});
		}
	}
	const used = new Set<string>();
	const existing = new Set(dataFiles);
	// Indicators left out because of a mistake still use their data files.
	for (const f of content.failed) if (f.collection === 'indicators' && typeof f.data?.data === 'string') used.add(f.data.data);
	for (const entry of content.indicators) {
		const name = entry.data.data;
		const dataset = name ? content.datasets.get(name) : undefined;
		if (name) used.add(name);
		// A misspelt name is reported as a missing file; the file it meant is not unused.
		if (name && !existing.has(name)) {
			const meant = closest(name, dataFiles);
			if (meant) used.add(meant);
		}
		problems.push(...checkIndicator(entry, dataset, options));
	}
	for (const file of dataFiles) {
		if (!used.has(file)) problems.push({ severity: 'warning', file: `data/${file}`, ...say('unusedDataFile') });
	}
	return problems;
}

function checkIndicator(entry: Entry<IndicatorData>, dataset: Dataset | undefined, options: RuleOptions): Problem[] {
	const problems: Problem[] = [];
	const d = entry.data;
	const at = (path: PropertyKey[], said: Said, severity: Problem['severity'] = 'error') =>
		problems.push({ severity, file: entry.file, line: entry.lineOf(path), field: fieldName(path), ...said });

	if (!d.data) {
		if (d.target || d.series.length) at([d.target ? 'target' : 'series'], say('targetWithoutData'));
		// A Kolada id says data is meant to come: say what is missing rather than that nothing is there.
		if (d.source?.kolada) at(['source', 'kolada'], say('koladaWithoutData', { kpi: d.source.kolada, id: entry.id, assessed: !!d.assessment }), 'warning');
		else if (!d.assessment) problems.push({ severity: 'warning', file: entry.file, line: entry.lineOf([]), field: 'assessment', ...say('noDataNorAssessment') });
		return problems;
	}
	const seriesInData = dataset ? [...new Set(dataset.observations.map((o) => o.series).filter((s): s is string => !!s))] : [];
	if (d.target && d.series.length) at(['target'], say('targetTwice'));

	const declared = d.series.map((s, i) => ({ ...s, path: ['series', i] as PropertyKey[] }));
	const checked = declared.length ? declared : [{ name: undefined, direction: d.direction, target: d.target, path: [] as PropertyKey[] }];
	for (const s of checked) {
		const direction = s.direction ?? d.direction;
		const series = s.name;
		if (!direction) {
			problems.push({ severity: 'error', file: entry.file, line: entry.lineOf(s.path), field: fieldName([...s.path, 'direction']), ...say('noDirection', { series }) });
		} else if (s.target?.kind === 'compare') {
			const { relation } = s.target;
			const implied = relation === 'above' ? 'higher' : 'lower';
			if (implied !== direction) at([...s.path, 'target', 'relation'], say('relationContradicts', { relation, implied, direction, series }));
		} else if (s.target) {
			const implied = impliedDirection[s.target.kind];
			if (implied !== direction) {
				const fitting = (Object.keys(impliedDirection) as (keyof typeof impliedDirection)[]).filter((k) => impliedDirection[k] === direction);
				at([...s.path, 'target', 'kind'], say('kindContradicts', { kind: s.target.kind, implied, direction, series, fitting }));
			}
		}
		if (s.target && 'year' in s.target && s.target.year !== undefined && s.target.year < options.year) {
			at([...s.path, 'target', 'year'], say('targetYearPast', { year: s.target.year, now: options.year }), 'warning');
		}
		if (s.name && dataset && !seriesInData.includes(s.name)) {
			at([...s.path, 'name'], say('seriesNotInData', { series: s.name, file: dataset.file, inData: seriesInData, guess: closest(s.name, seriesInData) }));
		}
		if (s.target?.kind === 'compare' && dataset) problems.push(...checkComparison(entry, s.target, dataset, [...s.path, 'target', 'against']));
	}
	if (dataset) problems.push(...checkHeadlines(entry, dataset));
	return problems;
}

function checkComparison(entry: Entry<IndicatorData>, target: Extract<Target, { kind: 'compare' }>, dataset: Dataset, path: PropertyKey[]): Problem[] {
	const columns = target.column ? [target.column] : dataset.dimensions;
	const found = dataset.observations.some((o) => columns.some((c) => o.dimensions[c] === target.against));
	if (found) return [];
	const values = [...new Set(dataset.observations.flatMap((o) => columns.map((c) => o.dimensions[c]).filter((v): v is string => !!v)))];
	return [
		{
			severity: 'error',
			file: entry.file,
			line: entry.lineOf(path),
			field: fieldName(path),
			...say('comparisonNotInData', { against: target.against, file: dataset.file, columns, values }),
		},
	];
}

/**
 * A warning for every series of the data whose headline (the organisation's own value: a row with
 * no breakdown) has no number: there is nothing to assess, and the page shows no latest value.
 */
function checkHeadlines(entry: Entry<IndicatorData>, dataset: Dataset): Problem[] {
	const bySeries = new Map<string | undefined, { headline: boolean; value: boolean }>();
	for (const o of dataset.observations) {
		const seen = bySeries.get(o.series) ?? { headline: false, value: false };
		if (Object.keys(o.dimensions).length === 0) {
			seen.headline = true;
			if (o.value !== null) seen.value = true;
		}
		bySeries.set(o.series, seen);
	}
	const problems: Problem[] = [];
	for (const [series, { headline, value }] of bySeries) {
		if (value) continue;
		// At the series' entry where the indicator describes it, else at the data field.
		const index = series === undefined ? -1 : entry.data.series.findIndex((s) => s.name === series);
		const path = index >= 0 ? ['series', index, 'name'] : ['data'];
		problems.push({
			severity: 'warning',
			file: entry.file,
			line: entry.lineOf(path),
			field: fieldName(path),
			...say('noHeadline', { file: dataset.file, series, breakdowns: dataset.dimensions, onlyMissing: headline, meant: misnamed(dataset.dimensions) }),
		});
	}
	return problems;
}

/** The first breakdown column whose name is a near miss of a known one ("Enheter" for Enhet). */
function misnamed(columns: readonly string[]): { found: string; name: string } | undefined {
	for (const found of columns) {
		const name = meantColumn(found);
		if (name) return { found, name };
	}
	return undefined;
}
