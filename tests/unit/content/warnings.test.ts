/**
 * Doubtful content that is not an error: each is a warning, printed by `npm run check` and the
 * build, and the site is still built. One row per kind, in Swedish and English, word for word.
 * The clock is fixed (`NOW`) so a target year "in the past" does not change with the date.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { formatProblems } from '../../../src/lib/problems.ts';
import { brokenTree, line, removeTrees, replace, write, type Edit } from './helpers.ts';

afterAll(removeTrees);

const NOW = new Date('2026-03-01T12:00:00Z');
const BESOKARE = 'indicators/besokare.md';
const DIALOG = 'indicators/dialog.md';
const ASSESSMENT = 'assessment:\n  status: not-achieved\n  motivation: Det finns ännu inget forum för dialog.\n';
const KOLADA = 'source:\n  name: Kolada\n  kolada: N15508\n';

interface Row {
	name: string;
	edits: Edit[];
	expected: string[];
	english: string[];
}

const rows: Row[] = [
	{
		name: 'a qualitative indicator without assessment',
		edits: [replace(DIALOG, ASSESSMENT, '')],
		expected: [
			'! indicators/dialog.md rad 2, fältet assessment: indikatorn har varken data eller bedömning och visas som "Bedömning saknas". Tips: Ange data: <fil>.csv, eller assessment med status och motivering.',
		],
		english: [
			'! indicators/dialog.md line 2, field assessment: the indicator has neither data nor an assessment and shows as "Bedömning saknas" (no assessment). Hint: Give data: <file>.csv, or assessment with a status and a motivation.',
		],
	},
	{
		name: 'a Kolada id on an indicator without data file, assessed',
		edits: [replace(DIALOG, 'order: 2\n', `order: 2\n${KOLADA}`)],
		expected: [
			'! indicators/dialog.md rad 7, fältet source.kolada: källan har Kolada-id N15508, men indikatorn har ingen datafil än. Tips: Lägg värdena i en CSV-fil i data/, t.ex. data/dialog.csv med kolumnerna År;Värde, och ange den i indikatorn med data: dialog.csv.',
		],
		english: [
			'! indicators/dialog.md line 7, field source.kolada: the source has the Kolada id N15508, but the indicator has no data file yet. Hint: Put the values in a CSV file in data/, e.g. data/dialog.csv with the columns År;Värde, and name it in the indicator with data: dialog.csv.',
		],
	},
	{
		name: 'a Kolada id on an indicator without data file nor assessment (one warning, not two)',
		edits: [replace(DIALOG, ASSESSMENT, KOLADA)],
		expected: [
			'! indicators/dialog.md rad 7, fältet source.kolada: källan har Kolada-id N15508, men indikatorn har ingen datafil än och visas som "Bedömning saknas". Tips: Lägg värdena i en CSV-fil i data/, t.ex. data/dialog.csv med kolumnerna År;Värde, och ange den i indikatorn med data: dialog.csv.',
		],
		english: [
			'! indicators/dialog.md line 7, field source.kolada: the source has the Kolada id N15508, but the indicator has no data file yet and shows as "Bedömning saknas" (no assessment). Hint: Put the values in a CSV file in data/, e.g. data/dialog.csv with the columns År;Värde, and name it in the indicator with data: dialog.csv.',
		],
	},
	{
		name: 'a target year before this year',
		edits: [replace(BESOKARE, '      value: 1400\n', '      value: 1400\n      year: 2025\n')],
		expected: [
			'! indicators/besokare.md rad 14, fältet series[1].target.year: målåret 2025 har redan passerat (nu är det 2026). Tips: Skriv ett senare år under year om målet gäller vidare, eller ersätt målet med det som gäller nu.',
		],
		english: [
			'! indicators/besokare.md line 14, field series[1].target.year: the target year 2025 has already passed (it is now 2026). Hint: Write a later year under year if the target still applies, or replace the target with the one that applies now.',
		],
	},
	{
		name: 'a data file with only comparison rows: no headline to assess',
		edits: [write('data/resultat.csv', 'År;Jämförelse;Värde\n2021;Riket;2,0\n2022;Riket;2,2\n')],
		expected: [
			'! indicators/resultat.md rad 6, fältet data: data/resultat.csv har inga huvudrader, bara rader med en uppdelning eller jämförelse, så det finns inget att bedöma. Tips: Huvudraden är organisationens egen siffra: en rad där kolumnen Jämförelse är tom. Lägg till en sådan rad för varje år.',
		],
		english: [
			"! indicators/resultat.md line 6, field data: data/resultat.csv has no headline rows, only rows with a breakdown or comparison, so there is nothing to assess. Hint: The headline row is the organisation's own figure: a row where the column Jämförelse is empty. Add one such row for each year.",
		],
	},
	{
		name: 'a series whose headline values are all missing',
		edits: [replace('data/besokare.csv', '2021,Utsläpp,ton,50\n2022,Utsläpp,ton,45\n2023,Utsläpp,ton,40', '2021,Utsläpp,ton,..\n2022,Utsläpp,ton,\n2023,Utsläpp,ton,..')],
		expected: [
			'! indicators/besokare.md rad 14, fältet series[2].name: serien "Utsläpp" i data/besokare.csv har bara saknade värden på huvudraderna, så det finns inget att bedöma och ingen siffra att visa. Tips: Fyll i organisationens egna värden; en tom cell eller .. betyder att uppgiften saknas.',
		],
		english: [
			`! indicators/besokare.md line 14, field series[2].name: the series "Utsläpp" in data/besokare.csv has only missing values on its headline rows, so there is nothing to assess and no figure to show. Hint: Fill in the organisation's own values; an empty cell or .. means the value is missing.`,
		],
	},
	{
		name: 'a file without breakdowns whose values are all missing',
		edits: [write('data/extra.csv', 'År;Värde\n2023;..\n'), replace(DIALOG, ASSESSMENT, 'data: extra.csv\ndirection: higher\n')],
		expected: [
			'! indicators/dialog.md rad 5, fältet data: data/extra.csv har bara saknade värden på huvudraderna, så det finns inget att bedöma och ingen siffra att visa. Tips: Fyll i organisationens egna värden; en tom cell eller .. betyder att uppgiften saknas.',
		],
		english: [
			"! indicators/dialog.md line 5, field data: data/extra.csv has only missing values on its headline rows, so there is nothing to assess and no figure to show. Hint: Fill in the organisation's own values; an empty cell or .. means the value is missing.",
		],
	},
	{
		name: "a template's placeholder left in a free page",
		edits: [write('pages/om.mdx', '---\ntitle: Om målbilden\n---\n\nKontakta oss på [fyll i e-postadress].\n')],
		expected: [
			'! pages/om.mdx rad 5: en platshållare är inte ifylld: "[fyll i e-postadress]". Sidan skulle publiceras med den texten. Tips: Skriv in uppgiften i stället för hakparenteserna, eller ta bort meningen om den inte gäller.',
		],
		english: [
			'! pages/om.mdx line 5: a placeholder is not filled in: "[fyll i e-postadress]". The page would be published with that text. Hint: Write the information in place of the square brackets, or remove the sentence if it does not apply.',
		],
	},
	{
		name: 'several placeholders, in front matter and body, as one warning with their lines',
		edits: [replace(DIALOG, 'title: Dialog med invånarna', 'title: "Dialog med [Fill in a group]"'), replace(DIALOG, `${ASSESSMENT}---\n`, `${ASSESSMENT}---\n\nAnsvarig: [fyll i namn] och [fyll i enhet].\n\nSenast granskad [fyll i datum].\n`)],
		expected: [
			'! indicators/dialog.md rad 2: 4 platshållare är inte ifyllda (rad 2, 10 och 12), den första "[Fill in a group]". Sidan skulle publiceras med dem. Tips: Skriv in uppgiften i stället för hakparenteserna, eller ta bort meningen om den inte gäller.',
		],
		english: [
			'! indicators/dialog.md line 2: 4 placeholders are not filled in (lines 2, 10 and 12), the first "[Fill in a group]". The page would be published with them. Hint: Write the information in place of the square brackets, or remove the sentence if it does not apply.',
		],
	},
];

describe('content warnings', () => {
	it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, { edits, expected, english }) => {
		const dir = brokenTree(...edits);
		const { model, problems } = validateContent(dir, { now: NOW });
		expect(problems.map((p) => line(p, dir))).toEqual(expected);
		expect(problems.map((p) => line(p, dir, 'en'))).toEqual(english);
		expect(problems.every((p) => p.severity === 'warning')).toBe(true);
		expect(model).toBeDefined();
	});
});

describe('no warning', () => {
	it('for a target year this year or later', () => {
		const dir = brokenTree(replace(BESOKARE, '      value: 1400\n', '      value: 1400\n      year: 2026\n'));
		expect(validateContent(dir, { now: NOW }).problems).toEqual([]);
		// The same file a year later.
		expect(validateContent(dir, { now: new Date('2027-01-01T12:00:00Z') }).problems.map((p) => p.field)).toEqual(['series[1].target.year']);
	});

	it('for a comparison-only series when the headline has one value, even among missing ones', () => {
		const dir = brokenTree(write('data/resultat.csv', 'År;Jämförelse;Värde\n2021;;..\n2022;;3,0\n2021;Riket;2,0\n2022;Riket;2,2\n'));
		expect(validateContent(dir, { now: NOW }).problems).toEqual([]);
	});

	it('for a qualitative indicator with an assessment and no Kolada id (the valid fixture)', () => {
		expect(validateContent(brokenTree(), { now: NOW }).problems).toEqual([]);
	});

	it('that stops the build: several warnings at once still give a model, listed under their own heading', () => {
		const dir = brokenTree(
			replace(DIALOG, ASSESSMENT, KOLADA),
			replace(BESOKARE, '      value: 1400\n', '      value: 1400\n      year: 2020\n'),
			write('data/extra.csv', 'År;Värde\n2023;1\n'),
		);
		const { model, problems } = validateContent(dir, { now: NOW });
		expect(problems.map((p) => [p.severity, p.file, p.field])).toEqual([
			['warning', 'indicators/besokare.md', 'series[1].target.year'],
			['warning', 'indicators/dialog.md', 'source.kolada'],
			['warning', 'data/extra.csv', undefined],
		]);
		expect(model).toBeDefined();
		expect(formatProblems(problems).split('\n')[0]).toBe('3 varningar:');
		expect(formatProblems(problems, 'en').split('\n')[0]).toBe('3 warnings:');
	});
});
