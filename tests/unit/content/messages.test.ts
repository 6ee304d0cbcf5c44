/**
 * The message catalogues: Swedish and English have the same kinds of message, every producer words
 * its problems in both, and the English CSV and YAML messages read as locked here, word for word.
 * (The Swedish ones are locked in read-csv.test.ts, front-matter.test.ts and mistakes.test.ts.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/content/front-matter.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import { en } from '../../../src/lib/messages/en.ts';
import { catalogues, formatOf, formatText, requestedLang, say, type FormatKey } from '../../../src/lib/messages/index.ts';
import { sv } from '../../../src/lib/messages/sv.ts';
import { formatProblem, formatProblems, type Problem } from '../../../src/lib/problems.ts';
import { brokenTree, line, removeTrees, replace } from './helpers.ts';

afterAll(removeTrees);

/** Every key path of an object, functions and strings as leaves: "messages.csvEmpty", "frame.hint". */
function keyPaths(value: object, prefix = ''): string[] {
	return Object.entries(value).flatMap(([key, inner]) =>
		inner && typeof inner === 'object' ? keyPaths(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`],
	);
}

describe('the catalogues', () => {
	it('have the same keys in Swedish and English', () => {
		expect(keyPaths(en).sort()).toEqual(keyPaths(sv).sort());
		expect(Object.keys(catalogues).sort()).toEqual(['en', 'sv']);
	});

	it('have a function for every message and frame word, and a text for every format, in both languages', () => {
		for (const catalogue of [sv, en]) {
			for (const fn of Object.values(catalogue.messages)) expect(typeof fn).toBe('function');
			for (const text of Object.values(catalogue.formats)) expect(text).toMatch(/^\S.*\S$/);
		}
	});

	it('word one message in both languages from one call', () => {
		expect(say('csvNotNumber', { text: 'tre', ambiguous: false })).toEqual({
			message: 'värdet "tre" är inte ett tal.',
			hint: 'Använd decimalkomma (12,5) och lämna cellen tom eller skriv .. när uppgift saknas.',
			en: { message: 'the value "tre" is not a number.', hint: 'Use a decimal comma (12,5), and leave the cell empty or write .. when the value is missing.' },
		});
		expect(say('notMarkdown')).toEqual({
			message: 'filen är inte en Markdown-fil (.md eller .mdx) och används inte.',
			hint: undefined,
			en: { message: 'the file is not a Markdown file (.md or .mdx) and is not used.', hint: undefined },
		});
	});

	it('find a format from the Swedish text a schema gives zod, and leave zod’s own English and unknown texts alone', () => {
		for (const key of Object.keys(sv.formats) as FormatKey[]) expect(formatOf(formatText(key))).toEqual({ key });
		expect(formatOf('Invalid string: must match pattern /^x$/')).toBeUndefined();
		expect(formatOf('ett okänt format')).toEqual({ text: 'ett okänt format' });
	});
});

describe('formatProblem', () => {
	const md: Problem = { severity: 'error', file: 'indicators/besokare.md', line: 4, field: 'area', ...say('unknownReference', { collection: 'areas', level: 'Målområde', value: 'tillvaxt', valid: ['hallbar-tillvaxt', 'naringsliv', 'dialog'] }) };
	const csv: Problem = { severity: 'error', file: 'data/besokare.csv', line: 7, field: 'Värde', ...say('csvNotNumber', { text: '12,3,4', ambiguous: false }) };
	const noLine: Problem = { severity: 'warning', file: 'areas/x.txt', ...say('notMarkdown') };

	it.each([
		['sv', md, 'indicators/besokare.md rad 4, fältet area: Målområde "tillvaxt" finns inte. Tips: Finns: hallbar-tillvaxt, naringsliv, dialog.'],
		['en', md, 'indicators/besokare.md line 4, field area: area "tillvaxt" does not exist. Hint: Existing: hallbar-tillvaxt, naringsliv, dialog.'],
		['sv', csv, 'data/besokare.csv rad 7, kolumnen Värde: värdet "12,3,4" är inte ett tal. Tips: Använd decimalkomma (12,5) och lämna cellen tom eller skriv .. när uppgift saknas.'],
		['en', csv, 'data/besokare.csv line 7, column Värde: the value "12,3,4" is not a number. Hint: Use a decimal comma (12,5), and leave the cell empty or write .. when the value is missing.'],
		['sv', noLine, 'areas/x.txt: filen är inte en Markdown-fil (.md eller .mdx) och används inte.'],
		['en', noLine, 'areas/x.txt: the file is not a Markdown file (.md or .mdx) and is not used.'],
	] as const)('in %s: %s', (lang, problem, expected) => {
		expect(formatProblem(problem, lang)).toBe(expected);
	});

	it('is Swedish by default', () => {
		expect(formatProblem(md)).toBe(formatProblem(md, 'sv'));
	});

	it('lists errors, then warnings, under headings with their counts', () => {
		const list = [noLine, md, csv];
		const where = (text: string) => text.split('\n').map((l) => l.split(':')[0]);
		expect(where(formatProblems(list))).toEqual(['2 fel i innehållet', '  ✗ indicators/besokare.md rad 4, fältet area', '  ✗ data/besokare.csv rad 7, kolumnen Värde', '1 varning', '  ! areas/x.txt']);
		expect(where(formatProblems(list, 'en'))).toEqual(['2 errors in the content', '  ✗ indicators/besokare.md line 4, field area', '  ✗ data/besokare.csv line 7, column Värde', '1 warning', '  ! areas/x.txt']);
		expect(formatProblems([md], 'en').split('\n')[0]).toBe('1 error in the content:');
		expect(formatProblems([noLine, noLine]).split('\n')[0]).toBe('2 varningar:');
	});
});

describe('requestedLang', () => {
	it.each<[string, string[], Record<string, string>, ReturnType<typeof requestedLang>]>([
		['Swedish by default', [], {}, { lang: 'sv' }],
		['--lang en', ['--lang', 'en'], {}, { lang: 'en' }],
		['--lang=en', ['--lang=en'], {}, { lang: 'en' }],
		['MALBILD_LANG', [], { MALBILD_LANG: 'en' }, { lang: 'en' }],
		['the command line before MALBILD_LANG', ['--lang', 'sv'], { MALBILD_LANG: 'en' }, { lang: 'sv' }],
		['any case', ['--lang', 'EN'], {}, { lang: 'en' }],
		['an empty MALBILD_LANG as unset', [], { MALBILD_LANG: '' }, { lang: 'sv' }],
		['an unknown language', ['--lang', 'de'], {}, { unknown: 'de' }],
		['--lang without a value', ['--lang'], {}, { unknown: '' }],
	])('%s', (_name, argv, env, expected) => {
		expect(requestedLang(argv, env)).toEqual(expected);
	});
});

describe('English CSV messages', () => {
	const FILE = 'data/besokare.csv';
	const HEADER = 'The first line should name the columns, e.g. År;Värde, separated by semicolons, commas or tabs.';
	const PERIOD = 'Write a year as 2023, a school year as 2023/24 or a period of several years as 2003-2005 (or 2003-05).';
	const NUMBER = 'Use a decimal comma (12,5), and leave the cell empty or write .. when the value is missing.';
	const QUOTE = 'Put quotes around the whole cell, and write two quotes ("") for a quote inside it.';
	const DUPLICATE = 'Each value belongs on one line only. Remove one of the lines or correct it.';
	const COLUMN = 'Remove one of the columns or give it a name of its own.';

	it.each<[string, string, string]>([
		['a value that is not a number', 'År;Värde\n2022;1\n2023;12,3,4\n', `data/besokare.csv line 3, column Värde: the value "12,3,4" is not a number. Hint: ${NUMBER}`],
		[
			'a value with both comma and point',
			'Year,Value\n2023,"1,234.5"\n',
			'data/besokare.csv line 2, column Value: the value "1,234.5" is not a number. Hint: Write numbers without a point or comma between thousands (1 234,5 or 1234,5); then the decimal mark cannot be misread.',
		],
		['an unknown period', 'År;Värde\n2023-24-1;5\n', `data/besokare.csv line 2, column År: the period "2023-24-1" is not recognised. Hint: ${PERIOD}`],
		['a blank period', 'Year;Value\n;5\n', `data/besokare.csv line 2, column Year: the year is missing. Hint: ${PERIOD}`],
		['no Value column', 'År;Antal\n2023;5\n', `data/besokare.csv line 1: the header lacks the column Value (or Värde). Found: "År", "Antal". Hint: ${HEADER}`],
		['neither column', 'Tid\tAntal\n2023\t5\n', `data/besokare.csv line 1: the header lacks the columns Year (or År) and Value (or Värde). Found: "Tid", "Antal". Hint: ${HEADER}`],
		['a blank first line', '\nÅr;Värde\n2023;5\n', `data/besokare.csv line 1: the first line is empty; it should name the columns. Hint: ${HEADER}`],
		[
			'a row with too many cells, naming the delimiter',
			'Year,Value\n2022,4\n2023,5,6\n',
			'data/besokare.csv line 3: the line has 3 cells, but the header has 2. Hint: Every line should have as many commas as the header. Put quotes around a cell that itself contains a comma.',
		],
		['the same period twice', 'År;Värde\n2022;4\n2023;5\n2023;6\n', `data/besokare.csv line 4: lines 3 and 4 have the same period (2023). Hint: ${DUPLICATE}`],
		[
			'the same period, series, unit and breakdown twice',
			'År;Serie;Enhet;Kön;Värde\n2023;A;st;Män;1\n2023;A;st;Kvinnor;2\n2023;A;st;Män;3\n',
			`data/besokare.csv line 4: lines 2 and 4 have the same period (2023) and the same series, unit and breakdown. Hint: ${DUPLICATE}`,
		],
		['a column named twice', 'År;Kön;Värde;kön\n2023;Män;1;Män\n', `data/besokare.csv line 1, column kön: the column "kön" appears twice in the header. Hint: ${COLUMN}`],
		['Year next to År', 'År;Year;Värde\n2023;2023;1\n', `data/besokare.csv line 1, column Year: the columns "År" and "Year" both mean year; only one of them may be there. Hint: ${COLUMN}`],
		[
			'an unnamed column with content',
			'År;Värde;\n2023;1;\n2024;2;fotnot\n',
			'data/besokare.csv line 1: column 3 has no name in the header but has content on line 3. Hint: Write a name at the top of the column, or remove the column.',
		],
		['an empty file', '', `data/besokare.csv: the file is empty. Hint: ${HEADER} Then add one value per line.`],
		['a header only', 'År;Värde\r\n', 'data/besokare.csv line 1: the file has a header but no values. Hint: Add one line per value below the header, e.g. 2023;12,5.'],
		['a quote never closed', 'År;Not;Värde\n2022;a;1\n\n2023;"oj;2\n2024;b;3\n', `data/besokare.csv line 4: a quote (") is opened but never closed. Hint: ${QUOTE}`],
		['a quote inside a cell', 'År;Not;Värde\n2023;5"5;2\n', `data/besokare.csv line 2: the line has a quote (") in the middle of a cell. Hint: ${QUOTE}`],
	])('%s', (_name, text, expected) => {
		const { problems } = readCsv(new TextEncoder().encode(text), FILE);
		expect(problems.map((p) => formatProblem(p, 'en'))).toEqual([expected]);
	});
});

