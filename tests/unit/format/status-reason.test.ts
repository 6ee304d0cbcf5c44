import { describe, expect, it } from 'vitest';
import { statusReason } from '../../../src/lib/format/status-reason.ts';
import { en, sv, type Words } from '../../../src/lib/format/words.ts';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import { buildTables, columnPoints, isHeadline } from '../../../src/lib/model/table.ts';
import { assessTarget } from '../../../src/lib/assess/status.ts';
import { assessTrend } from '../../../src/lib/assess/trend.ts';
import type { SeriesNode } from '../../../src/lib/model/build.ts';
import type { Target } from '../../../src/lib/schema/target.ts';

/** One series as the model builds it, from CSV text; a compare target compares with the column it names. */
function series(csv: string, target: Target | undefined, unit: string): SeriesNode {
	const { dataset } = readCsv(new TextEncoder().encode(csv), 'data/t.csv');
	const table = buildTables(dataset!)[0]!;
	const headline = table.columns.find(isHeadline)!;
	const points = columnPoints(table, headline);
	const comparison = target?.kind === 'compare' ? table.columns.find((c) => Object.values(c.dimensions).includes(target.against)) : undefined;
	return {
		table,
		unit,
		target,
		headline,
		points,
		assessment: target ? assessTarget(target, points, { comparison: comparison && columnPoints(table, comparison) }) : undefined,
		trend: assessTrend(points, 'higher'),
	};
}

const NBSP = '\u00a0';
const atLeast: Target = { kind: 'at-least', value: 50000 };

describe('statusReason', () => {
	it.each<[string, string, Target | undefined, string, Words, string | undefined]>([
		['met', 'År;Värde\n2019;30000\n2024;52000', atLeast, 'm²', sv, `Senaste värdet, 52${NBSP}000${NBSP}m² år 2024, når målet: minst 50${NBSP}000${NBSP}m².`],
		[
			'more than half the way',
			'År;Värde\n2019;30000\n2024;42000',
			atLeast,
			'm²',
			sv,
			`Senaste värdet, 42${NBSP}000${NBSP}m² år 2024, når inte målet (minst 50${NBSP}000${NBSP}m²) men har kommit 60${NBSP}% av vägen dit från det första värdet, 30${NBSP}000${NBSP}m² år 2019. Minst halva vägen räknas som delvis uppnått.`,
		],
		[
			'less than half the way, lower is better, decimals as written',
			'År;Värde\n2020;9,0\n2024;8,25',
			{ kind: 'at-most', value: 5 },
			'%',
			sv,
			`Senaste värdet, 8,25${NBSP}% år 2024, når inte målet (högst 5${NBSP}%) och har kommit 18${NBSP}% av vägen dit från det första värdet, 9,0${NBSP}% år 2020. Mindre än halva vägen räknas som ej uppnått.`,
		],
		[
			'a top-share target names the worst rank that meets it',
			'År;Värde\n2017;112\n2024;80',
			{ kind: 'top-share', share: 25, groupSize: 290 },
			'placering',
			sv,
			'Senaste värdet, plats 80 år 2024, når inte målet (plats 72 eller bättre) men har kommit 80 % av vägen dit från det första värdet, plats 112 år 2017. Minst halva vägen räknas som delvis uppnått.'.replace(/ %/g, `${NBSP}%`),
		],
		['one value only', 'År;Värde\n2024;42000', atLeast, 'm²', sv, `Senaste värdet, 42${NBSP}000${NBSP}m² år 2024, når inte målet (minst 50${NBSP}000${NBSP}m²), och ett enda värde visar ingen utveckling mot det.`],
		[
			'above the comparison three years of four: the year missed is named',
			'År;Jämförelse;Värde\n2021;;70\n2022;;72\n2023;;68\n2024;;73\n2021;Riket;69\n2022;Riket;70\n2023;Riket;69\n2024;Riket;70',
			{ kind: 'compare', relation: 'above', against: 'Riket' },
			'index',
			sv,
			'Målet nåddes 3 av 4 bedömda år (2021–2024), inte 2023. Minst hälften av åren räknas som delvis uppnått.',
		],
		['every year', 'År;Värde\n2020;1\n2021;2\n2022;3', { kind: 'increase' }, 'st', sv, 'Målet nåddes varje bedömt år (2021–2022).'],
		[
			'fewer than half, two years missed',
			'År;Värde\n2020;1\n2021;-2\n2022;-3\n2023;4',
			{ kind: 'positive', from: 2021 },
			'mnkr',
			sv,
			'Målet nåddes 1 av 3 bedömda år (2021–2023), inte 2021 och 2022. Färre än hälften av åren räknas som ej uppnått.',
		],
		['no year in common with the comparison', 'År;Jämförelse;Värde\n2023;;70\n2020;Riket;69', { kind: 'compare', relation: 'above', against: 'Riket' }, 'index', sv, 'Inget år har ett värde både för Kommunen och för Riket, så målet kan inte bedömas.'],
		['too few values for a change', 'År;Värde\n2024;5', { kind: 'increase' }, 'st', sv, 'Det finns för få värden för att bedöma målet.'],
		['no values: the status says it', 'År;Värde\n2024;..', atLeast, 'm²', sv, undefined],
		['no target', 'År;Värde\n2024;5', undefined, 'st', sv, undefined],
		[
			'in English',
			'År;Värde\n2019;30000\n2024;42000',
			atLeast,
			'm²',
			en,
			'The latest value, 42,000 m² in 2024, does not meet the target (at least 50,000 m²) but has come 60% of the way from the first value, 30,000 m² in 2019. At least half the way counts as partly achieved.'.replace(/ m²/g, `${NBSP}m²`),
		],
	])('%s', (_, csv, target, unit, words, expected) => {
		expect(statusReason(series(csv, target, unit), 'Kommunen', words)).toBe(expected);
	});
});
