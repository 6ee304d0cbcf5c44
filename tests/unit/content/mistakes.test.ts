/**
 * One row per kind of mistake an editor makes: a copy of the valid fixture with one small edit,
 * and every line the check prints for it, word for word (`✗` error, `!` warning), in Swedish and
 * in English (`npm run check -- --lang en`). The line numbers
 * are those of the edited files; the fixture's files are short so they can be counted by eye:
 *
 *   indicators/besokare.md           indicators/resultat.md     areas/ekonomi.md   site.yaml
 *    1 ---                            1 ---                      1 ---              1 # comment
 *    2 title                          2 title                    2 title            2 organisation
 *    3 area: natur                    3 goal: stark-ekonomi      3 order: 2         3 title
 *    4 strategies: [hushalla]         4 strategies:              4 ---              4 vision
 *    5 order: 1                       5   - budget-i-balans                         5 levels:
 *    6 data: besokare.csv             6 data: resultat.csv                          6   area: …
 *    7 series:                        7 unit: procent                               8   goal: …
 *    8   - name: Gästnätter           8 direction: higher                          11   strategy: …
 *   11     target:                    9 target:                                    14   indicator: …
 *   12       kind: at-least          10   kind: compare                            18 brandColor
 *   14   - name: Utsläpp             11   relation: above
 *   16     direction: lower          12   against: Riket
 *   17     target:
 *   18       kind: at-most
 *   19       value: 30
 */
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { brokenTree, copy, line, remove, removeTrees, rename, replace, saveAsUtf16, saveAsWindows1252, write, type Edit } from './helpers.ts';

afterAll(removeTrees);

const BESOKARE = 'indicators/besokare.md';
const RESULTAT = 'indicators/resultat.md';
const EKONOMI = 'areas/ekonomi.md';

const NUMBER_HINT = 'Skriv talet med bara siffror, utan mellanrum, och med punkt som decimaltecken, t.ex. 1400 eller 12.5.';
const KINDS = 'Tillåtna värden för kind: at-least, at-most, rank-at-most, compare, top-share, increase, decrease, positive.';
const UNUSED_BESOKARE = '! data/besokare.csv: ingen indikator använder filen. Tips: Ange filen i en indikators fält data, eller ta bort den.';
const ORDER_HINT = 'Ordning: Ett heltal som bestämmer var posten står i listan: lägre först. Lämna tomt för bokstavsordning.';
const ORDER_HINT_EN = 'Order: A whole number that places the entry in its list: lower first. Leave empty for alphabetical order.';
const NUMBER_HINT_EN = 'Write the number with digits only, without spaces, and with a point as decimal mark, e.g. 1400 or 12.5.';
const KINDS_EN = 'Allowed values for kind: at-least, at-most, rank-at-most, compare, top-share, increase, decrease, positive.';
const UNUSED_BESOKARE_EN = "! data/besokare.csv: no indicator uses the file. Hint: Name the file in an indicator's field data, or remove it.";

interface Row {
	/** The mistake. */
	name: string;
	edits: Edit[];
	/** Every line printed, in order. */
	expected: string[];
	/** The same lines in English (`npm run check -- --lang en`). */
	english: string[];
	/** True when the mistakes are only warnings and the site is still built. */
	builds?: boolean;
}

const references: Row[] = [
	{
		name: 'an unknown area, with its likely meaning and the valid ids',
		edits: [replace(BESOKARE, 'area: natur', 'area: natr')],
		expected: ['✗ indicators/besokare.md rad 3, fältet area: Målområde "natr" finns inte. Tips: Menade du "natur"? Finns: ekonomi, natur.'],
		english: ['✗ indicators/besokare.md line 3, field area: area "natr" does not exist. Hint: Did you mean "natur"? Existing: ekonomi, natur.'],
	},
	{
		name: 'an unknown area that looks like none',
		edits: [replace(BESOKARE, 'area: natur', 'area: skola')],
		expected: ['✗ indicators/besokare.md rad 3, fältet area: Målområde "skola" finns inte. Tips: Finns: ekonomi, natur.'],
		english: ['✗ indicators/besokare.md line 3, field area: area "skola" does not exist. Hint: Existing: ekonomi, natur.'],
	},
	{
		name: 'an unknown goal',
		edits: [replace(RESULTAT, 'goal: stark-ekonomi', 'goal: miljo')],
		expected: ['✗ indicators/resultat.md rad 3, fältet goal: Mål "miljo" finns inte. Tips: Finns: stark-ekonomi.'],
		english: ['✗ indicators/resultat.md line 3, field goal: goal "miljo" does not exist. Hint: Existing: stark-ekonomi.'],
	},
	{
		name: 'an unknown strategy in a list on one line',
		edits: [replace(BESOKARE, 'strategies: [hushalla]', 'strategies: [hushalla, spara]')],
		expected: ['✗ indicators/besokare.md rad 4, fältet strategies[2]: Strategi "spara" finns inte. Tips: Finns: budget-i-balans, hushalla.'],
		english: ['✗ indicators/besokare.md line 4, field strategies[2]: strategy "spara" does not exist. Hint: Existing: budget-i-balans, hushalla.'],
	},
	{
		name: 'an unknown strategy in a list with one item per line',
		edits: [replace(RESULTAT, '  - budget-i-balans\n', '  - budget-i-balans\n  - spara\n')],
		expected: ['✗ indicators/resultat.md rad 6, fältet strategies[2]: Strategi "spara" finns inte. Tips: Finns: budget-i-balans, hushalla.'],
		english: ['✗ indicators/resultat.md line 6, field strategies[2]: strategy "spara" does not exist. Hint: Existing: budget-i-balans, hushalla.'],
	},
	{
		name: 'an unknown data file (the file left unused is a warning of its own)',
		edits: [replace(BESOKARE, 'data: besokare.csv', 'data: saknas.csv')],
		expected: [
			'✗ indicators/besokare.md rad 6, fältet data: Datafilen "saknas.csv" finns inte. Tips: Finns: besokare.csv, resultat.csv.',
			UNUSED_BESOKARE,
		],
		english: [
			'✗ indicators/besokare.md line 6, field data: data file "saknas.csv" does not exist. Hint: Existing: besokare.csv, resultat.csv.',
			UNUSED_BESOKARE_EN,
		],
	},
	{
		name: 'a typo in a data file name (the file it meant is not reported unused)',
		edits: [replace(BESOKARE, 'data: besokare.csv', 'data: besokare.cvs')],
		expected: ['✗ indicators/besokare.md rad 6, fältet data: Datafilen "besokare.cvs" finns inte. Tips: Menade du "besokare.csv"? Finns: besokare.csv, resultat.csv.'],
		english: [
			'✗ indicators/besokare.md line 6, field data: data file "besokare.cvs" does not exist. Hint: Did you mean "besokare.csv"? Existing: besokare.csv, resultat.csv.',
		],
	},
];

const placement: Row[] = [
	{
		name: 'both area and goal on an indicator',
		edits: [replace(BESOKARE, 'area: natur\n', 'area: natur\ngoal: stark-ekonomi\n')],
		expected: [
			'✗ indicators/besokare.md rad 4, fältet goal: både area och goal är angivna; indikatorn kan bara höra till ett av dem. Tips: Ta bort goal: om indikatorn hör direkt till målområde "natur", eller area: om den hör till mål "stark-ekonomi".',
		],
		english: [
			'✗ indicators/besokare.md line 4, field goal: both area and goal are given; the indicator can belong to only one of them. Hint: Remove goal: if the indicator belongs directly to area "natur", or area: if it belongs to goal "stark-ekonomi".',
		],
	},
	{
		name: 'both area and goal on a strategy',
		edits: [replace('strategies/hushalla.md', 'area: natur\n', 'area: natur\ngoal: stark-ekonomi\n')],
		expected: [
			'✗ strategies/hushalla.md rad 4, fältet goal: både area och goal är angivna; strategin kan bara höra till ett av dem. Tips: Ta bort goal: om strategin hör direkt till målområde "natur", eller area: om den hör till mål "stark-ekonomi".',
		],
		english: [
			'✗ strategies/hushalla.md line 4, field goal: both area and goal are given; the strategy can belong to only one of them. Hint: Remove goal: if the strategy belongs directly to area "natur", or area: if it belongs to goal "stark-ekonomi".',
		],
	},
	{
		name: 'neither area nor goal (the first line of the front matter)',
		edits: [replace(BESOKARE, 'area: natur\n', '')],
		expected: [
			'✗ indicators/besokare.md rad 2: varken area eller goal är angivet. Tips: Skriv vilket målområde eller mål indikatorn hör till, t.ex. area: ekonomi eller goal: stark-ekonomi. Målområden: ekonomi, natur. Mål: stark-ekonomi.',
		],
		english: [
			'✗ indicators/besokare.md line 2: neither area nor goal is given. Hint: Write which area or goal the indicator belongs to, e.g. area: ekonomi or goal: stark-ekonomi. Areas: ekonomi, natur. Goals: stark-ekonomi.',
		],
	},
];

