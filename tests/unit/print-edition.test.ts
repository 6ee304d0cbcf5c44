import { describe, expect, it } from 'vitest';
import { ONE_DOCUMENT_MAX, printsAsOne } from '../../src/lib/print-edition.ts';

describe('the print edition as one document or by area', () => {
	it.each([
		[0, true],
		[12, true],
		[70, true],
		[ONE_DOCUMENT_MAX, true],
		[ONE_DOCUMENT_MAX + 1, false],
		[2000, false],
		[20000, false],
	])('%i indicators: one document %s', (count, one) => {
		expect(printsAsOne(count)).toBe(one);
	});
});
