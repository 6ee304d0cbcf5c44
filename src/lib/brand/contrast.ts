/**
 * Colour contrast as WCAG 2.2 measures it, and the nearest colour that passes: an editor's brand
 * colour that is too light or too dark is moved in lightness only (OKLCH), so it keeps its hue and
 * still looks like the organisation's colour.
 */

/** WCAG 2.2's minimum contrast for normal text (1.4.3) and for UI components and focus (1.4.11). */
export const TEXT_CONTRAST = 4.5;
export const UI_CONTRAST = 3;

type Rgb = readonly [number, number, number];

/** `#rrggbb` as channels 0–255. The schema has checked the form already. */
export function parseHex(hex: string): Rgb {
	const n = Number.parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex(rgb: Rgb): string {
	return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** sRGB's transfer function, undone: the threshold is WCAG 2.2's 0.04045 (2.0 had 0.03928). */
const linear = (c: number) => {
	const s = c / 255;
	return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const gamma = (l: number) => 255 * (l <= 0.0031308 ? 12.92 * l : 1.055 * l ** (1 / 2.4) - 0.055);

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map(linear) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21, the same either way round. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/**
 * The ratio as an editor reads it: rounded down to one decimal, so 4.48 shows as 4.4 and never as
 * a passing-looking 4.5.
 */
export function ratioText(ratio: number, lang: 'sv' | 'en'): string {
	const shown = Math.floor(ratio * 10) / 10;
	const text = shown.toFixed(1);
	return `${lang === 'sv' ? text.replace('.', ',') : text}:1`;
}

type Lab = readonly [number, number, number];

/** Linear sRGB to OKLab (Björn Ottosson's matrices). */
function toOklab(hex: string): Lab {
	const [r, g, b] = parseHex(hex).map(linear) as [number, number, number];
	const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
	const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
	const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
	return [
		0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
		1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
		0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
	];
}

/** OKLab to linear sRGB; may be outside 0–1 when the colour is out of gamut. */
function fromOklab([L, a, b]: Lab): Rgb {
	const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
	const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
	const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
	return [
		4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
		-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
		-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
	];
}

const inGamut = (rgb: Rgb) => rgb.every((c) => c >= -1e-4 && c <= 1 + 1e-4);

/**
 * The colour at OKLCH lightness `L` with the hue of `lab`: chroma is lowered only as far as needed
 * to stay inside sRGB, so the hue stays put.
 */
function atLightness(lab: Lab, L: number): string {
	const [, a, b] = lab;
	let lo = 0;
	let hi = 1;
	if (!inGamut(fromOklab([L, a, b]))) {
		for (let i = 0; i < 24; i++) {
			const k = (lo + hi) / 2;
			if (inGamut(fromOklab([L, a * k, b * k]))) lo = k;
			else hi = k;
		}
	} else lo = 1;
	return toHex(fromOklab([L, a * lo, b * lo]).map(gamma) as unknown as Rgb);
}

/**
 * The nearest colour to `hex` that `passes`, moving its OKLCH lightness towards `direction` in
 * small steps; `undefined` when even black or white does not pass. The colour itself is returned
 * when it passes already.
 */
export function suggest(hex: string, passes: (candidate: string) => boolean, direction: 'darker' | 'lighter'): string | undefined {
	if (passes(hex)) return hex.toLowerCase();
	const lab = toOklab(hex);
	const step = direction === 'darker' ? -0.005 : 0.005;
	for (let L = lab[0] + step; L > -0.0001 && L < 1.0001; L += step) {
		const candidate = atLightness(lab, Math.min(1, Math.max(0, L)));
		if (passes(candidate)) return candidate;
	}
	return undefined;
}
