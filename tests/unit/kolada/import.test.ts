/** One indicator's import against the local v3 server: the CSV, the raw JSON and the editor's problems. */
import { afterEach, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/lib/content/front-matter.ts';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import { createKoladaClient } from '../../../src/lib/kolada/client.ts';
import { importIndicator, readKoladaSettings } from '../../../src/lib/kolada/import.ts';
import { formatProblem } from '../../../src/lib/problems.ts';
import { database, fakeClock, startKolada, type KoladaServer, type Route } from './server.ts';

const TITLE = 'Provnyckeltal för tester, andel (%)';
const PAGED = '/v3/data/kpi/N15508/municipality/2023,0000,G12345';
const KPI = { '/v3/kpi/N15508': { file: 'kpi-N15508.json' } };
const PAGES = { [PAGED]: { file: 'data-paged-1.json' }, [`${PAGED}?page=2&per_page=5000`]: { file: 'data-paged-2.json' } };

let server: KoladaServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

/** Imports an indicator with this front matter against a server with these routes (and the data database behind them). */
async function run(routes: Record<string, Route>, ...lines: string[]) {
	server = await startKolada(routes, database());
	const parsed = parseFrontMatter(`---\n${lines.join('\n')}\n---\n`)!;
	const { job, problems } = readKoladaSettings({ id: 'resultat', file: 'indicators/resultat.md', frontMatter: parsed.yaml.data as Record<string, unknown>, lineOf: parsed.yaml.lineOf }, '2023');
	expect(problems).toEqual([]);
	const clock = fakeClock();
	const client = createKoladaClient({ baseUrl: server.base, now: clock.now, sleep: clock.sleep });
	const outcome = await importIndicator(job!, client, { now: () => new Date('2025-05-01T08:00:00Z') });
	return { outcome, said: outcome.problems.map((p) => `${p.severity} ${formatProblem(p)}`), requests: server.requests };
}

const BLOCK = ['kolada:', '  kpi: N15508', `  title: "${TITLE}"`];
const COMPARED = [...BLOCK, '  comparisons:', '    - { id: "0000", label: Riket }', '    - { id: G12345, label: Liknande kommuner }'];

describe('importIndicator', () => {
	it('writes the municipality as headline, comparisons and gender as breakdowns, and keeps every response', async () => {
		const { outcome, said, requests } = await run({ ...KPI, ...PAGES }, ...COMPARED, '  gender: true');
		expect(said).toEqual([]);
		expect(outcome.csv).toBe(
			[
				'Year,Jämförelse,Kön,Value',
				'2019,,,71.2',
				'2020,,,72.8',
				'2021,,,',
				'2022,,,74.1',
				'2023,,,75',
				'2024,,,76.4',
				'2019,,Kvinnor,74',
				'2020,,Kvinnor,75.1',
				'2021,,Kvinnor,76.3',
				'2022,,Kvinnor,77.9',
				'2023,,Kvinnor,78.2',
				'2024,,Kvinnor,79',
				'2019,,Män,68.5',
				'2020,,Män,70.6',
				'2021,,Män,',
				'2022,,Män,70.4',
				'2023,,Män,71.9',
				'2024,,Män,73.9',
				'2019,Riket,,73',
				'2020,Riket,,73.4',
				'2021,Riket,,73.9',
				'2022,Riket,,74.2',
				'2023,Riket,,74',
				'2024,Riket,,74.6',
				'2019,Riket,Kvinnor,75.9',
				'2020,Riket,Kvinnor,76.1',
				'2021,Riket,Kvinnor,76.6',
				'2022,Riket,Kvinnor,77',
				'2023,Riket,Kvinnor,76.8',
				'2024,Riket,Kvinnor,77.3',
				'2019,Riket,Män,70.2',
				'2020,Riket,Män,70.8',
				'2021,Riket,Män,71.3',
				'2022,Riket,Män,71.5',
				'2023,Riket,Män,71.3',
				'2024,Riket,Män,72',
				'2019,Liknande kommuner,,70.1',
				'2020,Liknande kommuner,,70.9',
				'2021,Liknande kommuner,,71.8',
				'2022,Liknande kommuner,,72',
				'2023,Liknande kommuner,,72.6',
				'2024,Liknande kommuner,,73.1',
				'',
			].join('\n'),
		);
		expect([outcome.rows, outcome.years]).toEqual([42, [2019, 2020, 2021, 2022, 2023, 2024]]);
		expect(requests).toEqual(['/v3/kpi/N15508', `${PAGED}?per_page=5000`, `${PAGED}?page=2&per_page=5000`]);
		expect(outcome.raw).toMatchObject({
			indicator: 'resultat',
			fetchedAt: '2025-05-01T08:00:00.000Z',
			baseUrl: server!.base,
			attribution: { values: 'Källa: Kolada', computed: 'Egen bearbetning av data från Kolada' },
			settings: { kpi: 'N15508', municipality: '2023', gender: true },
			kpi: { id: 'N15508', title: TITLE, publication_date: '2025-04-15', is_divided_by_gender: true },
		});
		expect(outcome.raw!.responses.map((r) => r.purpose)).toEqual(['kpi', 'data', 'data']);
		expect(readCsv(new TextEncoder().encode(outcome.csv), 'data/resultat.csv').problems).toEqual([]);
	});

	it.each<[string, Record<string, Route>, string[], string[]]>([
		[
			'a KPI title that changed',
			{ ...KPI, ...PAGES },
			['kolada:', '  kpi: N15508', '  title: Andel elever med godkända betyg', '  comparisons: [{ id: "0000", label: Riket }, { id: G12345, label: Liknande kommuner }]'],
			[
				`warning indicators/resultat.md rad 4, fältet kolada.title: Kolada kallar nu N15508 "${TITLE}", men indikatorn har antecknat "Andel elever med godkända betyg". Ett id i Kolada kan byta innebörd. Tips: Läs nyckeltalets definition på kolada.se. Mäter det fortfarande det indikatorn ska följa, skriv den nya titeln i kolada.title; annars välj ett annat nyckeltal.`,
			],
		],
		[
			'no recorded title',
			{ ...KPI, ...PAGES },
			['kolada:', '  kpi: N15508', '  comparisons: [{ id: "0000", label: Riket }, { id: G12345, label: Liknande kommuner }]'],
			[`warning indicators/resultat.md rad 2, fältet kolada: ingen titel är antecknad för N15508, så det märks inte om nyckeltalet byter innebörd. Tips: Skriv title: "${TITLE}" under kolada.`],
		],
		[
			'a comparison Kolada has no values for',
			{ ...KPI },
			[...BLOCK, '  comparisons:', '    - { id: "0000", label: Riket }', '    - { id: G99999, label: Okänd grupp }'],
			['warning indicators/resultat.md rad 7, fältet kolada.comparisons[2].id: Kolada har inga värden för N15508 i jämförelsen "Okänd grupp" (G99999). Tips: Kontrollera id:t; en kommungrupp i Kolada kan ha bytt id.'],
		],
	])('warns about %s and writes the file all the same', async (_, routes, lines, expected) => {
		const { outcome, said } = await run(routes, ...lines);
		expect(said).toEqual(expected);
		expect(outcome.csv).toBeDefined();
	});

	it.each<[string, Record<string, Route>, string[], RegExp]>([
		['an unknown KPI', { '/v3/kpi/N15508': { file: 'kpi-unknown.json' } }, BLOCK, /^error indicators\/resultat\.md rad 3, fältet kolada\.kpi: Kolada känner inte till nyckeltalet N15508\. Datafilen är orörd\./],
		['an empty result', { ...KPI, '/v3/data/kpi/N15508/municipality/2023': { file: 'data-empty.json' } }, BLOCK, /^warning indicators\/resultat\.md rad 3, fältet kolada\.kpi: Kolada har inga värden för N15508 i kommun 2023; ingen datafil skrivs\./],
		['no values since years.from', { ...KPI }, [...BLOCK, '  years: { from: 2030 }'], /^warning .*: Kolada har inga värden för N15508 i kommun 2023 från 2030; ingen datafil skrivs\./],
		[
			'HTTP 500 three times',
			{ ...KPI, '/v3/data/kpi/N15508/municipality/2023': { status: 500, body: 'Internal Server Error' } },
			BLOCK,
			/^error indicators\/resultat\.md rad 3, fältet kolada\.kpi: Kolada svarade HTTP 500 \(fel hos Kolada\) på http:\/\/127\.0\.0\.1:\d+\/v3\/data\/kpi\/N15508\/municipality\/2023\?per_page=5000 efter 3 försök: Internal Server Error\. Datafilen är orörd\. Tips: Felet ligger hos Kolada\. Försök igen senare\.$/,
		],
		['malformed JSON', { ...KPI, '/v3/data/kpi/N15508/municipality/2023': { file: 'malformed.json' } }, BLOCK, /^error .*: svaret från http:\/\/127\.0\.0\.1:\d+\/v3\/data\/kpi\/N15508\/municipality\/2023\?per_page=5000 är inte giltig JSON: \{"count": 2/],
		['a missing KPI endpoint (HTTP 404)', {}, BLOCK, /^error .*: Kolada svarade HTTP 404 på http:\/\/127\.0\.0\.1:\d+\/v3\/kpi\/N15508: \{"detail":"Not Found"\}\. Datafilen är orörd\./],
	])('writes nothing after %s', async (_, routes, lines, expected) => {
		const { outcome, said } = await run(routes, ...lines);
		expect(outcome.csv).toBeUndefined();
		expect(outcome.raw).toBeUndefined();
		expect(said).toHaveLength(1);
		expect(said[0]).toMatch(expected);
	});
});

describe('the rank series', () => {
	const RANKED = ['data: resultat.csv', 'series:', '  - name: N15508', '    direction: higher', '  - name: Placering', '    direction: lower', '    target: { kind: top-share, share: 25, groupSize: 290 }', ...BLOCK];

	it('ranks among every municipality in the latest years, ties sharing a rank, and notes group and quartile', async () => {
		const { outcome, said, requests } = await run(KPI, ...RANKED, '  rank: { years: 3 }');
		expect(requests).toEqual(['/v3/kpi/N15508', '/v3/data/kpi/N15508/municipality/2023?per_page=5000', '/v3/data/kpi/N15508/year/2022,2023,2024?per_page=5000']);
		expect(outcome.csv!.split('\n').filter((l) => l.includes('Placering'))).toEqual([
			'2022,Placering,"Plats 20 av 40 (alla kommuner), kvartil 2. Egen bearbetning av data från Kolada.",20',
			'2023,Placering,"Plats 21 av 39 (alla kommuner), kvartil 3. Egen bearbetning av data från Kolada.",21',
			'2024,Placering,"Plats 26 av 40 (alla kommuner), kvartil 3. Egen bearbetning av data från Kolada.",26',
		]);
		expect(outcome.csv!.split('\n')[0]).toBe('Year,Series,COMMENT_OBS,Value');
		expect(outcome.csv!.split('\n')[1]).toBe('2020,N15508,,72.8');
		expect(said).toEqual([
			'warning indicators/resultat.md rad 8, fältet series[2].target.groupSize: målet säger groupSize: 290, men 40 hade ett värde i Kolada 2024. Tips: Skriv groupSize: 40 om målet gäller de som rankats.',
		]);
		expect(outcome.raw!.rank).toEqual({
			group: 'all',
			among: 'alla kommuner',
			direction: 'higher',
			years: [
				{ year: 2022, rank: 20, groupSize: 40, quartile: 2, value: 74.1 },
				{ year: 2023, rank: 21, groupSize: 39, quartile: 3, value: 75 },
				{ year: 2024, rank: 26, groupSize: 40, quartile: 3, value: 76.4 },
			],
		});
		expect(readCsv(new TextEncoder().encode(outcome.csv), 'data/resultat.csv').problems).toEqual([]);
	});

	it('ranks within a group of more than 25, fetched in two requests, named as its comparison', async () => {
		const { outcome, requests } = await run(
			{ ...KPI, '/v3/municipality_groups/G12345': { file: 'group-G12345.json' } },
			...RANKED.slice(0, -3),
			...BLOCK,
			'  comparisons: [{ id: G12345, label: Liknande kommuner }]',
			'  rank: { group: G12345, years: 1 }',
		);
		const rankRequests = requests.filter((r) => r.endsWith('/year/2024?per_page=5000'));
		expect(rankRequests.map((r) => r.split('/municipality/')[1]!.split('/')[0]!.split(',').length)).toEqual([25, 5]);
		expect(outcome.csv).toContain('2024,Placering,,"Plats 20 av 30 (Liknande kommuner), kvartil 3. Egen bearbetning av data från Kolada.",20\n');
	});

	it.each<[string, Record<string, Route>, string[], string]>([
		[
			'an unknown group',
			{ ...KPI, '/v3/municipality_groups/G99999': { file: 'group-unknown.json' } },
			[...RANKED, '  rank: { group: G99999 }'],
			'error indicators/resultat.md rad 12, fältet kolada.rank.group: Kolada känner inte till kommungruppen G99999; ingen placering räknas fram. Tips: Skriv group: all för alla kommuner, eller id:t för en kommungrupp i Kolada.',
		],
		[
			'no direction for the KPI',
			KPI,
			[...BLOCK, '  rank: {}'],
			'error indicators/resultat.md rad 5, fältet kolada.rank: placeringen kan inte räknas fram: det framgår inte om högre eller lägre värden är bättre för serien "N15508". Tips: Skriv direction: higher eller direction: lower på indikatorn (eller på serien under series), eller direction under kolada.rank.',
		],
	])('writes nothing after %s', async (_, routes, lines, expected) => {
		const { outcome, said } = await run(routes, ...lines);
		expect(said).toEqual([expected]);
		expect(outcome.csv).toBeUndefined();
	});
});
