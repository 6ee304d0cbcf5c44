/**
 * The Excel download: read back with read-excel-file (an independent reader), its cells are what
 * was written, numbers as numbers and text as text; the same rows give the same bytes.
 */
import readXlsxFile, { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { columnName, toXlsx } from '../../../src/lib/model/xlsx.ts';

const read = (bytes: Uint8Array) => readSheet(Buffer.from(bytes), 1, { trim: false });
const sheetNames = async (bytes: Uint8Array) => (await readXlsxFile(Buffer.from(bytes))).map((s) => s.sheet);

describe('toXlsx', () => {
	it('writes text and numbers that read back as they were, and an empty cell as empty', async () => {
		const rows = [
			['period', 'unit', 'value', 'source'],
			[2023, 'gästnätter', 604500, 'Egen <mätning> & SCB'],
			[2024, '%', 72.4, null],
			[2025, 'mnkr', -12.8, '  inledande blanksteg'],
		];
		expect(await read(toXlsx({ rows, sheet: 'Besökare' }))).toEqual(rows);
	});

	it('names the sheet, shortened and without the characters Excel forbids', async () => {
		expect(await sheetNames(toXlsx({ rows: [['a']], sheet: 'Besökare' }))).toEqual(['Besökare']);
		expect(await sheetNames(toXlsx({ rows: [['a']], sheet: 'Andel [%]: elever/lärare i årskurs 9 med godkänt' }))).toEqual(['Andel % elever lärare i årskurs']);
	});

	it('drops characters XML cannot hold, so the file still opens', async () => {
		expect(await read(toXlsx({ rows: [['a\u0007b']], sheet: 'Data' }))).toEqual([['ab']]);
	});

	it('gives the same bytes for the same rows, whenever it runs', () => {
		const rows = [['period', 'value'], [2024, 1]];
		expect(Buffer.from(toXlsx({ rows, sheet: 'Data' })).equals(Buffer.from(toXlsx({ rows, sheet: 'Data' })))).toBe(true);
	});

	it.each([
		[0, 'A'],
		[25, 'Z'],
		[26, 'AA'],
		[51, 'AZ'],
		[52, 'BA'],
		[701, 'ZZ'],
		[702, 'AAA'],
	])('column %i is %s', (index, name) => {
		expect(columnName(index)).toBe(name);
	});
});
