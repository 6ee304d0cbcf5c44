import { describe, expect, it } from 'vitest';
import { fillPrint, formatDay, printWords } from '../../src/lib/i18n/print.ts';
import { cssString, printFooterCss } from '../../src/lib/print-footer.ts';

describe('the print edition’s words', () => {
	it('has the same keys in Swedish and English, none empty', () => {
		expect(Object.keys(printWords.en).sort()).toEqual(Object.keys(printWords.sv).sort());
		for (const words of Object.values(printWords)) for (const text of Object.values(words)) expect(text.trim()).not.toBe('');
	});

	it.each([
		['sv', '2026-03-12', '12 mars 2026'],
		['en', '2026-03-12', '12 March 2026'],
		['sv', '2024-01-01', '1 januari 2024'],
		['en', '2025-12-31', '31 December 2025'],
	] as const)('writes the day %s %s as "%s"', (locale, day, expected) => {
		expect(formatDay(day, locale)).toBe(expected);
	});

	it.each([
		[printWords.sv.lastChanged, { date: '12 mars 2026' }, 'Data senast ändrad 12 mars 2026'],
		[printWords.en.lastChanged, { date: '12 March 2026' }, 'Data last changed 12 March 2026'],
		[printWords.sv.latestFor, { period: '2023/24' }, 'Senaste värde avser 2023/24'],
		[printWords.en.latestFor, { period: '2024' }, 'Latest value for 2024'],
		[printWords.sv.dataUntil, { period: '2024' }, 'Data t.o.m. 2024'],
		['{unknown} stays', {}, '{unknown} stays'],
	])('fills %j', (template, values, expected) => {
		expect(fillPrint(template, values)).toBe(expected);
	});
});

describe('the running footer’s stylesheet', () => {
	it.each([
		['Malung-Sälens kommun', '"Malung-Sälens kommun"'],
		['Say "hi"', '"Say \\"hi\\""'],
		['back\\slash', '"back\\\\slash"'],
		['two\nlines', '"two\\A lines"'],
		['a\u0007bell', '"a bell"'],
	])('writes %j as the CSS string %s', (text, expected) => {
		expect(cssString(text)).toBe(expected);
	});

	it('names the organisation and title, and numbers the pages but the first', () => {
		const css = printFooterCss('Smedjebackens kommun', 'Vision och mål');
		expect(css).toContain('@bottom-left { content: "Smedjebackens kommun · Vision och mål";');
		expect(css).toContain('content: counter(page) " / " counter(pages)');
		expect(css).toMatch(/@page :first \{[^}]*@bottom-left \{ content: none; \}/);
	});
});
