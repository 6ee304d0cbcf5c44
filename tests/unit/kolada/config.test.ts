/** The `kolada:` block: its schema, its defaults, and the problems an editor sees for a mistake in it. */
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../../src/lib/content/front-matter.ts';
import { koladaSchema } from '../../../src/lib/kolada/config.ts';
import { checkIndicator, readKoladaSettings, type IndicatorFile } from '../../../src/lib/kolada/import.ts';
import { formatProblem } from '../../../src/lib/problems.ts';

/** An indicator file with this front matter (YAML lines). */
function indicator(...lines: string[]): IndicatorFile {
	const parsed = parseFrontMatter(`---\n${lines.join('\n')}\n---\n`)!;
	return { id: 'resultat', file: 'indicators/resultat.md', frontMatter: parsed.yaml.data as Record<string, unknown>, lineOf: parsed.yaml.lineOf };
}

describe('koladaSchema', () => {
	it('fills in the defaults', () => {
		expect(koladaSchema.parse({ kpi: 'N15508' })).toEqual({ kpi: 'N15508', comparisons: [], gender: false });
		expect(koladaSchema.parse({ kpi: 'U00405', rank: {} }).rank).toEqual({ group: 'all', years: 5, series: 'Placering' });
	});

	it('takes every field the issue names', () => {
		const input = {
			kpi: 'N15508',
			municipality: '2023',
			title: 'En titel',
			comparisons: [
				{ id: '0000', label: 'Riket' },
				{ id: 'G12345', label: 'Liknande kommuner' },
			],
			gender: true,
			years: { from: 2015 },
			series: 'Andel',
			rank: { group: 'G12345', years: 3, series: 'Placering', direction: 'higher' },
		};
		expect(koladaSchema.parse(input)).toEqual(input);
	});
});

describe('readKoladaSettings', () => {
	const read = (site: string | undefined, ...lines: string[]) => readKoladaSettings(indicator(...lines), site);
	const said = (site: string | undefined, ...lines: string[]) => read(site, ...lines).problems.map((p) => formatProblem(p));

	it('takes the municipality from site.yaml unless the block names one', () => {
		expect(read('2023', 'kolada:', '  kpi: N15508').job?.municipality).toBe('2023');
		expect(read('2023', 'kolada:', '  kpi: N15508', '  municipality: "2061"').job?.municipality).toBe('2061');
	});

	it.each<[string, string | undefined, string[], string[]]>([
		['no municipality anywhere', undefined, ['kolada:', '  kpi: N15508'], ['indicators/resultat.md rad 2, fältet kolada: det framgår inte vilken kommun värdena ska hämtas för. Tips: Skriv municipality: "2023" under kolada, eller municipalityCode: "2023" under publisher i site.yaml.']],
		['a wrong KPI id', '2023', ['kolada:', '  kpi: 15508'], ['indicators/resultat.md rad 3, fältet kolada.kpi: 15508 är ett tal, men det ska vara en text. Tips: Skriv värdet inom citattecken, "15508", så läses det som text.']],
		['a KPI id of the wrong form', '2023', ['kolada:', '  kpi: X1'], ['indicators/resultat.md rad 3, fältet kolada.kpi: "X1" har fel form; det ska vara ett nyckeltals-id i Kolada, t.ex. N15508.']],
		[
			'a comparison that is not an area',
			'2023',
			['kolada:', '  kpi: N15508', '  comparisons:', '    - { id: Riket, label: Riket }'],
			['indicators/resultat.md rad 5, fältet kolada.comparisons[1].id: "Riket" har fel form; det ska vara en fyrsiffrig kommunkod som 2023, 0000 för riket, eller id:t för en kommungrupp i Kolada, som börjar med G.'],
		],
		[
			'a comparison that is the municipality from site.yaml',
			'2023',
			['kolada:', '  kpi: N15508', '  comparisons:', '    - { id: "2023", label: Vi }'],
			['indicators/resultat.md rad 5, fältet kolada.comparisons[1].id: jämförelsen "2023" är kommunen själv, vars värden redan är huvudraderna. Tips: Ta bort jämförelsen.'],
		],
		[
			'two comparisons with one label',
			'2023',
			['kolada:', '  kpi: N15508', '  comparisons:', '    - { id: "0000", label: Riket }', '    - { id: "2061", label: Riket }'],
			['indicators/resultat.md rad 6, fältet kolada.comparisons[2].label: namnet "Riket" används av två jämförelser, så deras rader går inte att skilja åt. Tips: Ge varje jämförelse ett eget label.'],
		],
		[
			'an unknown field named by its Swedish label, with the name meant and the ones that exist',
			'2023',
			['kolada:', '  kpi: N15508', '  kommun: "2023"'],
			['indicators/resultat.md rad 4, fältet kolada.kommun: okänt fält "kommun". Tips: Menade du "municipality" (Kommun)? Fältens namn skrivs på engelska. Fält som går att använda här: kpi, municipality, title, comparisons, gender, years, series, rank.'],
		],
		['a rank group that is not a group', '2023', ['kolada:', '  kpi: N15508', '  rank: { group: alla }'], ['indicators/resultat.md rad 4, fältet kolada.rank.group: "alla" har fel form; det ska vara all för alla kommuner, eller id:t för en kommungrupp i Kolada, som börjar med G.']],
	])('%s', (_, site, lines, expected) => {
		expect(said(site, ...lines)).toEqual(expected);
		expect(read(site, ...lines).job).toBeUndefined();
	});
});

describe('checkIndicator', () => {
	const warnings = (...lines: string[]) => {
		const { job } = readKoladaSettings(indicator(...lines, 'kolada:', '  kpi: N15508'), '2023');
		return checkIndicator(job!).map((p) => `${p.severity} ${p.field}: ${p.message}`);
	};

	it('is content with an indicator that uses the file, credits Kolada and is not sample data', () => {
		expect(warnings('data: resultat.csv', 'source: { name: Kolada, kolada: N15508 }')).toEqual([]);
	});

	it('warns about another data file, a source that is not Kolada and sample: true', () => {
		expect(warnings('data: annat.csv', 'source: { name: SCB }', 'sample: true')).toEqual([
			'warning data: kommandot skriver data/resultat.csv, men indikatorn använder annat.csv.',
			'warning source: källan är inte angiven som Kolada; Koladas villkor kräver "Källa: Kolada" vid värdena.',
			'warning sample: indikatorn har sample: true, men värdena kommer nu från Kolada och skulle felaktigt märkas Exempeldata.',
		]);
	});
});