const targets: Row[] = [
	{
		name: 'a numeric indicator without direction',
		edits: [replace(RESULTAT, 'direction: higher\n', '')],
		expected: ['✗ indicators/resultat.md rad 2, fältet direction: indikatorn har data men saknar direction. Tips: Skriv direction: higher om högre värden är bättre, eller direction: lower om lägre är bättre.'],
		english: [
			'✗ indicators/resultat.md line 2, field direction: the indicator has data but no direction. Hint: Write direction: higher if higher values are better, or direction: lower if lower values are better.',
		],
	},
	{
		name: 'a series without direction (the line of the series)',
		edits: [replace(BESOKARE, '    direction: lower\n', '')],
		expected: ['✗ indicators/besokare.md rad 14, fältet series[2].direction: serien "Utsläpp" har data men saknar direction. Tips: Skriv direction: higher om högre värden är bättre, eller direction: lower om lägre är bättre.'],
		english: [
			'✗ indicators/besokare.md line 14, field series[2].direction: the series "Utsläpp" has data but no direction. Hint: Write direction: higher if higher values are better, or direction: lower if lower values are better.',
		],
	},
	{
		name: 'a target kind contradicting the direction of its series',
		edits: [replace(BESOKARE, 'kind: at-most', 'kind: at-least')],
		expected: [
			'✗ indicators/besokare.md rad 18, fältet series[2].target.kind: målet at-least förutsätter direction: higher, men serien "Utsläpp" har direction: lower. Tips: Ändra direction till higher om högre värden är bättre, eller välj ett mål som passar direction: lower: at-most, rank-at-most, top-share, decrease eller compare med relation: below.',
		],
		english: [
			'✗ indicators/besokare.md line 18, field series[2].target.kind: the target at-least requires direction: higher, but the series "Utsläpp" has direction: lower. Hint: Change direction to higher if higher values are better, or choose a target that fits direction: lower: at-most, rank-at-most, top-share, decrease or compare with relation: below.',
		],
	},
	{
		name: 'a target kind contradicting the direction of the indicator',
		edits: [replace(RESULTAT, 'kind: compare\n  relation: above\n  against: Riket', 'kind: decrease')],
		expected: [
			'✗ indicators/resultat.md rad 10, fältet target.kind: målet decrease förutsätter direction: lower, men indikatorn har direction: higher. Tips: Ändra direction till lower om lägre värden är bättre, eller välj ett mål som passar direction: higher: at-least, increase, positive eller compare med relation: above.',
		],
		english: [
			'✗ indicators/resultat.md line 10, field target.kind: the target decrease requires direction: lower, but the indicator has direction: higher. Hint: Change direction to lower if lower values are better, or choose a target that fits direction: higher: at-least, increase, positive or compare with relation: above.',
		],
	},
	{
		name: 'a comparison whose relation contradicts the direction',
		edits: [replace(RESULTAT, 'direction: higher', 'direction: lower')],
		expected: ['✗ indicators/resultat.md rad 11, fältet target.relation: målet compare med relation: above förutsätter direction: higher, men indikatorn har direction: lower. Tips: Ändra relation till below, eller direction till higher.'],
		english: [
			'✗ indicators/resultat.md line 11, field target.relation: the target compare with relation: above requires direction: higher, but the indicator has direction: lower. Hint: Change relation to below, or direction to higher.',
		],
	},
	{
		name: 'an unknown target kind, listing the kinds (the indicator left out keeps its data file in use)',
		edits: [replace(BESOKARE, 'kind: at-most', 'kind: minst')],
		expected: [`✗ indicators/besokare.md rad 18, fältet series[2].target.kind: "minst" är inte ett tillåtet värde. Tips: ${KINDS}`],
		english: [`✗ indicators/besokare.md line 18, field series[2].target.kind: "minst" is not an allowed value. Hint: ${KINDS_EN}`],
	},
	{
		name: 'a target without kind (the line of the target)',
		edits: [replace(BESOKARE, '      kind: at-most\n', '')],
		expected: [`✗ indicators/besokare.md rad 17, fältet series[2].target.kind: fältet kind saknas. Tips: ${KINDS}`],
		english: [`✗ indicators/besokare.md line 17, field series[2].target.kind: the field kind is missing. Hint: ${KINDS_EN}`],
	},
	{
		name: 'a series name that is not in the CSV',
		edits: [replace(BESOKARE, 'name: Utsläpp', 'name: Utslapp')],
		expected: ['✗ indicators/besokare.md rad 14, fältet series[2].name: serien "Utslapp" finns inte i data/besokare.csv. Tips: Menade du "Utsläpp"? Finns: Gästnätter, Utsläpp.'],
		english: [
			'✗ indicators/besokare.md line 14, field series[2].name: the series "Utslapp" is not in data/besokare.csv. Hint: Did you mean "Utsläpp"? Existing: Gästnätter, Utsläpp.',
		],
	},
	{
		name: 'a comparison value that is not in the CSV',
		edits: [replace(RESULTAT, 'against: Riket', 'against: Sverige')],
		expected: ['✗ indicators/resultat.md rad 12, fältet target.against: jämförelsen "Sverige" finns inte i data/resultat.csv. Tips: Värden i Jämförelse: Riket.'],
		english: ['✗ indicators/resultat.md line 12, field target.against: the comparison "Sverige" is not in data/resultat.csv. Hint: Values in Jämförelse: Riket.'],
	},
];