describe('English YAML messages', () => {
	it.each<[string, string, { line: number; message: string; hint: string }]>([
		[
			'a colon in a value',
			'a: 1\ntitle: Ekonomi: budget\n',
			{
				line: 2,
				message: 'the line cannot be read as a field: either a value has a colon in it, or the line is indented wrongly.',
				hint: 'Put a text with a colon in quotes, e.g. title: "Ekonomi: budget", and let fields on the same level begin in the same column.',
			},
		],
		['an unclosed quote', 'title: "Ekonomi\norder: 2\n', { line: 1, message: 'the quote " is never closed.', hint: 'End the text with the same quote, e.g. title: "Ekonomi".' }],
		['a key given twice', 'order: 1\ntitle: x\norder: 2\n', { line: 3, message: 'the field "order" appears twice.', hint: 'Remove one of the lines; each field may appear only once.' }],
		['a tab', 'a:\n\tb: 1\n', { line: 2, message: 'the line is indented with a tab.', hint: 'Indent with spaces, two per level.' }],
		[
			'an unclosed list',
			'order: 1\nstrategies: [a, b\ntitle: x\n',
			{ line: 2, message: 'a list that begins with [ does not end with ].', hint: 'Write the whole list on one line, e.g. [a, b], or one value per line beginning with "- ".' },
		],
		[
			'an unclosed group',
			'a: {b: 1\nc: 2\n',
			{ line: 1, message: 'a group that begins with { does not end with }.', hint: "Write the fields on their own lines under the group's name, indented by two spaces." },
		],
		['a reserved first character', 'title: @kommunen\n', { line: 1, message: 'a value cannot begin with the character @.', hint: 'Put the value in quotes, e.g. "@…".' }],
		[
			'fields of one level not lined up',
			'a:\n  b: 1\n c: 2\n',
			{ line: 3, message: 'the indentation does not match: fields on the same level must begin in the same column.', hint: 'Indent with spaces, two per level.' },
		],
		[
			'a backslash in double quotes',
			'title: "a\\q"\n',
			{ line: 1, message: 'the text in "…" has a backslash (\\) that cannot be read.', hint: "Put the text in single quotes '…' instead." },
		],
	])('describes %s', (_name, text, expected) => {
		const [error] = parseYaml(text).errors;
		expect({ line: error?.line, ...error?.en }).toEqual(expected);
	});
});

