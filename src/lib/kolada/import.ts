/**
 * One indicator's Kolada import: its settings read from front matter, the data fetched, and the
 * CSV and raw JSON to write, with every problem worded for the editor. Writes nothing itself;
 * `scripts/kolada.ts` does the files and the printing.
 */
import { z } from 'astro/zod';
import { fieldName } from '../content/load.ts';
import { describeIssue } from '../content/zod-issues.ts';
import { say, type Said } from '../messages/index.ts';
import type { KoladaSettingsIssue } from '../messages/types.ts';
import type { Problem } from '../problems.ts';
import { KoladaError, type KoladaClient, type KoladaKpi, type KoladaRecord, type RawPage } from './client.ts';
import { koladaSchema, MUNICIPALITY_ID, type KoladaSettings } from './config.ts';
import { isMunicipality, ranksByYear, type Direction } from './rank.ts';
import { toCsv, type RankedYear } from './to-csv.ts';

/** Kolada's terms: raw values are attributed "Källa: Kolada", anything computed from them "Egen bearbetning av data från Kolada". */
export const ATTRIBUTION = { values: 'Källa: Kolada', computed: 'Egen bearbetning av data från Kolada' } as const;

/** An indicator file as the import sees it: front matter as written, not yet checked by the indicator schema. */
export interface IndicatorFile {
	id: string;
	/** Relative to the content tree, e.g. "indicators/besokare.md". */
	file: string;
	frontMatter: Record<string, unknown>;
	lineOf(path: readonly PropertyKey[]): number;
}

/** An indicator ready to import: its settings with defaults and the municipality resolved. */
export interface KoladaJob extends IndicatorFile {
	settings: KoladaSettings;
	municipality: string;
}

/** What one indicator's import gives: the files to write (both or neither) and its problems. */
export interface ImportOutcome {
	id: string;
	/** The CSV text for `data/<id>.csv`; absent when nothing should be written. */
	csv?: string;
	/** The raw responses and metadata for `data/kolada/<id>.json`; present exactly when `csv` is. */
	raw?: RawRecord;
	rows: number;
	years: number[];
	kpi?: KoladaKpi;
	problems: Problem[];
}

/** What `data/kolada/<id>.json` holds. */
export interface RawRecord {
	indicator: string;
	fetchedAt: string;
	baseUrl: string;
	attribution: typeof ATTRIBUTION;
	settings: KoladaSettings & { municipality: string };
	kpi: KoladaKpi;
	/** Computed by Målbild, not Kolada's: "Egen bearbetning av data från Kolada". */
	rank?: { group: string; among: string; direction: Direction; years: { year: number; rank: number | null; groupSize: number | null; quartile: number | null; value: number | null }[] };
	responses: (RawPage & { purpose: 'kpi' | 'data' | 'group' | 'rank' })[];
}

// Checked as a field of a group, so that problems have the front matter's paths (kolada.kpi) and
// an unknown field is told which fields exist there.
const koladaRoot = z.looseObject({ kolada: koladaSchema });

const problemAt =
	(indicator: IndicatorFile, problems: Problem[]) =>
	(path: readonly PropertyKey[], said: Said, severity: Problem['severity'] = 'error') =>
		problems.push({ severity, file: indicator.file, line: indicator.lineOf(path), field: fieldName(path), ...said });

/**
 * The indicator's `kolada:` settings checked against `koladaSchema`, with defaults; the
 * municipality falls back to site.yaml's `publisher.municipalityCode`. Undefined job (and
 * problems) when the settings have a mistake or there is no municipality.
 */
export function readKoladaSettings(indicator: IndicatorFile, siteMunicipality: string | undefined): { job?: KoladaJob; problems: Problem[] } {
	const problems: Problem[] = [];
	const at = problemAt(indicator, problems);
	const result = koladaRoot.safeParse({ kolada: indicator.frontMatter.kolada }, { reportInput: true });
	if (!result.success) {
		const issues = result.error.issues.flatMap((issue): z.core.$ZodIssue[] => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ ...issue, keys: [key] })) : [issue]));
		for (const issue of issues) {
			const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
			const kind = issue.code === 'custom' ? (issue.params?.kolada as KoladaSettingsIssue | undefined) : undefined;
			at(path, kind ? say('koladaSettings', { issue: kind, value: String(issue.input) }) : describeIssue(issue, koladaRoot));
		}
		return { problems };
	}
	const settings = result.data.kolada;
	const municipality = settings.municipality ?? (siteMunicipality && MUNICIPALITY_ID.test(siteMunicipality) ? siteMunicipality : undefined);
	if (!municipality) {
		at(['kolada'], say('koladaNoMunicipality'));
		return { problems };
	}
	// A comparison that is the site's municipality (named only in site.yaml) would be the headline twice.
	settings.comparisons.forEach((c, i) => {
		if (c.id === municipality) at(['kolada', 'comparisons', i, 'id'], say('koladaSettings', { issue: 'comparisonIsOwn', value: c.id }));
	});
	if (problems.length) return { problems };
	return { job: { ...indicator, settings, municipality }, problems };
}

