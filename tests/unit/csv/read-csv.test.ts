import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import type { Dataset, Observation } from '../../../src/lib/data/types.ts';
import type { Problem } from '../../../src/lib/problems.ts';

const FILE = 'data/besokare.csv';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Reads text that must be valid and returns the dataset. */
function dataset(input: string | Uint8Array): Dataset {
	const { dataset, problems } = readCsv(typeof input === 'string' ? utf8(input) : input, FILE);
	expect(problems).toEqual([]);
	expect(dataset).toBeDefined();
	return dataset!;
}

function only(input: string | Uint8Array): Observation {
	const { observations } = dataset(input);
	expect(observations).toHaveLength(1);
	return observations[0]!;
}

function problems(input: string | Uint8Array): Problem[] {
	const result = readCsv(typeof input === 'string' ? utf8(input) : input, FILE);
	expect(result.dataset).toBeUndefined();
	return result.problems;
}

describe('readCsv: delimiters and line endings', () => {
	it.each([
		['semicolon', 'År;Kön;Värde\n2022;Män;12,5\n2023;Kvinnor;13\n'],
		['comma', 'År,Kön,Värde\n2022,Män,"12,5"\n2023,Kvinnor,13\n'],
		['tab', 'År\tKön\tVärde\n2022\tMän\t12,5\n2023\tKvinnor\t13\n'],
		['semicolon, CRLF', 'År;Kön;Värde\r\n2022;Män;12,5\r\n2023;Kvinnor;13\r\n'],
		['comma, CRLF, no final newline', 'År,Kön,Värde\r\n2022,Män,"12,5"\r\n2023,Kvinnor,13'],
		['tab, blank lines between rows', 'År\tKön\tVärde\n\n2022\tMän\t12,5\n\n2023\tKvinnor\t13\n\n'],
	])('reads %s', (_name, text) => {
		const { observations, dimensions } = dataset(text);
		expect(dimensions).toEqual(['Kön']);
		expect(observations.map((o) => [o.period.label, o.dimensions, o.value, o.text])).toEqual([
			['2022', { Kön: 'Män' }, 12.5, '12,5'],
			['2023', { Kön: 'Kvinnor' }, 13, '13'],
		]);
	});

	it.each([
		['LF', 'År;Värde\n2022;1\n2023;x\n2024;2\n', [2, 3, 4]],
		['CRLF', 'År;Värde\r\n2022;1\r\n2023;x\r\n2024;2\r\n', [2, 3, 4]],
		['blank lines', 'År;Värde\n\n2022;1\n\n\n2023;x\n2024;2\n', [3, 6, 7]],
		['a cell spanning two lines', 'År;Not;Värde\n2022;"rad ett\nrad två";1\n2023;;x\n2024;;2\n', [2, 4, 5]],
		['rows of bare delimiters', 'År;Värde\n2022;1\n;\n2023;x\n;;;\n2024;2\n', [2, 4, 6]],
	])('numbers lines from the header as line 1 (%s)', (_name, text, lines) => {
		expect(dataset(text).observations.map((o) => o.line)).toEqual(lines);
	});

	it('keeps a quoted cell with the delimiter in it whole', () => {
		const o = only('Year,Units,Value\n2023,"Rate per 1,000 live births",4.2\n');
		expect(o.unit).toBe('Rate per 1,000 live births');
	});

	it('reads a quoted cell with an escaped quote', () => {
		expect(only('År;Område;Värde\n2023;"Så kallade ""gröna"" ytor";4\n').dimensions).toEqual({ Område: 'Så kallade "gröna" ytor' });
	});
});

describe('readCsv: encodings', () => {
	const text = 'År;Område;Värde\n2023;Östra Göinge;12,5\n';
	it.each([
		['UTF-8 without BOM', utf8(text)],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)])],
		['Windows-1252', new Uint8Array(Buffer.from(text, 'latin1'))],
		['Windows-1252, CRLF', new Uint8Array(Buffer.from(text.replaceAll('\n', '\r\n'), 'latin1'))],
	])('reads %s', (_name, bytes) => {
		const o = only(bytes);
		expect(o.dimensions).toEqual({ Område: 'Östra Göinge' });
		expect(o.value).toBe(12.5);
	});

	it('reads a header written with a combining ring (macOS)', () => {
		expect(only('A\u030ar;Värde\n2023;1\n').period.start).toBe(2023);
	});
});

