/**
 * Kolada's values → the tidy CSV the build reads (`src/lib/data/read-csv.ts`). Pure and
 * deterministic: the same values in any order give the same bytes.
 *
 * ```csv
 * Year,Jämförelse,Kön,Value
 * 2022,,,81.5                 ← the municipality's total: the headline (every breakdown blank)
 * 2023,,,
 * 2022,,Kvinnor,84.1          ← gender: K → Kvinnor, M → Män; T is the total
 * 2022,Riket,,78.2            ← a comparison, labelled as in the settings
 * ```
 *
 * A missing value (`null`) is an empty cell: missing, never zero. Columns appear only when they
 * have something to say: `Series` (and `COMMENT_OBS`) with a rank series, `Jämförelse` with
 * comparisons, `Kön` when women's and men's values are asked for and Kolada has them. Rows are
 * ordered by series, area (the municipality, then the comparisons as listed), gender (total,
 * Kvinnor, Män), then year.
 */
import { stringify } from 'csv-stringify/sync';
import type { KoladaRecord } from './client.ts';
import type { Rank } from './rank.ts';

export const COLUMNS = { year: 'Year', series: 'Series', comparison: 'Jämförelse', gender: 'Kön', note: 'COMMENT_OBS', value: 'Value' } as const;
/** What Kolada's gender codes are called under `Kön`; `T` (the total) has a blank cell. */
export const GENDER_LABELS: Readonly<Record<string, string>> = { K: 'Kvinnor', M: 'Män' };
const GENDER_ORDER = ['T', 'K', 'M'];

export interface CsvInput {
	/** The municipality the indicator is about: its total is the headline. */
	municipality: string;
	/** The comparisons, in the order their rows are written. */
	comparisons: readonly { id: string; label: string }[];
	/** Whether to write women's and men's values under `Kön`. */
	gender: boolean;
	/** Kolada's values (for the municipality and the comparisons; others are ignored). */
	records: readonly KoladaRecord[];
	/** The first year to keep. */
	from?: number;
	/** The `Series` value of the KPI's rows; needed only with `rank`. */
	series?: string;
	/** A rank series: one row per ranked year, the value being the rank (1 is best). */
	rank?: { series: string; years: readonly RankedYear[] };
}

/** One year of the rank series; `rank` undefined when the municipality had no value to rank. */
export interface RankedYear {
	year: number;
	rank?: Rank;
	/** Whom the municipality was ranked among, for the note: "alla kommuner", "Liknande kommuner". */
	among: string;
}

/** The computed rank's note: its group and quartile, and that it is computed, as Kolada's terms require. */
export function rankNote(rank: Rank, among: string): string {
	return `Plats ${rank.rank} av ${rank.groupSize} (${among}), kvartil ${rank.quartile}. Egen bearbetning av data från Kolada.`;
}

interface Row {
	series?: string;
	area: number;
	gender: number;
	year: number;
	comparison: string;
	genderLabel: string;
	note: string;
	value: number | null;
}

/** The CSV text (UTF-8, `,`-separated, decimal point, LF line ends, final newline), and how many rows and which years it has. */
export function toCsv(input: CsvInput): { csv: string; rows: number; years: number[] } {
	const areaIndex = new Map<string, number>([[input.municipality, 0]]);
	input.comparisons.forEach((c, i) => {
		if (!areaIndex.has(c.id)) areaIndex.set(c.id, i + 1);
	});
	const labels = new Map(input.comparisons.map((c) => [c.id, c.label] as const));

	const rows: Row[] = [];
	const seen = new Set<string>();
	// Records in a fixed order first, so that which of two duplicates is kept does not depend on the API's order.
	const records = [...input.records].sort((a, b) => a.period - b.period || (a.municipality < b.municipality ? -1 : a.municipality > b.municipality ? 1 : 0));
	for (const record of records) {
		const area = areaIndex.get(record.municipality);
		if (area === undefined) continue;
		if (input.from !== undefined && record.period < input.from) continue;
		for (const v of record.values) {
			const gender = GENDER_ORDER.indexOf(v.gender);
			if (gender < 0 || (gender > 0 && !input.gender)) continue;
			const key = `${area}|${gender}|${record.period}`;
			if (seen.has(key)) continue;
			seen.add(key);
			rows.push({
				series: input.series,
				area,
				gender,
				year: record.period,
				comparison: area === 0 ? '' : (labels.get(record.municipality) ?? ''),
				genderLabel: gender === 0 ? '' : (GENDER_LABELS[v.gender] ?? v.gender),
				note: '',
				value: v.value,
			});
		}
	}
	const withRank = input.rank !== undefined;
	for (const y of input.rank?.years ?? []) {
		rows.push({
			series: input.rank!.series,
			area: 0,
			gender: 0,
			year: y.year,
			comparison: '',
			genderLabel: '',
			note: y.rank ? rankNote(y.rank, y.among) : '',
			value: y.rank?.rank ?? null,
		});
	}

	const seriesOrder = (s: string | undefined) => (s === input.rank?.series ? 1 : 0);
	rows.sort((a, b) => seriesOrder(a.series) - seriesOrder(b.series) || a.area - b.area || a.gender - b.gender || a.year - b.year);

	const hasComparison = rows.some((r) => r.comparison !== '');
	const hasGender = rows.some((r) => r.genderLabel !== '');
	const header = [
		COLUMNS.year,
		...(withRank ? [COLUMNS.series] : []),
		...(hasComparison ? [COLUMNS.comparison] : []),
		...(hasGender ? [COLUMNS.gender] : []),
		...(withRank ? [COLUMNS.note] : []),
		COLUMNS.value,
	];
	const body = rows.map((r) => [
		String(r.year),
		...(withRank ? [r.series ?? ''] : []),
		...(hasComparison ? [r.comparison] : []),
		...(hasGender ? [r.genderLabel] : []),
		...(withRank ? [r.note] : []),
		formatValue(r.value),
	]);
	const csv = stringify([header, ...body], { record_delimiter: 'unix', eof: true });
	return { csv, rows: rows.length, years: [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b) };
}

/** A number as the CSV reader takes it: digits, a decimal point, no exponent; null as an empty cell. */
export function formatValue(value: number | null): string {
	if (value === null || !Number.isFinite(value)) return '';
	const plain = String(value === 0 ? 0 : value);
	if (!/e/i.test(plain)) return plain;
	return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
