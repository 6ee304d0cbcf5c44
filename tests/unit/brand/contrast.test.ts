import { describe, expect, it } from 'vitest';
import { contrast, luminance, ratioText, suggest, TEXT_CONTRAST, UI_CONTRAST } from '../../../src/lib/brand/contrast.ts';

describe('luminance', () => {
	it.each<[string, number]>([
		['#000000', 0],
		['#ffffff', 1],
		['#ff0000', 0.2126],
		['#00ff00', 0.7152],
		['#0000ff', 0.0722],
		// 0x0a / 255 = 0.0392 is under WCAG 2.2's threshold 0.04045: the linear part.
		['#0a0a0a', 0.0392157 / 12.92],
	])('%s → %f', (hex, expected) => {
		expect(luminance(hex)).toBeCloseTo(expected, 5);
	});
});

describe('contrast', () => {
	// Known pairs, as WebAIM's contrast checker gives them.
	it.each<[string, string, number]>([
		['#000000', '#ffffff', 21],
		['#ffffff', '#ffffff', 1],
		['#777777', '#ffffff', 4.48],
		['#767676', '#ffffff', 4.54],
		['#1f4e79', '#ffffff', 8.66],
		['#6fa8dc', '#ffffff', 2.53],
		['#b3261e', '#ffffff', 6.54],
		['#ffffff', '#777777', 4.48],
	])('%s on %s → %f', (a, b, expected) => {
		expect(contrast(a, b)).toBeCloseTo(expected, 2);
	});
});

describe('ratioText', () => {
	it.each<[number, 'sv' | 'en', string]>([
		[4.478, 'sv', '4,4:1'],
		[4.478, 'en', '4.4:1'],
		[4.5, 'sv', '4,5:1'],
		[3, 'sv', '3,0:1'],
		[21, 'en', '21.0:1'],
	])('%f in %s → %s', (ratio, lang, expected) => {
		expect(ratioText(ratio, lang)).toBe(expected);
	});
});

/** Hue in degrees of an sRGB colour (HSL's, close enough to see that the hue is kept). */
function hue(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
	const max = Math.max(r, g, b);
	const d = max - Math.min(r, g, b);
	const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return (h * 60 + 360) % 360;
}

describe('suggest', () => {
	const onWhite = (min: number) => (c: string) => contrast(c, '#ffffff') >= min;
	const onDark = (min: number) => (c: string) => contrast(c, '#16181b') >= min;

	it.each<[string, number, string]>([
		['#6fa8dc', TEXT_CONTRAST, '#427aab'],
		// #767676 is the well-known lightest grey that passes on white.
		['#777777', TEXT_CONTRAST, '#767676'],
		['#ffff00', TEXT_CONTRAST, '#797900'],
		['#6fa8dc', UI_CONTRAST, '#6098cc'],
	])('darkens %s to pass %f:1 on white: %s', (hex, min, expected) => {
		const found = suggest(hex, onWhite(min), 'darker')!;
		expect(found).toBe(expected);
		expect(contrast(found, '#ffffff')).toBeGreaterThanOrEqual(min);
	});

	it.each(['#6fa8dc', '#e67e22', '#c39bd3', '#27ae60'])('keeps the hue of %s and stops at the first passing lightness', (hex) => {
		const found = suggest(hex, onWhite(TEXT_CONTRAST), 'darker')!;
		expect(Math.abs(hue(found) - hue(hex))).toBeLessThan(6);
		// The nearest: a step lighter would not pass any more.
		expect(contrast(found, '#ffffff')).toBeLessThan(TEXT_CONTRAST + 0.25);
	});

	it('lightens a dark colour for a dark background', () => {
		const found = suggest('#1f4e79', onDark(TEXT_CONTRAST), 'lighter')!;
		expect(contrast(found, '#16181b')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
		expect(contrast(found, '#16181b')).toBeLessThan(TEXT_CONTRAST + 0.25);
		expect(Math.abs(hue(found) - hue('#1f4e79'))).toBeLessThan(6);
	});

	it('returns a colour that passes already unchanged', () => {
		expect(suggest('#1F4E79', onWhite(TEXT_CONTRAST), 'darker')).toBe('#1f4e79');
	});

	it('returns nothing when no lightness passes', () => {
		expect(suggest('#777777', () => false, 'darker')).toBeUndefined();
		expect(suggest('#777777', onWhite(22), 'darker')).toBeUndefined();
	});
});