const fields: Row[] = [
	{
		name: 'a missing title (the first line of the front matter)',
		edits: [replace(EKONOMI, 'title: Ekonomi\n', '')],
		expected: ['✗ areas/ekonomi.md rad 2, fältet title: fältet saknas; det ska vara en text. Tips: Lägg till en rad title: … med en text.'],
		english: ['✗ areas/ekonomi.md line 2, field title: the field is missing; it should be a text. Hint: Add a line title: … with a text.'],
	},
	{
		name: 'an empty title',
		edits: [replace(EKONOMI, 'title: Ekonomi\n', 'title:\n')],
		expected: ['✗ areas/ekonomi.md rad 2, fältet title: fältet är tomt; det ska vara en text. Tips: Skriv värdet efter kolonet på samma rad, eller ta bort raden om fältet inte behövs.'],
		english: [
			'✗ areas/ekonomi.md line 2, field title: the field is empty; it should be a text. Hint: Write the value after the colon on the same line, or remove the line if the field is not needed.',
		],
	},
	{
		name: 'unknown front matter keys, each on its own line, with the likely meaning and the fields allowed',
		edits: [replace(EKONOMI, 'order: 2\n', 'order: 2\ntitel: Ekonomi\nfärg: blå\n')],
		expected: [
			'✗ areas/ekonomi.md rad 4, fältet titel: okänt fält "titel". Tips: Menade du "title"? Fält som går att använda här: title, order, code, summary, assessment.',
			'✗ areas/ekonomi.md rad 5, fältet färg: okänt fält "färg". Tips: Fält som går att använda här: title, order, code, summary, assessment.',
		],
		english: [
			'✗ areas/ekonomi.md line 4, field titel: unknown field "titel". Hint: Did you mean "title"? Fields you can use here: title, order, code, summary, assessment.',
			'✗ areas/ekonomi.md line 5, field färg: unknown field "färg". Hint: Fields you can use here: title, order, code, summary, assessment.',
		],
	},
	{
		name: 'an unknown key inside a target, with the fields of that kind of target',
		edits: [replace(BESOKARE, 'value: 30', 'varde: 30')],
		expected: [
			'✗ indicators/besokare.md rad 17, fältet series[2].target.value: fältet saknas; det ska vara ett tal. Tips: Lägg till en rad value: … med ett tal.',
			'✗ indicators/besokare.md rad 19, fältet series[2].target.varde: okänt fält "varde". Tips: Menade du "value"? Fält som går att använda här: kind, series, note, value, year, yearly.',
		],
		english: [
			'✗ indicators/besokare.md line 17, field series[2].target.value: the field is missing; it should be a number. Hint: Add a line value: … with a number.',
			'✗ indicators/besokare.md line 19, field series[2].target.varde: unknown field "varde". Hint: Did you mean "value"? Fields you can use here: kind, series, note, value, year, yearly.',
		],
	},
	{
		name: 'a word where a number is expected',
		edits: [replace(EKONOMI, 'order: 2', 'order: först')],
		expected: [`✗ areas/ekonomi.md rad 3, fältet order: "först" är en text, men det ska vara ett heltal. Tips: ${ORDER_HINT}`],
		english: [`✗ areas/ekonomi.md line 3, field order: "först" is a text, but it should be a whole number. Hint: ${ORDER_HINT_EN}`],
	},
	{
		name: 'a number written with a space between thousands',
		edits: [replace(BESOKARE, 'value: 1400', 'value: 1 400')],
		expected: [`✗ indicators/besokare.md rad 13, fältet series[1].target.value: "1 400" är en text, men det ska vara ett tal. Tips: ${NUMBER_HINT}`],
		english: [`✗ indicators/besokare.md line 13, field series[1].target.value: "1 400" is a text, but it should be a number. Hint: ${NUMBER_HINT_EN}`],
	},
	{
		name: 'a decimal where a whole number is expected',
		edits: [replace(EKONOMI, 'order: 2', 'order: 1.5')],
		expected: ['✗ areas/ekonomi.md rad 3, fältet order: 1.5 är inte ett heltal. Tips: Ordning: Ett heltal som bestämmer var posten står i listan: lägre först. Lämna tomt för bokstavsordning.'],
		english: ['✗ areas/ekonomi.md line 3, field order: 1.5 is not a whole number. Hint: Order: A whole number that places the entry in its list: lower first. Leave empty for alphabetical order.'],
	},
	{
		name: 'one value where a list is expected',
		edits: [replace(BESOKARE, 'strategies: [hushalla]', 'strategies: hushalla')],
		expected: [
			'✗ indicators/besokare.md rad 4, fältet strategies: "hushalla" är en text, men det ska vara en lista. Tips: Skriv listan inom hakparenteser, t.ex. strategies: [hushalla], eller ett värde per rad som börjar med "- ".',
		],
		english: [
			'✗ indicators/besokare.md line 4, field strategies: "hushalla" is a text, but it should be a list. Hint: Write the list in square brackets, e.g. strategies: [hushalla], or one value per line beginning with "- ".',
		],
	},
	{
		name: 'a yes/no field written in Swedish',
		edits: [replace('pages/om.mdx', 'title: Om målbilden', 'title: Om målbilden\nnav: ja')],
		expected: ['✗ pages/om.mdx rad 3, fältet nav: "ja" är en text, men det ska vara true eller false. Tips: Skriv true (ja) eller false (nej).'],
		english: ['✗ pages/om.mdx line 3, field nav: "ja" is a text, but it should be true or false. Hint: Write true (yes) or false (no).'],
	},
	{
		name: 'a year in quotes',
		edits: [replace(BESOKARE, 'value: 1400', 'value: 1400\n      year: "2030"')],
		expected: [
			'✗ indicators/besokare.md rad 14, fältet series[1].target.year: "2030" är en text, men det ska vara ett heltal. Tips: Skriv talet utan citattecken: year: 2030.',
		],
		english: [
			'✗ indicators/besokare.md line 14, field series[1].target.year: "2030" is a text, but it should be a whole number. Hint: Write the number without quotes: year: 2030.',
		],
	},
	{
		name: 'a date where a year is expected',
		edits: [replace(BESOKARE, 'value: 1400', 'value: 1400\n      year: 2030-12-31')],
		expected: [
			'✗ indicators/besokare.md rad 14, fältet series[1].target.year: "2030-12-31" är en text, men det ska vara ett heltal. Tips: Skriv bara året: year: 2030.',
		],
		english: [
			'✗ indicators/besokare.md line 14, field series[1].target.year: "2030-12-31" is a text, but it should be a whole number. Hint: Write the year only: year: 2030.',
		],
	},
	{
		name: 'a year of two digits, with the help of the field',
		edits: [replace(BESOKARE, 'value: 1400', 'value: 1400\n      year: 30')],
		expected: [
			'✗ indicators/besokare.md rad 14, fältet series[1].target.year: 30 är för litet; det ska vara minst 1900. Tips: Målår: Året då värdet ska vara nått, t.ex. 2030.',
		],
		english: [
			'✗ indicators/besokare.md line 14, field series[1].target.year: 30 is too small; it should be at least 1900. Hint: Target year: The year by which the value should be reached, e.g. 2030.',
		],
	},
	{
		name: 'a direction in capitals',
		edits: [replace(RESULTAT, 'direction: higher', 'direction: Higher')],
		expected: [
			'✗ indicators/resultat.md rad 8, fältet direction: "Higher" är inte ett tillåtet värde. Tips: Menade du "higher"? Tillåtna värden: higher (Högre är bättre), lower (Lägre är bättre).',
		],
		english: [
			'✗ indicators/resultat.md line 8, field direction: "Higher" is not an allowed value. Hint: Did you mean "higher"? Allowed values: higher (Higher is better), lower (Lower is better).',
		],
	},
	{
		name: 'a direction in Swedish, guessed from its label',
		edits: [replace(RESULTAT, 'direction: higher', 'direction: högre')],
		expected: [
			'✗ indicators/resultat.md rad 8, fältet direction: "högre" är inte ett tillåtet värde. Tips: Menade du "higher"? Tillåtna värden: higher (Högre är bättre), lower (Lägre är bättre).',
		],
		english: [
			'✗ indicators/resultat.md line 8, field direction: "högre" is not an allowed value. Hint: Did you mean "higher"? Allowed values: higher (Higher is better), lower (Lower is better).',
		],
	},
	{
		name: 'a field named by its Swedish label',
		edits: [replace(RESULTAT, 'unit: procent', 'enhet: procent')],
		expected: [
			'✗ indicators/resultat.md rad 7, fältet enhet: okänt fält "enhet". Tips: Menade du "unit" (Enhet)? Fältens namn skrivs på engelska. Fält som går att använda här: title, area, goal, strategies, order, code, data, unit, direction, target, series, decimals, chart, source, kolada, sample, assessment.',
		],
		english: [
			'✗ indicators/resultat.md line 7, field enhet: unknown field "enhet". Hint: Did you mean "unit" (Enhet)? Field names are written in English. Fields you can use here: title, area, goal, strategies, order, code, data, unit, direction, target, series, decimals, chart, source, kolada, sample, assessment.',
		],
	},
	{
		name: 'a code written as a number is read as its text',
		edits: [replace(EKONOMI, 'order: 2', 'order: 2\ncode: 1')],
		expected: [],
		english: [],
		builds: true,
	},
	{
		name: 'a status in Swedish',
		edits: [replace('indicators/dialog.md', 'status: not-achieved', 'status: klart')],
		expected: ['✗ indicators/dialog.md rad 6, fältet assessment.status: "klart" är inte ett tillåtet värde. Tips: Tillåtna värden: achieved (Uppnått), partly-achieved (Delvis uppnått), not-achieved (Ej uppnått), unassessed (Bedömning saknas).'],
		english: [
			'✗ indicators/dialog.md line 6, field assessment.status: "klart" is not an allowed value. Hint: Allowed values: achieved (Achieved), partly-achieved (Partly achieved), not-achieved (Not achieved), unassessed (Not assessed).',
		],
	},
];