/** Warnings about the indicator around the block, before anything is fetched: where the data goes, attribution, the sample flag. */
export function checkIndicator(job: KoladaJob): Problem[] {
	const problems: Problem[] = [];
	const at = problemAt(job, problems);
	const fm = job.frontMatter;
	const data = typeof fm.data === 'string' ? fm.data : undefined;
	if (data !== `${job.id}.csv`) at([data ? 'data' : 'kolada'], say('koladaDataFile', { id: job.id, data }), 'warning');
	const source = fm.source && typeof fm.source === 'object' ? (fm.source as Record<string, unknown>) : undefined;
	if (typeof source?.name !== 'string' || !/kolada/i.test(source.name)) at([source ? 'source' : 'kolada'], say('koladaSource', { kpi: job.settings.kpi }), 'warning');
	if (fm.sample === true) at(['sample'], say('koladaSample'), 'warning');
	return problems;
}

/** The name of the KPI's own series in the CSV (only written with a rank series). */
export const kpiSeries = (settings: KoladaSettings) => settings.series ?? settings.kpi;

/** The front matter's `series:` entry called `name`, if any. */
function seriesEntry(fm: Record<string, unknown>, name: string): { index: number; entry: Record<string, unknown> } | undefined {
	if (!Array.isArray(fm.series)) return undefined;
	const index = fm.series.findIndex((s) => s && typeof s === 'object' && (s as Record<string, unknown>).name === name);
	return index < 0 ? undefined : { index, entry: fm.series[index] as Record<string, unknown> };
}

const asDirection = (value: unknown): Direction | undefined => (value === 'higher' || value === 'lower' ? value : undefined);

export interface ImportOptions {
	/** The time recorded in the raw JSON; default now. */
	now?: () => Date;
}

/** Fetches one indicator's data and turns it into its files; a failed request is a problem, never a half-written file. */
export async function importIndicator(job: KoladaJob, client: KoladaClient, options: ImportOptions = {}): Promise<ImportOutcome> {
	const { settings, municipality } = job;
	const problems: Problem[] = [];
	const at = (path: readonly PropertyKey[], said: Said, severity: Problem['severity'] = 'error') => problemAt(job, problems)(['kolada', ...path], said, severity);
	const responses: RawRecord['responses'] = [];
	const none: ImportOutcome = { id: job.id, rows: 0, years: [], problems };

	try {
		const meta = await client.kpi(settings.kpi);
		responses.push(...meta.pages.map((p) => ({ ...p, purpose: 'kpi' as const })));
		const kpi = meta.kpi;
		if (!kpi) {
			at(['kpi'], say('koladaUnknownKpi', { kpi: settings.kpi }));
			return none;
		}
		const outcome: ImportOutcome = { ...none, kpi };
		const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
		if (settings.title === undefined) at([], say('koladaTitleMissing', { kpi: settings.kpi, current: kpi.title }), 'warning');
		else if (clean(settings.title) !== clean(kpi.title)) at(['title'], say('koladaTitleChanged', { kpi: settings.kpi, recorded: settings.title, current: kpi.title }), 'warning');
		if (settings.gender && kpi.is_divided_by_gender === false) at(['gender'], say('koladaNotByGender', { kpi: settings.kpi }), 'warning');

		const comparisons = settings.comparisons.filter((c) => c.id !== municipality);
		const data = await client.data(settings.kpi, [municipality, ...comparisons.map((c) => c.id)]);
		responses.push(...data.pages.map((p) => ({ ...p, purpose: 'data' as const })));
		const from = settings.years?.from;
		const kept = (r: KoladaRecord) => from === undefined || r.period >= from;
		const own = data.records.filter((r) => r.municipality === municipality && kept(r));
		if (own.length === 0) {
			at(['kpi'], say('koladaNoData', { kpi: settings.kpi, municipality, from }), 'warning');
			return outcome;
		}
		comparisons.forEach((c) => {
			const i = settings.comparisons.indexOf(c);
			if (!data.records.some((r) => r.municipality === c.id && kept(r))) at(['comparisons', i, 'id'], say('koladaNoComparisonData', { kpi: settings.kpi, id: c.id, label: c.label }), 'warning');
		});

		let rank: { series: string; years: RankedYear[] } | undefined;
		let rankRecord: RawRecord['rank'];
		if (settings.rank) {
			const found = await rankSeries(job, client, own, responses, problems);
			if (!found) return outcome;
			({ rank, rankRecord } = found);
		}

		const { csv, rows, years } = toCsv({
			municipality,
			comparisons,
			gender: settings.gender,
			records: data.records,
			...(from === undefined ? {} : { from }),
			...(rank ? { series: kpiSeries(settings), rank } : {}),
		});
		const raw: RawRecord = {
			indicator: job.id,
			fetchedAt: (options.now?.() ?? new Date()).toISOString(),
			baseUrl: client.baseUrl,
			attribution: ATTRIBUTION,
			settings: { ...settings, municipality },
			kpi,
			...(rankRecord ? { rank: rankRecord } : {}),
			responses,
		};
		return { ...outcome, csv, raw, rows, years };
	} catch (error) {
		if (!(error instanceof KoladaError)) throw error;
		at(['kpi'], say('koladaFetchFailed', error.details));
		return none;
	}
}