describe('formats from the schemas, in English', () => {
	/** Each format a schema checks, with a value that breaks it. */
	it.each<[string, string, string, FormatKey]>([
		['site.yaml', 'brandColor: "#1f4e79"', 'brandColor: blå', 'colour'],
		['site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\nurl: malbild.se', 'url'],
		['site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\nbase: malbild', 'basePath'],
		['site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\nlogo: logo.gif', 'logo'],
		['site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\ncontact:\n  name: Kansliet\n  email: kansli', 'email'],
		['site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\npublisher:\n  orgNumber: "2120002163"', 'orgNumber'],
		['site.yaml', 'brandColor: "#1f4e79"', 'brandColor: "#1f4e79"\npublisher:\n  municipalityCode: "123"', 'municipalityCode'],
		['indicators/dialog.md', 'order: 2\n', 'order: 2\nsource:\n  name: Kolada\n  kolada: "15508"\n', 'koladaId'],
		['indicators/dialog.md', 'order: 2\n', 'order: 2\nsource:\n  name: Kolada\n  url: kolada.se\n', 'url'],
	])('%s: %s → %s', (file, from, to, key) => {
		const dir = brokenTree(replace(file, from, to));
		const { problems } = validateContent(dir);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(new RegExp(`har fel form; det ska vara ${escape(sv.formats[key])}\\.$`));
		expect(problems[0]!.en.message).toMatch(new RegExp(`has the wrong form; it should be ${escape(en.formats[key])}\\.$`));
	});

	it('names a yearly target whose year is not a four-digit year', () => {
		const dir = brokenTree(replace('indicators/besokare.md', '      value: 1400\n', '      value: 1400\n      yearly: { "24": 1000 }\n'));
		expect(validateContent(dir).problems.map((p) => line(p, dir, 'en'))).toEqual([
			'✗ indicators/besokare.md line 14, field series[1].target.yearly.24: "24" cannot be used as a name here; it should be a four-digit year, e.g. 2024.',
		]);
	});
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
