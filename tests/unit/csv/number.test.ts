import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/lib/data/number.ts';

describe('parseNumber', () => {
	it.each([
		['12', 12, 0, false],
		['12,5', 12.5, 1, false],
		['12.5', 12.5, 1, false],
		['0,50', 0.5, 2, false],
		['111.016', 111.016, 3, false],
		['1271.7455485836701', 1271.7455485836701, 13, false],
		['50 000', 50000, 0, false],
		['1 234,5', 1234.5, 1, false],
		['1\u00a0234,5', 1234.5, 1, false],
		['1\u202f234,5', 1234.5, 1, false],
		['12 345 678', 12345678, 0, false],
		['1 234.5', 1234.5, 1, false],
		['-3,2', -3.2, 1, false],
		['\u22123,2', -3.2, 1, false],
		['\u22121 234', -1234, 0, false],
		['-0', 0, 0, false],
		['45%', 45, 0, true],
		['45 %', 45, 0, true],
		['45\u00a0%', 45, 0, true],
		['12,5 %', 12.5, 1, true],
		['\u22120,5%', -0.5, 1, true],
		['  12,5  ', 12.5, 1, false],
		['\t7\t', 7, 0, false],
		['\u00a012\u00a0', 12, 0, false],
	])('reads %j as %d with %i decimals (percent %s)', (text, value, decimals, percent) => {
		expect(parseNumber(text)).toEqual({ kind: 'number', value, decimals, percent });
	});

	it('never gives -0', () => {
		const parsed = parseNumber('-0,0');
		expect(parsed.kind === 'number' && Object.is(parsed.value, 0)).toBe(true);
	});

	it.each([[''], ['   '], ['..'], ['...'], ['.'], ['x'], ['X'], ['-'], ['\u2013'], ['#N/A'], ['#n/a'], ['#SAKNAS!'], ['#saknas!'], [' .. ']])(
		'reads the missing marker %j as missing',
		(text) => {
			expect(parseNumber(text)).toEqual({ kind: 'missing' });
		},
	);

	it.each([
		['12,3,4'],
		['1,234.5'],
		['1.234,5'],
		['1.234.567'],
		['1,234,567'],
		['12 34'],
		['1 2345'],
		['12,'],
		[',5'],
		['abc'],
		['12 kr'],
		['%'],
		['--5'],
		['- 5'],
		['+5'],
		['1e3'],
		['NaN'],
		['Infinity'],
		['0x10'],
		['5%%'],
		['%5'],
		['12\u00a0\u00a0000'],
	])('rejects %j as invalid', (text) => {
		expect(parseNumber(text)).toEqual({ kind: 'invalid' });
	});
});