const yaml: Row[] = [
	{
		name: 'a colon in an unquoted title',
		edits: [replace(EKONOMI, 'title: Ekonomi', 'title: Ekonomi: budget')],
		expected: [
			'✗ areas/ekonomi.md rad 2: raden går inte att läsa som ett fält: antingen har ett värde ett kolon i sig, eller så är raden indragen fel. Tips: Skriv en text med kolon inom citattecken, t.ex. title: "Ekonomi: budget", och låt fält på samma nivå börja i samma kolumn.',
		],
		english: [
			'✗ areas/ekonomi.md line 2: the line cannot be read as a field: either a value has a colon in it, or the line is indented wrongly. Hint: Put a text with a colon in quotes, e.g. title: "Ekonomi: budget", and let fields on the same level begin in the same column.',
		],
	},
	{
		name: 'a quote that is never closed (the line where it opens)',
		edits: [replace(EKONOMI, 'title: Ekonomi', 'title: "Ekonomi')],
		expected: ['✗ areas/ekonomi.md rad 2: citattecknet " stängs aldrig. Tips: Avsluta texten med samma citattecken, t.ex. title: "Ekonomi".'],
		english: ['✗ areas/ekonomi.md line 2: the quote " is never closed. Hint: End the text with the same quote, e.g. title: "Ekonomi".'],
	},
	{
		name: 'a field given twice',
		edits: [replace(EKONOMI, 'order: 2', 'order: 2\norder: 3')],
		expected: ['✗ areas/ekonomi.md rad 4: fältet "order" står två gånger. Tips: Ta bort den ena raden; varje fält får bara finnas en gång.'],
		english: ['✗ areas/ekonomi.md line 4: the field "order" appears twice. Hint: Remove one of the lines; each field may appear only once.'],
	},
	{
		name: 'a line in a list indented wrong (only the first YAML error; its data file stays in use)',
		edits: [replace(BESOKARE, '    unit: ton', '   unit: ton')],
		expected: ['✗ indicators/besokare.md rad 15: en rad i en lista saknar "- " först, eller är indragen fel. Tips: Låt varje värde i listan börja med "- ", indraget lika långt som de andra.'],
		english: [
			'✗ indicators/besokare.md line 15: a line in a list lacks "- " in front, or is indented wrongly. Hint: Begin every value in the list with "- ", indented as far as the others.',
		],
	},
	{
		name: 'a tab as indentation',
		edits: [replace(BESOKARE, '    unit: ton', '\tunit: ton')],
		expected: ['✗ indicators/besokare.md rad 15: raden är indragen med tabb. Tips: Använd mellanslag för indrag, två per nivå.'],
		english: ['✗ indicators/besokare.md line 15: the line is indented with a tab. Hint: Indent with spaces, two per level.'],
	},
];