describe('readCsv: values', () => {
	it.each([
		['12,5', 12.5, 1, false],
		['12.5', 12.5, 1, false],
		['7', 7, 0, false],
		['0,50', 0.5, 2, false],
		['50 000', 50000, 0, false],
		['1 234,5', 1234.5, 1, false],
		['1\u00a0234,5', 1234.5, 1, false],
		['1\u202f234,5', 1234.5, 1, false],
		['\u22123,5', -3.5, 1, false],
		['-3,5', -3.5, 1, false],
		['45%', 45, 0, true],
		['45 %', 45, 0, true],
		['  12,5  ', 12.5, 1, false],
	])('reads the value %j as %d', (cell, value, decimals, percent) => {
		const o = only(`År;Värde\n2023;${cell}\n`);
		expect([o.value, o.decimals, o.percent, o.text]).toEqual([value, decimals, percent, cell]);
	});

	it.each([[''], ['..'], ['...'], ['.'], ['x'], ['X'], ['-'], ['\u2013'], ['#N/A'], ['#SAKNAS!'], ['#saknas!']])(
		'reads the missing marker %j as null, never 0',
		(cell) => {
			const o = only(`År;Värde\n2023;${cell}\n`);
			expect(o.value).toBeNull();
			expect(o.text).toBe(cell);
		},
	);
});

describe('readCsv: periods', () => {
	it.each([
		['2023', 2023, 2023],
		['2023/24', 2023, 2024],
		['2023/2024', 2023, 2024],
		['2003-05', 2003, 2005],
		['2003-2005', 2003, 2005],
	])('reads the period %s', (label, start, end) => {
		expect(only(`År;Värde\n${label};1\n`).period).toEqual({ label, start, end });
	});
});

describe('readCsv: columns', () => {
	it.each([
		['Swedish', 'År;Serie;Enhet;Värde\n2023;Besök;Antal;5\n'],
		['English', 'Year;Series;Units;Value\n2023;Besök;Antal;5\n'],
		['lower case', 'år;serie;enhet;värde\n2023;Besök;Antal;5\n'],
		['upper case, spaced', ' ÅR ; SERIE ; ENHET ; VÄRDE \n2023;Besök;Antal;5\n'],
		['mixed', 'Year;Serie;Units;Värde\n2023;Besök;Antal;5\n'],
	])('recognises %s headers', (_name, text) => {
		const d = dataset(text);
		expect([d.hasSeries, d.hasUnits, d.dimensions, d.noteColumns]).toEqual([true, true, [], []]);
		const [o] = d.observations;
		expect([o?.series, o?.unit, o?.value, o?.period.label]).toEqual(['Besök', 'Antal', 5, '2023']);
	});

	it.each(['Kommentar', 'Anmärkning', 'Fotnot', 'Not', 'Notering', 'Anteckning', 'Källa', 'Note', 'Comment', 'Source'])('reads a %s column as a note, so the row stays a headline', (column) => {
		const d = dataset(`År;Kön;${column};Värde\n2023;;Ny enkät;78,5\n2023;Kvinnor;;80\n`);
		expect([d.dimensions, d.noteColumns]).toEqual([['Kön'], [column]]);
		expect(d.observations[0]).toMatchObject({ dimensions: {}, notes: { [column]: 'Ny enkät' }, value: 78.5 });
	});

	it('sorts columns into disaggregations (in file order), notes, series, units and GeoCode', () => {
		const d = dataset(
			'Year,Sex,Series,Unit measure,Age,Observation status,Unit multiplier,COMMENT_OBS,COMMENT_TS,Units,GeoCode,Value\n' +
				'2023,Female,S,Rate,18-24,Normal value,Units,Provisional,Changed method,Per cent,E92000001,3\n' +
				'2023,,S,,,,,,,Per cent,,4\n',
		);
		expect(d.dimensions).toEqual(['Sex', 'Age']);
		expect(d.noteColumns).toEqual(['Unit measure', 'Observation status', 'Unit multiplier', 'COMMENT_OBS', 'COMMENT_TS']);
		const [full, headline] = d.observations;
		expect(full).toMatchObject({
			dimensions: { Sex: 'Female', Age: '18-24' },
			notes: {
				'Unit measure': 'Rate',
				'Observation status': 'Normal value',
				'Unit multiplier': 'Units',
				COMMENT_OBS: 'Provisional',
				COMMENT_TS: 'Changed method',
			},
			series: 'S',
			unit: 'Per cent',
			geoCode: 'E92000001',
		});
		// Blank cells are left out, not stored as empty strings.
		expect(headline).toEqual({
			period: { label: '2023', start: 2023, end: 2023 },
			series: 'S',
			unit: 'Per cent',
			dimensions: {},
			notes: {},
			value: 4,
			text: '4',
			decimals: 0,
			percent: false,
			line: 3,
		});
	});

	it('ignores a header cell left empty when nothing is under it', () => {
		expect(dataset('År;Värde;\n2023;1;\n').dimensions).toEqual([]);
	});

	it('keeps the file name in the dataset', () => {
		expect(dataset('År;Värde\n2023;1\n').file).toBe(FILE);
	});
});

