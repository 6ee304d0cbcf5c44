import type { SeriesNode } from './build.ts';
import { isHeadline, type Column } from './table.ts';
import { lineStyle, targetColour, type LineStyle } from './chart-style.ts';
import { words } from '../format/words.ts';
import { unitTemplate } from '../format/number.ts';
import { intlLocale, type Locale } from '../i18n/locales.ts';
import { uiWords } from '../i18n/ui.ts';
import { topShareLimit } from '../assess/status.ts';

/** What the chart script needs, kept small: it is embedded in the page as JSON. */
export interface ChartData {
	type: 'line' | 'bar';
	labels: string[];
	/** The headline first; `null` where a value is missing (a gap, never a zero). */
	datasets: ({ label: string; data: (number | null)[]; main: boolean; gender?: Gender } & LineStyle)[];
	/** A target line: one value per period (yearly targets step), or nothing. */
	target?: { label: string; data: (number | null)[]; colour: string };
	unit?: string;
	decimals: number;
	/** Whether lower values are better: ranks are drawn with 1 at the top. */
	reverse: boolean;
	/** Sample values: the chart itself says so, also when it is copied out of the page. */
	sample: boolean;
	/** The page's language, for the script's numbers and words: Intl locale, the sample label, a missing
	 * value, and a value with its unit (`{number}`), as the tooltip writes it: "{number} gästnätter". */
	text: { locale: string; sample: string; missing: string; value: string };
}

/** More lines than this makes a chart unreadable; the table holds them all anyway. */
const MAX_LINES = 6;

/** A gender line: the reader chooses Totalt, Kvinnor, Män or Alla above the chart. */
export type Gender = 'Kvinnor' | 'Män';
const GENDER_COLUMNS = new Set(['kön', 'sex', 'gender']);
const GENDER_VALUES: Record<string, Gender> = { kvinnor: 'Kvinnor', female: 'Kvinnor', women: 'Kvinnor', män: 'Män', male: 'Män', men: 'Män' };

/** The gender of a table column: a `Kön` (or `Sex`) breakdown with Kvinnor/Män (or Female/Male). */
export function genderOf(column: Column): Gender | undefined {
	for (const [name, value] of Object.entries(column.dimensions)) {
		if (GENDER_COLUMNS.has(name.trim().toLowerCase())) return GENDER_VALUES[value.trim().toLowerCase()];
	}
	return undefined;
}

export interface ChartOptions {
	/** What the organisation's own line is called: its name. */
	headlineLabel: string;
	type: 'line' | 'bar';
	/** The target line's label, e.g. "Målvärde: Minst 50 000 m²". */
	targetLabel: string;
	sample: boolean;
	/** The brand colour from site.yaml, for the organisation's own line. */
	brand: string;
	/** The page's language; default Swedish. */
	locale?: Locale;
}

export function chartData(series: SeriesNode, { headlineLabel, type, targetLabel, sample, brand, locale = 'sv' }: ChartOptions): ChartData {
	const { table } = series;
	// The totals (the headline and the comparisons) first, then the gender lines, which the reader
	// shows by choice: each group is capped, so a gender split never pushes a comparison out.
	const totals = table.columns.filter((c) => !genderOf(c)).slice(0, MAX_LINES);
	const genders = table.columns.filter((c) => genderOf(c)).slice(0, MAX_LINES);
	const columns = [...totals, ...genders];
	const decimals = Math.max(0, ...table.columns.flatMap((c) => [...c.cells.values()].map((o) => o.decimals)));
	const target = series.target;
	// A top-share target is a rank too: its line is drawn at the worst rank that meets it.
	const lineAt =
		target?.kind === 'at-least' || target?.kind === 'at-most' || target?.kind === 'rank-at-most'
			? (period: string) => target.yearly?.[period] ?? target.value
			: target?.kind === 'top-share'
				? () => topShareLimit(target)
				: undefined;
	return {
		type,
		labels: table.periods.map((p) => p.label),
		datasets: columns.map((c, i) => ({
			label: isHeadline(c) ? headlineLabel : c.label,
			data: table.periods.map((p) => c.cells.get(p.label)?.value ?? null),
			main: isHeadline(c),
			...(genderOf(c) ? { gender: genderOf(c) } : {}),
			...lineStyle(i, brand),
		})),
		target: lineAt ? { label: targetLabel, data: table.periods.map((p) => lineAt(String(p.start))), colour: targetColour } : undefined,
		unit: series.unit,
		decimals,
		reverse: target?.kind === 'rank-at-most' || target?.kind === 'top-share',
		sample,
		text: { locale: intlLocale[locale], sample: uiWords[locale].sample, missing: words[locale].missing, value: unitTemplate(series.unit, words[locale]) },
	};
}