const files: Row[] = [
	{
		name: 'a data field naming the Excel workbook beside the CSV',
		edits: [replace(RESULTAT, 'data: resultat.csv', 'data: resultat.xlsx'), copy('data/resultat.csv', 'data/resultat.xlsx')],
		expected: [
			'! data/resultat.xlsx: filen är inte en CSV-fil och används inte. Tips: Spara från Excel som "CSV UTF-8 (kommaavgränsad)" eller "CSV (semikolonavgränsad)".',
			'✗ indicators/resultat.md rad 6, fältet data: "resultat.xlsx" är en kalkylbladsfil; Målbild läser bara CSV-filer. Tips: Filen resultat.csv finns redan i mappen data: skriv data: resultat.csv.',
		],
		english: [
			'! data/resultat.xlsx: the file is not a CSV file and is not used. Hint: Save it from Excel as "CSV UTF-8 (Comma delimited)", or as "CSV (semikolonavgränsad)" in Swedish Excel.',
			'✗ indicators/resultat.md line 6, field data: "resultat.xlsx" is a spreadsheet file; Målbild reads CSV files only. Hint: The file resultat.csv is already in the data folder: write data: resultat.csv.',
		],
	},
	{
		name: 'a CSV saved as Unicode text (UTF-16, tab between columns) is read',
		edits: [write('data/resultat.csv', 'År\tJämförelse\tVärde\r\n2021\t\t2,5\r\n2022\t\t3,0\r\n2022\tRiket\t2,0\r\n'), saveAsUtf16('data/resultat.csv')],
		expected: [],
		english: [],
		builds: true,
	},
	{
		name: 'a CSV header without å and ä, with the names meant',
		edits: [replace('data/resultat.csv', 'År;Jämförelse;Värde', 'Ar;Jämförelse;Varde')],
		expected: [
			'✗ data/resultat.csv rad 1: rubrikraden saknar kolumnerna År (eller Year) och Värde (eller Value). Hittade: "Ar", "Jämförelse", "Varde". Tips: Menade du "År" i stället för "Ar" och "Värde" i stället för "Varde"? Första raden ska namnge kolumnerna, till exempel År;Värde, åtskilda med semikolon, komma eller tabb.',
		],
		english: [
			'✗ data/resultat.csv line 1: the header lacks the columns Year (or År) and Value (or Värde). Found: "Ar", "Jämförelse", "Varde". Hint: Did you mean "År" instead of "Ar" and "Värde" instead of "Varde"? The first line should name the columns, e.g. År;Värde, separated by semicolons, commas or tabs.',
		],
	},
	{
		name: 'a units column misnamed, so every row is a breakdown',
		edits: [write('data/resultat.csv', 'År;Enheter;Värde\n2021;procent;2,5\n2022;procent;3,0\n')],
		expected: [
			'✗ indicators/resultat.md rad 12, fältet target.against: jämförelsen "Riket" finns inte i data/resultat.csv. Tips: Värden i Enheter: procent.',
			'! indicators/resultat.md rad 6, fältet data: data/resultat.csv har inga huvudrader, bara rader med en uppdelning eller jämförelse, så det finns inget att bedöma. Tips: Kolumnen Enheter läses som en uppdelning. Är den menad som Enhet, byt namn på den till Enhet.',
		],
		english: [
			'✗ indicators/resultat.md line 12, field target.against: the comparison "Riket" is not in data/resultat.csv. Hint: Values in Enheter: procent.',
			'! indicators/resultat.md line 6, field data: data/resultat.csv has no headline rows, only rows with a breakdown or comparison, so there is nothing to assess. Hint: The column Enheter is read as a breakdown. If it is meant as Enhet, rename it Enhet.',
		],
	},
	{
		name: 'a file without front matter (nothing else reports its id missing)',
		edits: [write('areas/natur.md', '# Natur och besöksnäring\n\nNaturen lockar besökare året runt.\n')],
		expected: [
			'✗ areas/natur.md rad 1: filen börjar inte med front matter (fälten mellan två rader ---). Tips: Första raden ska vara --- och fälten (title: …) ska följa, avslutade med en rad ---.',
		],
		english: [
			'✗ areas/natur.md line 1: the file does not begin with front matter (the fields between two lines ---). Hint: The first line should be ---, followed by the fields (title: …) and a closing line ---.',
		],
	},
	{
		name: 'a bad file name (the file is still read, so its data file stays in use)',
		edits: [rename(BESOKARE, 'indicators/Besökare.md')],
		expected: [
			'✗ indicators/Besökare.md: filnamnet "Besökare.md" går inte att använda: namnet blir sidans adress och får bara ha små bokstäver a–z, siffror och bindestreck. Tips: Byt namn på filen till "besokare.md".',
		],
		english: [
			`✗ indicators/Besökare.md: the file name "Besökare.md" cannot be used: the name becomes the page's address and may only contain lower-case letters a–z, digits and hyphens. Hint: Rename the file to "besokare.md".`,
		],
	},
	{
		name: 'a bad file name of an area others point at',
		edits: [rename('areas/natur.md', 'areas/Natur och besök.md')],
		expected: [
			'✗ areas/Natur och besök.md: filnamnet "Natur och besök.md" går inte att använda: namnet blir sidans adress och får bara ha små bokstäver a–z, siffror och bindestreck. Tips: Byt namn på filen till "natur-och-besok.md".',
			'✗ strategies/hushalla.md rad 3, fältet area: Målområde "natur" finns inte. Tips: Finns: ekonomi.',
			'✗ indicators/besokare.md rad 3, fältet area: Målområde "natur" finns inte. Tips: Finns: ekonomi.',
			'✗ indicators/dialog.md rad 3, fältet area: Målområde "natur" finns inte. Tips: Finns: ekonomi.',
		],
		english: [
			`✗ areas/Natur och besök.md: the file name "Natur och besök.md" cannot be used: the name becomes the page's address and may only contain lower-case letters a–z, digits and hyphens. Hint: Rename the file to "natur-och-besok.md".`,
			'✗ strategies/hushalla.md line 3, field area: area "natur" does not exist. Hint: Existing: ekonomi.',
			'✗ indicators/besokare.md line 3, field area: area "natur" does not exist. Hint: Existing: ekonomi.',
			'✗ indicators/dialog.md line 3, field area: area "natur" does not exist. Hint: Existing: ekonomi.',
		],
	},
	{
		name: 'two files for one id',
		edits: [copy('pages/om.mdx', 'pages/om.md')],
		expected: ['✗ pages/om.mdx: pages/om.md och pages/om.mdx har samma namn, "om", och skulle få samma adress. Tips: Ta bort den ena filen eller byt namn på den.'],
		english: ['✗ pages/om.mdx: pages/om.md and pages/om.mdx have the same name, "om", and would get the same address. Hint: Remove one of the files or rename it.'],
	},
	{
		name: 'a page named like one of the site\'s own addresses',
		edits: [copy('pages/om.mdx', 'pages/indikatorer.mdx')],
		expected: ['✗ pages/indikatorer.mdx: en sida kan inte heta "indikatorer": adressen /indikatorer/ har webbplatsen redan. Tips: Byt namn på filen. Upptagna namn: omraden, mal, indikatorer, strategier, oppna-data, sok, utskrift, areas, goals, indicators, strategies, open-data, search, print, en, admin, pagefind.'],
		english: ['✗ pages/indikatorer.mdx: a page cannot be called "indikatorer": the site already uses the address /indikatorer/. Hint: Rename the file. Names already taken: omraden, mal, indikatorer, strategier, oppna-data, sok, utskrift, areas, goals, indicators, strategies, open-data, search, print, en, admin, pagefind.'],
	},
	{
		name: 'a Markdown file saved as Windows-1252, named with its first line of å, ä or ö (its other mistakes still found)',
		edits: [replace('areas/natur.md', 'order: 1', 'order: första'), saveAsWindows1252('areas/natur.md')],
		expected: [
			'✗ areas/natur.md rad 2: filen är inte sparad som UTF-8, så å, ä och ö skulle bli fel på sidan (första raden med ett sådant tecken: "title: Natur och besöksnäring"). Tips: Spara filen med kodningen UTF-8: i Anteckningar under Spara som, Kodning: UTF-8; i VS Code med Spara med kodning, UTF-8 (nere till höger).',
			`✗ areas/natur.md rad 3, fältet order: "första" är en text, men det ska vara ett heltal. Tips: ${ORDER_HINT}`,
		],
		english: [
			'✗ areas/natur.md line 2: the file is not saved as UTF-8, so å, ä and ö would come out wrong on the page (the first line with such a character: "title: Natur och besöksnäring"). Hint: Save the file with the encoding UTF-8: in Notepad under Save as, Encoding: UTF-8; in VS Code with Save with Encoding, UTF-8 (bottom right).',
			`✗ areas/natur.md line 3, field order: "första" is a text, but it should be a whole number. Hint: ${ORDER_HINT_EN}`,
		],
	},
	{
		name: 'an HTML comment in an .mdx page, which MDX cannot read',
		edits: [replace('pages/om.mdx', 'på väg.', 'på väg.\n\n<!-- Uppdateras i januari. -->')],
		expected: ['✗ pages/om.mdx rad 8: <!-- … --> är ingen kommentar i en .mdx-fil, och sidan kan inte byggas med den. Tips: Skriv kommentaren så här: {/* text */}.'],
		english: ['✗ pages/om.mdx line 8: <!-- … --> is not a comment in an .mdx file, and the page cannot be built with it. Hint: Write the comment like this: {/* text */}.'],
	},
	{
		name: 'braces in an .mdx page, which MDX would compute, and an unclosed tag in another .mdx file: both at once',
		edits: [replace('pages/om.mdx', 'på väg.', 'på väg {2023-2030}.'), write('pages/kontakt.mdx', '---\ntitle: Kontakt\n---\n\nStorgatan 1<br>\n782 31 Malung\n')],
		expected: [
			'✗ pages/kontakt.mdx rad 5: taggen <br> stängs aldrig: i en .mdx-fil måste varje HTML-tagg stängas. Tips: Skriv <br /> i stället för <br>.',
			'✗ pages/om.mdx rad 6: {2023-2030} är kod i en .mdx-fil: sidan skulle visa vad koden räknar ut, inte det som står. Tips: Skriv \\{ och \\} om klamrarna ska synas på sidan, eller ta bort dem. En kommentar skrivs {/* text */}.',
		],
		english: [
			'✗ pages/kontakt.mdx line 5: the tag <br> is never closed: in an .mdx file every HTML tag must be closed. Hint: Write <br /> instead of <br>.',
			'✗ pages/om.mdx line 6: {2023-2030} is code in an .mdx file: the page would show what the code computes, not what is written. Hint: Write \\{ and \\} if the braces should show on the page, or remove them. A comment is written {/* text */}.',
		],
	},
	{
		name: 'a file that is not Markdown (a warning)',
		edits: [write('areas/anteckningar.txt', 'Kom ihåg att skriva om ekonomin.\n')],
		expected: ['! areas/anteckningar.txt: filen är inte en Markdown-fil (.md eller .mdx) och används inte.'],
		english: ['! areas/anteckningar.txt: the file is not a Markdown file (.md or .mdx) and is not used.'],
		builds: true,
	},
	{
		name: 'a data file no indicator uses (a warning)',
		edits: [write('data/extra.csv', 'År;Värde\n2023;1\n')],
		expected: ['! data/extra.csv: ingen indikator använder filen. Tips: Ange filen i en indikators fält data, eller ta bort den.'],
		english: ["! data/extra.csv: no indicator uses the file. Hint: Name the file in an indicator's field data, or remove it."],
		builds: true,
	},
	{
		name: 'a CSV with a word for a number, naming file, row, column and text',
		edits: [replace('data/resultat.csv', '2022;;3,0', '2022;;tre')],
		expected: ['✗ data/resultat.csv rad 3, kolumnen Värde: värdet "tre" är inte ett tal. Tips: Använd decimalkomma (12,5) och lämna cellen tom eller skriv .. när uppgift saknas.'],
		english: [
			'✗ data/resultat.csv line 3, column Värde: the value "tre" is not a number. Hint: Use a decimal comma (12,5), and leave the cell empty or write .. when the value is missing.',
		],
	},
];