const NUMBER_HINT = 'Använd decimalkomma (12,5) och lämna cellen tom eller skriv .. när uppgift saknas.';
const PERIOD_HINT = 'Skriv året som 2023, läsåret som 2023/24 eller en period över flera år som 2003-2005 (eller 2003-05).';

describe('readCsv: a breakdown column filled only where there is no headline row', () => {
	const warnings = (text: string) => {
		const result = readCsv(utf8(text), FILE);
		expect(result.dataset).toBeDefined();
		return result.problems.map((p) => [p.severity, p.line, p.field, p.message, p.hint]);
	};

	it('warns when the newest year has only a row with an unknown column filled, since it leaves the page', () => {
		expect(warnings('År;Värde;Uppgiftslämnare\n2020;75,8;\n2024;81,0;Egen enkät\n')).toEqual([
			[
				'warning',
				3,
				'Uppgiftslämnare',
				'kolumnen är ifylld bara på rader för 2024, där det inte finns någon huvudrad. De raderna räknas då som en uppdelning, inte som organisationens egna värden, och syns inte som senaste värde.',
				'Är Uppgiftslämnare en anteckning, byt namn på kolumnen till Kommentar, så visas den som en not. Annars lägg till en huvudrad, med Uppgiftslämnare tom, för 2024.',
			],
		]);
	});

	it('names every such period once, and looks for the headline in the same series', () => {
		// Series B's headline for 2023 is not series A's.
		const lines = warnings('År;Serie;Värde;Metod\n2020;A;1;\n2022;A;3;Ny\n2023;A;4;Ny\n2023;B;4;\n2022;A;3,5;Gammal\n');
		expect(lines.map((l) => l.slice(0, 3))).toEqual([['warning', 3, 'Metod']]);
		expect(lines[0]![3]).toMatch(/^kolumnen är ifylld bara på rader för 2022 och 2023, där/);
	});

	it.each([
		['a gender split in every year', 'År;Kön;Värde\n2023;;5\n2023;Kvinnor;6\n2024;;7\n2024;Kvinnor;8\n'],
		['a gender split only in the newest year, which has a headline too', 'År;Kön;Värde\n2023;;5\n2024;;7\n2024;Kvinnor;8\n'],
		['a file with no headline at all (another warning says so)', 'År;Kön;Värde\n2023;Kvinnor;6\n2023;Män;5\n'],
	])('says nothing for %s', (_name, text) => {
		expect(warnings(text)).toEqual([]);
	});
});

