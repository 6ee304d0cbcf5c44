import { describe, expect, it } from 'vitest';
import { summariseSeries } from '../../../src/lib/format/series-summary.ts';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import { buildTables, columnPoints, isHeadline } from '../../../src/lib/model/table.ts';
import { assessTarget } from '../../../src/lib/assess/status.ts';
import { assessTrend } from '../../../src/lib/assess/trend.ts';
import type { SeriesNode } from '../../../src/lib/model/build.ts';
import type { Status } from '../../../src/lib/schema/status.ts';
import type { Target } from '../../../src/lib/schema/target.ts';

/** One series as the model builds it, from CSV text. */
function series(csv: string, target?: Target): SeriesNode {
	const { dataset } = readCsv(new TextEncoder().encode(csv), 'data/t.csv');
	const table = buildTables(dataset!)[0]!;
	const headline = table.columns.find(isHeadline)!;
	const points = columnPoints(table, headline);
	return {
		table,
		unit: 'm²',
		direction: 'higher',
		target,
		headline,
		points,
		assessment: target ? assessTarget(target, points) : undefined,
		trend: assessTrend(points, 'higher'),
	};
}

const NBSP = '\u00a0';

describe('summariseSeries', () => {
	it.each<[string, string, Target | undefined, Status | undefined, string]>([
		['one value', 'År;Värde\n2024;42000', undefined, undefined, `Kommunen: 42${NBSP}000${NBSP}m² år 2024, det enda värdet hittills.`],
		[
			'first and latest, trend and target',
			'År;Värde\n2019;30000\n2024;42000',
			{ kind: 'at-least', value: 50000 },
			undefined,
			`Kommunen: 42${NBSP}000${NBSP}m² år 2024, jämfört med 30${NBSP}000${NBSP}m² år 2019. Positiv utveckling sedan dess. Mål: Minst 50${NBSP}000${NBSP}m². Bedömning: Delvis uppnått.`,
		],
		[
			'a status set by hand is named beside the data’s',
			'År;Värde\n2019;30000\n2024;42000',
			{ kind: 'at-least', value: 50000 },
			'not-achieved',
			`Kommunen: 42${NBSP}000${NBSP}m² år 2024, jämfört med 30${NBSP}000${NBSP}m² år 2019. Positiv utveckling sedan dess. Mål: Minst 50${NBSP}000${NBSP}m². Bedömningen är gjord för hand: Ej uppnått; utifrån data: Delvis uppnått.`,
		],
		[
			'a rise since the previous value, below the first: both named',
			'År;Värde\n2017;18,4\n2023;-12,8\n2024;9,6',
			undefined,
			undefined,
			`Kommunen: 9,6${NBSP}m² år 2024, jämfört med 18,4${NBSP}m² år 2017. Positiv utveckling sedan föregående värde, −12,8${NBSP}m² år 2023.`,
		],
		[
			'a gap year: the previous value is the last one there is',
			'År;Värde\n2019;30000\n2021;35000\n2022;..\n2024;34000',
			undefined,
			undefined,
			`Kommunen: 34${NBSP}000${NBSP}m² år 2024, jämfört med 30${NBSP}000${NBSP}m² år 2019. Negativ utveckling sedan föregående värde, 35${NBSP}000${NBSP}m² år 2021.`,
		],
		['no values yet', 'År;Värde\n2024;..', undefined, undefined, 'Det finns inga värden för Kommunen än.'],
	])('%s', (_, csv, target, manual, expected) => {
		expect(summariseSeries(series(csv, target), 'Kommunen', manual)).toBe(expected);
	});
});
