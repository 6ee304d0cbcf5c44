import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK, darkVariant, failedUses, LIGHT, suggestBrand } from '../../../src/lib/brand/check.ts';
import { contrast, TEXT_CONTRAST, UI_CONTRAST } from '../../../src/lib/brand/contrast.ts';
import { brandCss, darkChartColour } from '../../../src/lib/brand/css.ts';
import { logoFile } from '../../../src/lib/brand/logo.ts';
import { palette, targetColour } from '../../../src/lib/model/chart-style.ts';

const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
/** A custom property's value in global.css: the light scheme's (first) or the dark one's (second). */
function property(name: string, scheme: 'light' | 'dark'): string {
	const values = [...css.matchAll(new RegExp(`--${name}:\\s*([^;]+);`, 'g'))].map((m) => m[1]!.trim());
	return scheme === 'light' ? values[0]! : values[1]!;
}

describe('the backgrounds the check measures against are the stylesheet’s', () => {
	it.each<[string, 'light' | 'dark', string]>([
		['bg', 'light', LIGHT.bg],
		['surface', 'light', LIGHT.surface],
		['bg', 'dark', DARK.bg],
		['surface', 'dark', DARK.surface],
	])('--%s in the %s scheme', (name, scheme, expected) => {
		expect(property(name, scheme)).toBe(expected);
	});
});

describe('the dark scheme’s fixed colours pass on its backgrounds', () => {
	it.each<[string, number]>([
		['text', TEXT_CONTRAST],
		['muted', TEXT_CONTRAST],
		['achieved', TEXT_CONTRAST],
		['partly', TEXT_CONTRAST],
		['not-achieved', TEXT_CONTRAST],
		['unassessed', TEXT_CONTRAST],
		['focus', UI_CONTRAST],
		['chart-text', TEXT_CONTRAST],
	])('--%s at %f:1', (name, needed) => {
		const colour = property(name, 'dark');
		expect(contrast(colour, DARK.bg)).toBeGreaterThanOrEqual(needed);
		expect(contrast(colour, DARK.surface)).toBeGreaterThanOrEqual(needed);
	});

	it('the sample tag’s text on its own background', () => {
		expect(contrast(property('sample-text', 'dark'), property('sample-bg', 'dark'))).toBeGreaterThanOrEqual(TEXT_CONTRAST);
		expect(contrast(property('sample-text', 'light'), property('sample-bg', 'light'))).toBeGreaterThanOrEqual(TEXT_CONTRAST);
	});
});

describe('failedUses', () => {
	it.each<[string, string[]]>([
		['#1f4e79', []],
		['#000000', []],
		// 4.48:1 on white: text fails, borders (3:1) pass.
		['#777777', ['header', 'link']],
		// 4.54:1 on white, 4.18:1 on the surface: only links fail.
		['#767676', ['link']],
		['#6fa8dc', ['header', 'link', 'ui']],
		['#ffffff', ['header', 'link', 'ui']],
	])('%s fails %j', (colour, uses) => {
		expect(failedUses(colour).map((u) => u.use)).toEqual(uses);
	});

	it('gives each use its threshold', () => {
		expect(failedUses('#ffffff').map((u) => u.needed)).toEqual([TEXT_CONTRAST, TEXT_CONTRAST, UI_CONTRAST]);
	});
});

describe('suggestBrand', () => {
	it.each(['#6fa8dc', '#777777', '#ffff00', '#ff9900', '#ffffff', '#e0f0ff'])('suggests for %s a colour that passes every use', (colour) => {
		const s = suggestBrand(colour)!;
		expect(failedUses(s)).toEqual([]);
		expect(darkVariant(s)).toBeDefined();
	});
});

describe('darkVariant', () => {
	it.each(['#1f4e79', '#000000', '#2a6f3e', '#6a1b9a', '#b3261e', '#767676'])('lightens %s to 4.5:1 on both dark backgrounds', (colour) => {
		const dark = darkVariant(colour)!;
		expect(contrast(dark, DARK.bg)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
		expect(contrast(dark, DARK.surface)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
		// Still under white text in the header? Not needed: the header keeps --brand itself.
		expect(contrast(dark, '#ffffff')).toBeLessThan(contrast(colour, '#ffffff'));
	});

	it('keeps a colour that is light enough already', () => {
		expect(darkVariant('#6fa8dc')).toBe('#6fa8dc');
	});
});

describe('brandCss', () => {
	const out = brandCss('#1f4e79');
	const [light, dark] = out.split('\n') as [string, string];

	it('sets the brand colour for the header and the links in the light scheme', () => {
		expect(light).toContain('--brand:#1f4e79;--brand-text:#1f4e79;--chart-line-0:#1f4e79;');
		expect(light).toContain(`--chart-target:${targetColour}`);
		palette.forEach((c, i) => expect(light).toContain(`--chart-line-${i + 1}:${c};`));
	});

	it('gives the dark scheme the lighter variant for links and the charts, never for the header', () => {
		expect(dark.startsWith('@media screen and (prefers-color-scheme:dark){')).toBe(true);
		expect(dark).not.toContain('--brand:');
		expect(dark).toContain(`--brand-text:${darkVariant('#1f4e79')};`);
		for (const c of [...palette, targetColour]) {
			const d = darkChartColour(c);
			expect(dark).toContain(`:${d}`);
			expect(contrast(d, DARK.bg)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
		}
	});
});

describe('logoFile', () => {
	it.each<[string | undefined, string | undefined]>([
		[undefined, undefined],
		['logo.svg', 'logo.svg'],
		['bilder/Vapen.SVG', 'logo.svg'],
		['bilder/logo.png', 'logo.png'],
		['LOGO.PNG', 'logo.png'],
	])('%s → %s', (logo, expected) => {
		expect(logoFile({ logo })).toBe(expected);
	});
});
