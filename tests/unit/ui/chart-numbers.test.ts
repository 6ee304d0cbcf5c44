import { describe, expect, it } from 'vitest';
import { chartData } from '../../../src/lib/model/chart-data.ts';
import type { SeriesNode } from '../../../src/lib/model/build.ts';
import { chartNumbers } from '../../../src/lib/ui/chart-numbers.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';

/** The words as chartData gives them to the script, for a unit and a language. */
const numbers = (unit: string | undefined, locale: Locale, decimals = 0) => {
	const data = chartData({ table: { columns: [], periods: [] }, unit } as unknown as SeriesNode, { headlineLabel: 'Kommunen', type: 'line', targetLabel: '', sample: false, brand: '#1f4e79', locale });
	return chartNumbers({ ...data, decimals });
};

describe('chartNumbers', () => {
	it.each([
		// unit, language, value, tooltip, axis tick
		['gästnätter', 'sv', 268400, 'Kommunen: 268\u00a0400\u00a0gästnätter', '268\u00a0400'],
		['mnkr', 'sv', -12.8, 'Kommunen: \u221212,8\u00a0mnkr', '\u221212,8'],
		['%', 'sv', 42.5, 'Kommunen: 42,5\u00a0%', '42,5\u00a0%'],
		['%', 'en', 42.5, 'Kommunen: 42.5%', '42.5%'],
		['placering', 'sv', 72, 'Kommunen: plats 72', '72'],
		['antal', 'sv', 1200, 'Kommunen: 1\u00a0200', '1\u00a0200'],
		[undefined, 'en', 1200, 'Kommunen: 1,200', '1,200'],
	] as const)('%s (%s): %d', (unit, locale, value, tooltip, tick) => {
		const n = numbers(unit, locale, 1);
		expect(n.tooltip('Kommunen', value)).toBe(tooltip);
		expect(n.tick(value)).toBe(tick);
	});

	it('says a missing value is missing, in the page\'s language', () => {
		expect(numbers('mnkr', 'sv').tooltip('Riket', null)).toBe('Riket: Uppgift saknas');
		expect(numbers('mnkr', 'en').tooltip('Riket', null)).toBe('Riket: Data missing');
	});
});