const site: Row[] = [
	{
		name: 'goals but no name for the goal level (the line of levels)',
		edits: [replace('site.yaml', '  goal:\n    singular: Mål\n    plural: Mål\n', '')],
		expected: ['✗ site.yaml rad 5, fältet levels.goal: det finns filer i goals/ men levels saknar goal, nivåns namn. Tips: Lägg till goal: under levels: med singular: och plural:, t.ex. Mål och Mål.'],
		english: [
			"✗ site.yaml line 5, field levels.goal: there are files in goals/ but levels has no goal, the level's name. Hint: Add goal: under levels: with singular: and plural:, e.g. Mål and Mål.",
		],
	},
	{
		name: 'strategies but no name for the strategy level',
		edits: [replace('site.yaml', '  strategy:\n    singular: Strategi\n    plural: Strategier\n', '')],
		expected: [
			'✗ site.yaml rad 5, fältet levels.strategy: det finns filer i strategies/ men levels saknar strategy, nivåns namn. Tips: Lägg till strategy: under levels: med singular: och plural:, t.ex. Strategi och Strategier.',
		],
		english: [
			"✗ site.yaml line 5, field levels.strategy: there are files in strategies/ but levels has no strategy, the level's name. Hint: Add strategy: under levels: with singular: and plural:, e.g. Strategi and Strategier.",
		],
	},
	{
		name: 'no name for the area level',
		edits: [replace('site.yaml', '  area:\n    singular: Målområde\n    plural: Målområden\n', '')],
		expected: ['✗ site.yaml rad 5, fältet levels.area: fältet saknas; det ska vara en grupp av fält. Tips: Lägg till en rad area: och skriv dess fält på raderna under, indragna med två mellanslag.'],
		english: [
			'✗ site.yaml line 5, field levels.area: the field is missing; it should be a group of fields. Hint: Add a line area: and write its fields on the lines below, indented by two spaces.',
		],
	},
	{
		name: 'a missing site.yaml',
		edits: [remove('site.yaml')],
		expected: ['✗ site.yaml: filen saknas i innehållsmappen <mapp>. Tips: Varje webbplats behöver en site.yaml med organisationens namn, titel, vision och nivåernas namn. Kontrollera MALBILD_CONTENT.'],
		english: [
			"✗ site.yaml: the file is missing from the content folder <mapp>. Hint: Every site needs a site.yaml with the organisation's name, the title, the vision and the names of the levels. Check MALBILD_CONTENT.",
		],
	},
	{
		name: 'a brand colour that is not #rrggbb',
		edits: [replace('site.yaml', 'brandColor: "#1f4e79"', 'brandColor: blå')],
		expected: ['✗ site.yaml rad 18, fältet brandColor: "blå" har fel form; det ska vara en färg som #rrggbb, t.ex. #1f4e79. Tips: Skriv färgen inom citattecken, t.ex. brandColor: "#1f4e79".'],
		english: ['✗ site.yaml line 18, field brandColor: "blå" has the wrong form; it should be a colour as #rrggbb, e.g. #1f4e79. Hint: Write the colour in quotes, e.g. brandColor: "#1f4e79".'],
	},
	{
		name: 'a brand colour too light for white text, links and buttons, with the nearest darker one that passes',
		edits: [replace('site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#6fa8dc"')],
		expected: [
			'✗ site.yaml rad 18, fältet brandColor: Profilfärgen #6fa8dc har kontrasten 2,5:1 mot vit text i sidhuvudet; det behövs 4,5:1. Tips: Förslag: #3d75a6, samma kulör men mörkare, klarar alla användningar. Skriv brandColor: "#3d75a6".',
			'✗ site.yaml rad 18, fältet brandColor: Profilfärgen #6fa8dc har kontrasten 2,3:1 som länktext på den ljusa bakgrunden (#f4f6f8); det behövs 4,5:1. Tips: Förslag: #3d75a6, samma kulör men mörkare, klarar alla användningar. Skriv brandColor: "#3d75a6".',
			'✗ site.yaml rad 18, fältet brandColor: Profilfärgen #6fa8dc har kontrasten 2,5:1 för knappar och ramar mot den vita bakgrunden; det behövs 3,0:1. Tips: Förslag: #3d75a6, samma kulör men mörkare, klarar alla användningar. Skriv brandColor: "#3d75a6".',
		],
		english: [
			'✗ site.yaml line 18, field brandColor: The brand colour #6fa8dc has a contrast of 2.5:1 against the white text in the header; 4.5:1 is needed. Hint: Suggestion: #3d75a6, the same hue but darker, passes every use. Write brandColor: "#3d75a6".',
			'✗ site.yaml line 18, field brandColor: The brand colour #6fa8dc has a contrast of 2.3:1 as link text on the light background (#f4f6f8); 4.5:1 is needed. Hint: Suggestion: #3d75a6, the same hue but darker, passes every use. Write brandColor: "#3d75a6".',
			'✗ site.yaml line 18, field brandColor: The brand colour #6fa8dc has a contrast of 2.5:1 for buttons and borders against the white background; 3.0:1 is needed. Hint: Suggestion: #3d75a6, the same hue but darker, passes every use. Write brandColor: "#3d75a6".',
		],
	},
	{
		// 4.48:1 on white: the ratio is rounded down, so it never reads as a pass.
		name: 'a brand colour just under 4.5:1, which passes for buttons but not for text',
		edits: [replace('site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#777777"')],
		expected: [
			'✗ site.yaml rad 18, fältet brandColor: Profilfärgen #777777 har kontrasten 4,4:1 mot vit text i sidhuvudet; det behövs 4,5:1. Tips: Förslag: #717171, samma kulör men mörkare, klarar alla användningar. Skriv brandColor: "#717171".',
			'✗ site.yaml rad 18, fältet brandColor: Profilfärgen #777777 har kontrasten 4,1:1 som länktext på den ljusa bakgrunden (#f4f6f8); det behövs 4,5:1. Tips: Förslag: #717171, samma kulör men mörkare, klarar alla användningar. Skriv brandColor: "#717171".',
		],
		english: [
			'✗ site.yaml line 18, field brandColor: The brand colour #777777 has a contrast of 4.4:1 against the white text in the header; 4.5:1 is needed. Hint: Suggestion: #717171, the same hue but darker, passes every use. Write brandColor: "#717171".',
			'✗ site.yaml line 18, field brandColor: The brand colour #777777 has a contrast of 4.1:1 as link text on the light background (#f4f6f8); 4.5:1 is needed. Hint: Suggestion: #717171, the same hue but darker, passes every use. Write brandColor: "#717171".',
		],
	},
	{
		name: 'a logo that is not in the content folder',
		edits: [replace('site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\nlogo: bilder/vapen.svg')],
		expected: [
			'✗ site.yaml rad 19, fältet logo: logotypen "bilder/vapen.svg" finns inte i innehållsmappen. Tips: Lägg SVG- eller PNG-filen i innehållsmappen, t.ex. bredvid site.yaml, och skriv sökvägen från mappen, t.ex. logo: logo.svg.',
		],
		english: [
			'✗ site.yaml line 19, field logo: the logo "bilder/vapen.svg" is not in the content folder. Hint: Put the SVG or PNG file in the content folder, e.g. next to site.yaml, and write its path from the folder, e.g. logo: logo.svg.',
		],
	},
	{
		name: 'a logo outside the content folder',
		edits: [replace('site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\nlogo: ../../logo.svg')],
		expected: [
			'✗ site.yaml rad 19, fältet logo: logotypen "../../logo.svg" finns inte i innehållsmappen. Tips: Lägg SVG- eller PNG-filen i innehållsmappen, t.ex. bredvid site.yaml, och skriv sökvägen från mappen, t.ex. logo: logo.svg.',
		],
		english: [
			'✗ site.yaml line 19, field logo: the logo "../../logo.svg" is not in the content folder. Hint: Put the SVG or PNG file in the content folder, e.g. next to site.yaml, and write its path from the folder, e.g. logo: logo.svg.',
		],
	},
	{
		name: 'a brand colour without quotes, read as a comment',
		edits: [replace('site.yaml', 'brandColor: "#1f4e79"', 'brandColor: #1f4e79')],
		expected: [
			'✗ site.yaml rad 18, fältet brandColor: fältet är tomt; det ska vara en text. Tips: Ett värde som börjar med # skrivs inom citattecken, t.ex. "#1f4e79"; utan dem läses resten av raden som en kommentar.',
		],
		english: [
			'✗ site.yaml line 18, field brandColor: the field is empty; it should be a text. Hint: A value beginning with # goes in quotes, e.g. "#1f4e79"; without them the rest of the line is read as a comment.',
		],
	},
	{
		name: 'a web address without https://',
		edits: [replace('site.yaml', 'brandColor', 'url: malbild.provstad.se\nbrandColor')],
		expected: ['✗ site.yaml rad 18, fältet url: "malbild.provstad.se" har fel form; det ska vara en webbadress som börjar med https://.'],
		english: ['✗ site.yaml line 18, field url: "malbild.provstad.se" has the wrong form; it should be a web address beginning with https://.'],
	},
	{
		name: 'a website allowed to embed the charts, written without https://',
		edits: [replace('site.yaml', 'brandColor', 'embed:\n  allowedOrigins:\n    - https://www.provstad.se\n    - provstad.se/malbild\nbrandColor')],
		expected: ['✗ site.yaml rad 21, fältet embed.allowedOrigins[2]: "provstad.se/malbild" har fel form; det ska vara en webbplats som https://www.kommun.se, med https:// och utan sökväg.'],
		english: ['✗ site.yaml line 21, field embed.allowedOrigins[2]: "provstad.se/malbild" has the wrong form; it should be a website such as https://www.kommun.se, with https:// and without a path.'],
	},
];