/** The rank rows: the latest years with an own value, each ranked among the group. Undefined after an error. */
async function rankSeries(
	job: KoladaJob,
	client: KoladaClient,
	own: readonly KoladaRecord[],
	responses: RawRecord['responses'],
	problems: Problem[],
): Promise<{ rank: { series: string; years: RankedYear[] }; rankRecord: NonNullable<RawRecord['rank']> } | undefined> {
	const { settings, municipality, frontMatter: fm } = job;
	const rankSettings = settings.rank!;
	const anywhere = problemAt(job, problems);
	const at = (path: readonly PropertyKey[], said: Said, severity: Problem['severity'] = 'error') => anywhere(['kolada', ...path], said, severity);
	const ownSeries = seriesEntry(fm, kpiSeries(settings));
	const direction = rankSettings.direction ?? asDirection(ownSeries?.entry.direction) ?? asDirection(fm.direction);
	if (!direction) {
		at(['rank'], say('koladaRankNoDirection', { series: kpiSeries(settings) }));
		return undefined;
	}
	const withValue = own.filter((r) => r.values.some((v) => v.gender === 'T' && v.value !== null)).map((r) => r.period);
	const years = [...new Set(withValue)].sort((a, b) => a - b).slice(-rankSettings.years);

	let records: KoladaRecord[] = [];
	let within: (id: string) => boolean = isMunicipality;
	let among = 'alla kommuner';
	if (years.length) {
		if (rankSettings.group === 'all') {
			const got = await client.dataForYears(settings.kpi, years);
			responses.push(...got.pages.map((p) => ({ ...p, purpose: 'rank' as const })));
			records = got.records;
		} else {
			const groupId = rankSettings.group;
			const found = await client.group(groupId);
			responses.push(...found.pages.map((p) => ({ ...p, purpose: 'group' as const })));
			if (!found.group) {
				at(['rank', 'group'], say('koladaUnknownGroup', { group: groupId }));
				return undefined;
			}
			const members = new Set(found.group.members);
			if (!members.has(municipality)) at(['rank', 'group'], say('koladaNotInGroup', { municipality, group: groupId, title: found.group.title }), 'warning');
			const got = await client.data(settings.kpi, [...members, municipality], years);
			responses.push(...got.pages.map((p) => ({ ...p, purpose: 'rank' as const })));
			records = got.records;
			within = (id) => members.has(id);
			among = settings.comparisons.find((c) => c.id === groupId)?.label ?? found.group.title;
		}
	}
	const ranked = ranksByYear(records, municipality, direction, years, within);

	// The target on the rank series (or the indicator's own): does its group size match what was ranked?
	const rankEntry = seriesEntry(fm, rankSettings.series);
	const target = (rankEntry?.entry.target ?? fm.target) as Record<string, unknown> | undefined;
	const latest = ranked.filter((r) => r.rank).at(-1);
	if (target?.kind === 'top-share' && typeof target.groupSize === 'number' && latest?.rank && latest.rank.groupSize !== target.groupSize) {
		const path = rankEntry ? ['series', rankEntry.index, 'target', 'groupSize'] : ['target', 'groupSize'];
		anywhere(path, say('koladaGroupSize', { groupSize: target.groupSize, actual: latest.rank.groupSize, year: latest.year }), 'warning');
	}
	return {
		rank: { series: rankSettings.series, years: ranked.map((r) => ({ ...r, among })) },
		rankRecord: {
			group: rankSettings.group,
			among,
			direction,
			years: ranked.map((r) => ({ year: r.year, rank: r.rank?.rank ?? null, groupSize: r.rank?.groupSize ?? null, quartile: r.rank?.quartile ?? null, value: r.rank?.value ?? null })),
		},
	};
}