describe('readCsv: errors', () => {
	it.each<[string, string, Partial<Problem>]>([
		[
			'a value that is not a number',
			'År;Värde\n2022;1\n2023;12,3,4\n',
			{ line: 3, field: 'Värde', message: 'värdet "12,3,4" är inte ett tal.', hint: NUMBER_HINT },
		],
		[
			'a value with both comma and point',
			'Year,Value\n2023,"1,234.5"\n',
			{ line: 2, field: 'Value', message: 'värdet "1,234.5" är inte ett tal.' },
		],
		[
			'thousands grouped with points',
			'År;Värde\n2023;1.234.567\n',
			{ line: 2, field: 'Värde', message: 'värdet "1.234.567" är inte ett tal.' },
		],
		[
			'text in the value column',
			'År;värde\n2023;cirka 5\n',
			{ line: 2, field: 'värde', message: 'värdet "cirka 5" är inte ett tal.', hint: NUMBER_HINT },
		],
		[
			'an unknown period',
			'År;Värde\n2023-24-1;5\n',
			{ line: 2, field: 'År', message: 'perioden "2023-24-1" känns inte igen.', hint: PERIOD_HINT },
		],
		['a blank period', 'Year;Value\n;5\n', { line: 2, field: 'Year', message: 'året saknas.', hint: PERIOD_HINT }],
		[
			'no Value column',
			'År;Antal\n2023;5\n',
			{ line: 1, message: 'rubrikraden saknar kolumnen Värde (eller Value). Hittade: "År", "Antal".' },
		],
		[
			'no Year column',
			'Tid,Value\n2023,5\n',
			{ line: 1, message: 'rubrikraden saknar kolumnen År (eller Year). Hittade: "Tid", "Value".' },
		],
		[
			'neither column',
			'Tid\tAntal\n2023\t5\n',
			{ line: 1, message: 'rubrikraden saknar kolumnerna År (eller Year) och Värde (eller Value). Hittade: "Tid", "Antal".' },
		],
		['a blank first line', '\nÅr;Värde\n2023;5\n', { line: 1, message: 'första raden är tom; den ska namnge kolumnerna.' }],
		[
			'a row with too many cells',
			'År;Värde\n2022;4\n2023;5;6\n',
			{ line: 3, message: 'raden har 3 celler, men rubrikraden har 2.' },
		],
		[
			'a row with too few cells',
			'Year,Sex,Value\r\n2023,5\r\n',
			{ line: 2, message: 'raden har 2 celler, men rubrikraden har 3.' },
		],
		['a row of one cell', 'År;Kön;Värde\n2023;Kvinnor;5\n2024\n', { line: 3, message: 'raden har 1 cell, men rubrikraden har 3.' }],
		[
			'the same period twice',
			'År;Värde\n2022;4\n2023;5\n2023;6\n',
			{ line: 4, message: 'rad 3 och rad 4 har samma period (2023).' },
		],
		[
			'the same period, series, unit and breakdown twice',
			'År;Serie;Enhet;Kön;Värde\n2023;A;st;Män;1\n2023;A;st;Kvinnor;2\n2023;A;st;Män;3\n',
			{ line: 4, message: 'rad 2 och rad 4 har samma period (2023) och samma serie, enhet och uppdelning.' },
		],
		[
			'the same school year written two ways',
			'År;Värde\n2023/24;1\n2023/2024;2\n',
			{ line: 3, message: 'rad 2 och rad 3 har samma period (2023/2024).' },
		],
		[
			'a column named twice',
			'År;Kön;Värde;kön\n2023;Män;1;Män\n',
			{ line: 1, field: 'kön', message: 'kolumnen "kön" finns två gånger i rubrikraden.' },
		],
		[
			'Year next to År',
			'År;Year;Värde\n2023;2023;1\n',
			{ line: 1, field: 'Year', message: 'kolumnerna "År" och "Year" betyder båda år; bara en av dem får finnas.' },
		],
		[
			'an unnamed column with content',
			'År;Värde;\n2023;1;\n2024;2;fotnot\n',
			{ line: 1, message: 'kolumn 3 har inget namn i rubrikraden men har innehåll på rad 3.' },
		],
		['an empty file', '', { message: 'filen är tom.' }],
		['a file of blank lines', '\n\r\n  \n', { message: 'filen är tom.' }],
		['a header only', 'År;Värde\r\n', { line: 1, message: 'filen har en rubrikrad men inga värden.' }],
		['a header and blank lines', 'År;Värde\n\n\n', { line: 1, message: 'filen har en rubrikrad men inga värden.' }],
		[
			'a quote never closed',
			'År;Not;Värde\n2022;a;1\n\n2023;"oj;2\n2024;b;3\n',
			{ line: 4, message: 'ett citattecken (") öppnas men stängs aldrig.' },
		],
		['a quote inside a cell', 'År;Not;Värde\n2023;5"5;2\n', { line: 2, message: 'raden har ett citattecken (") mitt i en cell.' }],
	])('reports %s', (_name, text, expected) => {
		const found = problems(text);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ severity: 'error', file: FILE, ...expected });
		expect(found[0]?.hint).toBeTruthy();
		if (expected.line === undefined) expect(found[0]?.line).toBeUndefined();
		if (expected.field === undefined) expect(found[0]?.field).toBeUndefined();
	});

	it('reports an empty file given as bytes with only a BOM', () => {
		expect(problems(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject([{ message: 'filen är tom.' }]);
	});

	it('names the delimiter in the hint for a row with the wrong number of cells', () => {
		expect(problems('Year,Value\n2023,1,2\n')[0]?.hint).toContain('komma');
		expect(problems('Year\tValue\n2023\t1\t2\n')[0]?.hint).toContain('tabb');
	});

	it('reports every problem in the file, in line order', () => {
		const text = [
			'År;Kön;Värde',
			'2020;Män;1',
			'2021;Män;12,3,4', // 3: bad number
			'tjugo;Män;2', // 4: bad period
			'2022;Män', // 5: too few cells
			'2023;Män;1 234.5,6', // 6: bad number
			'2020;Män;9', // 7: same as line 2
			'20/21;Kvinnor;abc', // 8: bad period and bad number
			'',
		].join('\r\n');
		expect(problems(text).map((p) => [p.line, p.field, p.message])).toEqual([
			[3, 'Värde', 'värdet "12,3,4" är inte ett tal.'],
			[4, 'År', 'perioden "tjugo" känns inte igen.'],
			[5, undefined, 'raden har 2 celler, men rubrikraden har 3.'],
			[6, 'Värde', 'värdet "1 234.5,6" är inte ett tal.'],
			[7, undefined, 'rad 2 och rad 7 har samma period (2020) och samma uppdelning.'],
			[8, 'År', 'perioden "20/21" känns inte igen.'],
			[8, 'Värde', 'värdet "abc" är inte ett tal.'],
		]);
	});

	it('reports header problems and row problems together', () => {
		const found = problems('År;Värde;År\n2023;x1;2023\n');
		expect(found.map((p) => [p.line, p.field])).toEqual([
			[1, 'År'],
			[2, 'Värde'],
		]);
	});
});
