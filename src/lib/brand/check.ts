/**
 * Where the brand colour is used, and what each use needs. The page colours here are the ones
 * src/styles/global.css sets (tests/unit/brand keeps the two in step).
 */
import { contrast, suggest, TEXT_CONTRAST, UI_CONTRAST } from './contrast.ts';

/** The light scheme's page and surface (footer, fact boxes) backgrounds, and the header's text. */
export const LIGHT = { bg: '#ffffff', surface: '#f4f6f8', headerText: '#ffffff' } as const;
/** The dark scheme's page and surface backgrounds. */
export const DARK = { bg: '#16181b', surface: '#22262b' } as const;

/**
 * The uses of the brand colour in the light scheme: the header's background under white text,
 * link text (on the surface, the darker of the two light backgrounds), and the borders of buttons
 * and controls against the page.
 */
export type BrandUse = 'header' | 'link' | 'ui';

interface UseRule {
	against: string;
	needed: number;
}
const uses: Record<BrandUse, UseRule> = {
	header: { against: LIGHT.headerText, needed: TEXT_CONTRAST },
	link: { against: LIGHT.surface, needed: TEXT_CONTRAST },
	ui: { against: LIGHT.bg, needed: UI_CONTRAST },
};

export interface UseResult {
	use: BrandUse;
	ratio: number;
	needed: number;
}

/** Every light-scheme use the colour fails, in the order above. */
export function failedUses(brand: string): UseResult[] {
	return (Object.entries(uses) as [BrandUse, UseRule][])
		.map(([use, { against, needed }]) => ({ use, ratio: contrast(brand, against), needed }))
		.filter((r) => r.ratio < r.needed);
}

const passesLight = (c: string) => failedUses(c).length === 0;

/**
 * The nearest colour that passes every light use. Each use needs a darker colour (they are all
 * against white or near-white), so the search only darkens.
 */
export function suggestBrand(brand: string): string | undefined {
	return suggest(brand, passesLight, 'darker');
}

/**
 * The brand colour for links and borders on the dark scheme's backgrounds: the colour
 * itself when it is light enough, else the nearest lighter one with the same hue. Text contrast
 * (4.5:1) on both dark backgrounds, which covers the 3:1 UI use too. `undefined` when none passes.
 */
export function darkVariant(brand: string): string | undefined {
	return suggest(brand, (c) => contrast(c, DARK.bg) >= TEXT_CONTRAST && contrast(c, DARK.surface) >= TEXT_CONTRAST, 'lighter');
}
