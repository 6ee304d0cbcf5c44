/**
 * The translation files: every language has every key of the Swedish, none is empty, and a
 * template's placeholders are the same in each language (a missing {value} would drop a number).
 */
import { describe, expect, it } from 'vitest';
import { words } from '../../../src/lib/format/words.ts';
import { locales } from '../../../src/lib/i18n/locales.ts';
import { openDataWords } from '../../../src/lib/i18n/open-data.ts';
import { uiWords } from '../../../src/lib/i18n/ui.ts';

/** Every string of a nested object, by its dotted key. */
function leaves(value: unknown, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	if (typeof value === 'string') out.set(prefix, value);
	else if (Array.isArray(value)) out.set(prefix, value.join('|'));
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
	return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
	['reader interface (src/lib/i18n/ui.ts)', uiWords],
	['status, trend and target words (src/lib/format/words.ts)', words],
	['open-data page (src/lib/i18n/open-data.ts)', openDataWords],
] as const)('%s', (_name, catalogue) => {
	const swedish = leaves(catalogue.sv);

	it.each(locales.filter((l) => l !== 'sv'))('%s has exactly the Swedish keys', (locale) => {
		expect([...leaves(catalogue[locale]).keys()].sort()).toEqual([...swedish.keys()].sort());
	});

	it.each(locales)('%s has no empty string', (locale) => {
		const empty = [...leaves(catalogue[locale])].filter(([key, text]) => key !== 'locale' && text.trim() === '').map(([key]) => key);
		expect(empty).toEqual([]);
	});

	it.each(locales.filter((l) => l !== 'sv'))('%s uses the same placeholders as Swedish', (locale) => {
		const other = leaves(catalogue[locale]);
		const differ = [...swedish].filter(([key, text]) => placeholders(text).join() !== placeholders(other.get(key) ?? '').join()).map(([key]) => key);
		expect(differ).toEqual([]);
	});
});

it('says the English words readers see, and the Swedish ones', () => {
	expect([uiWords.sv.trend, uiWords.en.trend]).toEqual(['Utveckling', 'Trend']);
	expect([words.sv.status.achieved, words.en.status.achieved]).toEqual(['Uppnått', 'Achieved']);
	expect([words.sv.trend['no-data'], words.en.trend['no-data']]).toEqual(['Data saknas', 'No data']);
	expect(uiWords.en.fallbackNotice).toBe('This text is only available in Swedish.');
	expect(openDataWords.en.title).toBe('Open data');
});