const together: Row[] = [
	{
		name: 'a mistake in one field does not hide a wrong reference in the same file',
		edits: [replace(BESOKARE, 'order: 1', 'order: först'), replace(BESOKARE, 'area: natur', 'area: natr'), replace(BESOKARE, 'strategies: [hushalla]', 'strategies: [hushala]')],
		expected: [
			`✗ indicators/besokare.md rad 5, fältet order: "först" är en text, men det ska vara ett heltal. Tips: ${ORDER_HINT}`,
			'✗ indicators/besokare.md rad 3, fältet area: Målområde "natr" finns inte. Tips: Menade du "natur"? Finns: ekonomi, natur.',
			'✗ indicators/besokare.md rad 4, fältet strategies[1]: Strategi "hushala" finns inte. Tips: Menade du "hushalla"? Finns: budget-i-balans, hushalla.',
		],
		english: [
			`✗ indicators/besokare.md line 5, field order: "först" is a text, but it should be a whole number. Hint: ${ORDER_HINT_EN}`,
			'✗ indicators/besokare.md line 3, field area: area "natr" does not exist. Hint: Did you mean "natur"? Existing: ekonomi, natur.',
			'✗ indicators/besokare.md line 4, field strategies[1]: strategy "hushala" does not exist. Hint: Did you mean "hushalla"? Existing: budget-i-balans, hushalla.',
		],
	},
	{
		name: 'mistakes in three files, of three kinds, in one run',
		edits: [
			replace(EKONOMI, 'order: 2', 'order: först'),
			replace(BESOKARE, 'area: natur', 'area: natr'),
			replace('data/resultat.csv', '2022;;3,0', '2022;;tre'),
		],
		expected: [
			`✗ areas/ekonomi.md rad 3, fältet order: "först" är en text, men det ska vara ett heltal. Tips: ${ORDER_HINT}`,
			'✗ data/resultat.csv rad 3, kolumnen Värde: värdet "tre" är inte ett tal. Tips: Använd decimalkomma (12,5) och lämna cellen tom eller skriv .. när uppgift saknas.',
			// The area that failed is not listed, but nor is the goal pointing at it reported.
			'✗ indicators/besokare.md rad 3, fältet area: Målområde "natr" finns inte. Tips: Menade du "natur"? Finns: natur.',
		],
		english: [
			`✗ areas/ekonomi.md line 3, field order: "först" is a text, but it should be a whole number. Hint: ${ORDER_HINT_EN}`,
			'✗ data/resultat.csv line 3, column Värde: the value "tre" is not a number. Hint: Use a decimal comma (12,5), and leave the cell empty or write .. when the value is missing.',
			'✗ indicators/besokare.md line 3, field area: area "natr" does not exist. Hint: Did you mean "natur"? Existing: natur.',
		],
	},
	{
		name: 'a dangling reference and a broken rule in another file',
		edits: [replace(RESULTAT, 'goal: stark-ekonomi', 'goal: miljo'), replace(BESOKARE, 'name: Utsläpp', 'name: Utslapp')],
		expected: [
			'✗ indicators/resultat.md rad 3, fältet goal: Mål "miljo" finns inte. Tips: Finns: stark-ekonomi.',
			'✗ indicators/besokare.md rad 14, fältet series[2].name: serien "Utslapp" finns inte i data/besokare.csv. Tips: Menade du "Utsläpp"? Finns: Gästnätter, Utsläpp.',
		],
		english: [
			'✗ indicators/resultat.md line 3, field goal: goal "miljo" does not exist. Hint: Existing: stark-ekonomi.',
			'✗ indicators/besokare.md line 14, field series[2].name: the series "Utslapp" is not in data/besokare.csv. Hint: Did you mean "Utsläpp"? Existing: Gästnätter, Utsläpp.',
		],
	},
];

const ENGLISH = replace('site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\nlocales: [sv, en]');

const translations: Row[] = [
	{
		name: 'a translation of an entry that does not exist, with the likely original',
		edits: [ENGLISH, write('areas/ekonomy.en.md', '---\ntitle: Economy\n---\n')],
		expected: ['✗ areas/ekonomy.en.md rad 1: översättningen hör inte till något: det finns ingen areas/ekonomy.md att översätta. Tips: Menade du areas/ekonomi.en.md? Filen ska heta som originalet, med .en före .md.'],
		english: ['✗ areas/ekonomy.en.md line 1: the translation belongs to nothing: there is no areas/ekonomy.md to translate. Hint: Did you mean areas/ekonomi.en.md? The file is named like the original, with .en before .md.'],
	},
	{
		name: 'a translation of an entry that does not exist, far from any',
		edits: [ENGLISH, write('indicators/turism.en.md', '---\ntitle: Tourism\n---\n')],
		expected: ['✗ indicators/turism.en.md rad 1: översättningen hör inte till något: det finns ingen indicators/turism.md att översätta. Tips: En översättning heter som originalet, med .en före .md, t.ex. indicators/turism.md och indicators/turism.en.md.'],
		english: ['✗ indicators/turism.en.md line 1: the translation belongs to nothing: there is no indicators/turism.md to translate. Hint: A translation is named like the original, with .en before .md, e.g. indicators/turism.md and indicators/turism.en.md.'],
	},
	{
		name: 'a translation with a field that is not translated (the facts stay in the original)',
		edits: [ENGLISH, write('areas/ekonomi.en.md', '---\ntitle: Economy\norder: 2\n---\n')],
		expected: ['✗ areas/ekonomi.en.md rad 3, fältet order: okänt fält "order". Tips: Fält som går att använda här: title, summary, assessment.'],
		english: ['✗ areas/ekonomi.en.md line 3, field order: unknown field "order". Hint: Fields you can use here: title, summary, assessment.'],
	},
	{
		name: 'a translated series the indicator does not have, with the likely one',
		edits: [ENGLISH, write('indicators/besokare.en.md', '---\ntitle: Visitors\nseries:\n  - name: Gastnatter\n    label: Guest nights\n---\n')],
		expected: ['✗ indicators/besokare.en.md rad 4, fältet series[1].name: serien "Gastnatter" finns inte i indicators/besokare.md, så översättningen av den används inte. Tips: Menade du "Gästnätter"? Skriv name som i originalet. Seriernas namn: Gästnätter, Utsläpp.'],
		english: ['✗ indicators/besokare.en.md line 4, field series[1].name: the series "Gastnatter" is not in indicators/besokare.md, so its translation is not used. Hint: Did you mean "Gästnätter"? Write name as in the original. The series\' names: Gästnätter, Utsläpp.'],
	},
	{
		name: 'a translated series with a target (the facts stay in the original)',
		edits: [ENGLISH, write('indicators/besokare.en.md', '---\ntitle: Visitors\nseries:\n  - name: Gästnätter\n    direction: higher\n---\n')],
		expected: ['✗ indicators/besokare.en.md rad 5, fältet series[1].direction: okänt fält "direction". Tips: Fält som går att använda här: name, label, unit.'],
		english: ['✗ indicators/besokare.en.md line 5, field series[1].direction: unknown field "direction". Hint: Fields you can use here: name, label, unit.'],
	},
	{
		name: 'a translation in a language the site is not published in (a warning)',
		edits: [write('areas/ekonomi.en.md', '---\ntitle: Economy\n---\n')],
		expected: ['! areas/ekonomi.en.md rad 1: översättningen används inte: webbplatsen ges inte ut på språket "en". Tips: Lägg till en i locales i site.yaml, t.ex. locales: [sv, en].'],
		english: ['! areas/ekonomi.en.md line 1: the translation is not used: the site is not published in the language "en". Hint: Add en to locales in site.yaml, e.g. locales: [sv, en].'],
		builds: true,
	},
	{
		name: 'published languages without the main language',
		edits: [replace('site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\nlocales: [en]')],
		expected: ['✗ site.yaml rad 19, fältet locales: huvudspråket "sv" saknas i listan över publicerade språk. Tips: Lägg till sv i locales, t.ex. locales: [sv, en], eller ta bort locales.'],
		english: ['✗ site.yaml line 19, field locales: the main language "sv" is missing from the list of published languages. Hint: Add sv to locales, e.g. locales: [sv, en], or remove locales.'],
	},
	{
		name: 'Swedish as the second language of an English site',
		edits: [replace('site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\nlocale: en\nlocales: [en, sv]')],
		expected: ['✗ site.yaml rad 20, fältet locales: med huvudspråket "en" går det ännu inte att ge ut webbplatsen på "sv". Tips: Ett andra språk kan bara läggas till på en svensk webbplats: skriv locale: sv och locales: [sv, en].'],
		english: ['✗ site.yaml line 20, field locales: with the main language "en" the site cannot be published in "sv" yet. Hint: A second language can only be added to a Swedish site: write locale: sv and locales: [sv, en].'],
	},
];

const DIALOG = 'indicators/dialog.md';

