import { describe, expect, it } from 'vitest';
import { assessedText } from '../../../src/lib/format/assessed.ts';

describe('assessedText', () => {
	it.each([
		[{ date: '2026-03-12', by: 'Kommunstyrelsen' }, 'sv', 'Bedömd 12 mars 2026 av Kommunstyrelsen.'],
		[{ date: '2026-03-12' }, 'sv', 'Bedömd 12 mars 2026.'],
		[{ by: 'Kommunstyrelsen' }, 'sv', 'Bedömd av Kommunstyrelsen.'],
		[{ date: '2026-03-12', by: 'the executive board' }, 'en', 'Assessed on 12 March 2026 by the executive board.'],
		[{ date: '2026-12-31' }, 'en', 'Assessed on 31 December 2026.'],
		[{}, 'sv', undefined],
	] as const)('%o in %s', (assessment, locale, text) => {
		expect(assessedText(assessment, locale)).toBe(text);
	});
});