const dates: Row[] = [
	{
		name: 'an assessment date given as a year',
		edits: [replace(DIALOG, 'motivation: Det finns ännu inget forum för dialog.', 'motivation: Det finns ännu inget forum för dialog.\n  date: 2026')],
		expected: ["✗ indicators/dialog.md rad 8, fältet assessment.date: 2026 är ett tal, men det ska vara en text. Tips: Skriv hela datumet som år-månad-dag, t.ex. date: 2026-03-12."],
		english: ["✗ indicators/dialog.md line 8, field assessment.date: 2026 is a number, but it should be a text. Hint: Write the whole date as year-month-day, e.g. date: 2026-03-12."],
	},
	{
		name: 'an assessment date that is not in the calendar',
		edits: [replace(DIALOG, 'motivation: Det finns ännu inget forum för dialog.', 'motivation: Det finns ännu inget forum för dialog.\n  date: 2026-02-30')],
		expected: ["✗ indicators/dialog.md rad 8, fältet assessment.date: \"2026-02-30\" har fel form; det ska vara ett datum som år-månad-dag, t.ex. 2026-03-12."],
		english: ["✗ indicators/dialog.md line 8, field assessment.date: \"2026-02-30\" has the wrong form; it should be a date as year-month-day, e.g. 2026-03-12."],
	},
	{
		name: "a scaffold's commented field whose # was taken away, its help left as a comment",
		edits: [replace(DIALOG, 'motivation: Det finns ännu inget forum för dialog.', 'motivation: Det finns ännu inget forum för dialog.\n  by: # Bedömd av: Vem som gjorde bedömningen.')],
		expected: ["✗ indicators/dialog.md rad 8, fältet assessment.by: fältet är tomt; det ska vara en text. Tips: Texten efter # är en kommentar, inget värde. Skriv värdet efter kolonet, eller sätt tillbaka # först på raden om fältet inte behövs."],
		english: ["✗ indicators/dialog.md line 8, field assessment.by: the field is empty; it should be a text. Hint: The text after # is a comment, not a value. Write the value after the colon, or put # back at the start of the line if the field is not needed."],
	},
];

const PAGE = (body: string) => write('pages/om.mdx', `---\ntitle: Om målbilden\n---\n\n${body}\n`);

const links: Row[] = [
	{
		name: 'a link to a page that does not exist, with the likely one',
		edits: [PAGE('Läs om [naturen](/omraden/natr/).')],
		expected: ["✗ pages/om.mdx rad 5: länken \"/omraden/natr/\" leder inte till någon sida på webbplatsen. Tips: Menade du \"/omraden/natur/\"?"],
		english: ["✗ pages/om.mdx line 5: the link \"/omraden/natr/\" leads to no page of the site. Hint: Did you mean \"/omraden/natur/\"?"],
	},
	{
		name: 'a link to a page that does not exist, far from any',
		edits: [PAGE('Se [kontakt](/kontakta-oss/).')],
		expected: ["✗ pages/om.mdx rad 5: länken \"/kontakta-oss/\" leder inte till någon sida på webbplatsen. Tips: Skriv adressen som den står i webbläsaren, utan webbplatsens domän, t.ex. /omraden/natur/."],
		english: ["✗ pages/om.mdx line 5: the link \"/kontakta-oss/\" leads to no page of the site. Hint: Write the address as the browser shows it, without the site's domain, e.g. /omraden/natur/."],
	},
	{
		name: 'a relative link, which would lead elsewhere from every page that shows it',
		edits: [PAGE('Se [indikatorerna](indikatorer).')],
		expected: ["✗ pages/om.mdx rad 5: länken \"indikatorer\" leder inte till någon sida på webbplatsen. Tips: Menade du \"/indikatorer/\"? En länk utan / först leder till olika ställen från olika sidor."],
		english: ["✗ pages/om.mdx line 5: the link \"indikatorer\" leads to no page of the site. Hint: Did you mean \"/indikatorer/\"? A link without / first leads to different places from different pages."],
	},
	{
		name: 'a link to a content file instead of its page',
		edits: [PAGE('Se [målet](../goals/stark-ekonomi.md).')],
		expected: ["✗ pages/om.mdx rad 5: länken \"../goals/stark-ekonomi.md\" pekar på en fil i content, inte på en sida. Tips: Länka till sidans adress: /mal/stark-ekonomi/"],
		english: ["✗ pages/om.mdx line 5: the link \"../goals/stark-ekonomi.md\" points at a file in content, not at a page. Hint: Link to the page's address: /mal/stark-ekonomi/"],
	},
	{
		name: 'a reference-style link in an indicator body',
		edits: [replace(BESOKARE, 'utsläppen färre.', 'utsläppen färre. Se [området][natur].\n\n[natur]: /omraden/naturen/')],
		expected: ["✗ indicators/besokare.md rad 24: länken \"/omraden/naturen/\" leder inte till någon sida på webbplatsen. Tips: Menade du \"/omraden/natur/\"?"],
		english: ["✗ indicators/besokare.md line 24: the link \"/omraden/naturen/\" leads to no page of the site. Hint: Did you mean \"/omraden/natur/\"?"],
	},
	{
		name: 'an image that is not in the content folder',
		edits: [PAGE('![Karta över kommunen](bilder/karta.png)')],
		expected: ["✗ pages/om.mdx rad 5: bilden \"bilder/karta.png\" finns inte. Tips: Lägg bildfilen i mappen pages eller en mapp i den, och skriv sökvägen från filen, t.ex. ![Vad bilden visar](bilder/karta.png) för pages/bilder/karta.png."],
		english: ["✗ pages/om.mdx line 5: the image \"bilder/karta.png\" does not exist. Hint: Put the image file in the folder pages or a folder in it, and write its path from the file, e.g. ![What the image shows](bilder/karta.png) for pages/bilder/karta.png."],
	},
	{
		name: 'an image from another site',
		edits: [PAGE('![Karta](https://kartor.example.se/karta.png)')],
		expected: ["✗ pages/om.mdx rad 5: bilden hämtas från en annan webbplats (kartor.example.se). Webbplatsen hämtar ingenting från andra webbplatser: besökarna ska inte spåras, och bilden kan försvinna där. Tips: Spara bilden i mappen bredvid filen och länka till den, t.ex. ![Vad bilden visar](bilder/bild.png)."],
		english: ["✗ pages/om.mdx line 5: the image is fetched from another site (kartor.example.se). The site fetches nothing from other sites: visitors must not be tracked, and the image may disappear there. Hint: Save the image in the folder beside the file and link to it, e.g. ![What the image shows](bilder/image.png)."],
	},
	{
		name: 'links that work: a page, a download, a place on a page, another site, an e-mail address (and an image beside the page)',
		edits: [
			PAGE('[Natur](/omraden/natur/), [data](/indikatorer/besokare.csv), [lista](/indikatorer/#filter), [Kolada](https://kolada.se/), [e-post](mailto:info@kommun.se), [hit](#top) ![Karta](karta.png)'),
			write('pages/karta.png', 'png'),
		],
		expected: [],
		english: [],
		builds: true,
	},
];

describe.each([
	['references', references],
	['links and images in texts', links],
	['assessment dates and scaffold comments', dates],
	['area or goal', placement],
	['directions and targets', targets],
	['front matter fields', fields],
	['YAML syntax', yaml],
	['files', files],
	['site.yaml', site],
	['several mistakes', together],
	['translations', translations],
])('content mistakes: %s', (_group, rows) => {
	it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, { edits, expected, english, builds }) => {
		const dir = brokenTree(...edits);
		const { model, problems } = validateContent(dir);
		expect(problems.map((p) => line(p, dir))).toEqual(expected);
		expect(problems.map((p) => line(p, dir, 'en'))).toEqual(english);
		expect(model !== undefined).toBe(builds === true);
	});
});

it('reports a content folder that does not exist', () => {
	const { model, problems } = validateContent('/finns/inte');
	expect(model).toBeUndefined();
	expect(problems.map((p) => line(p, '/finns/inte'))).toEqual([
		'✗ <mapp>: innehållsmappen finns inte. Tips: Ange en befintlig mapp med MALBILD_CONTENT, t.ex. MALBILD_CONTENT=examples/smedjebacken.',
	]);
	expect(problems.map((p) => line(p, '/finns/inte', 'en'))).toEqual([
		'✗ <mapp>: the content folder does not exist. Hint: Give an existing folder in MALBILD_CONTENT, e.g. MALBILD_CONTENT=examples/smedjebacken.',
	]);
});
