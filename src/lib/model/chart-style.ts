/**
 * How each line of a chart looks, decided once on the server so the HTML legend and the drawn
 * chart agree: colour, marker shape and dash, never colour alone.
 */
export const markers = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;
export type Marker = (typeof markers)[number];

/**
 * Colours for lines other than the organisation's own, each with at least 3:1 contrast on white.
 * The dark scheme uses lighter variants of the same hues (src/lib/brand/css.ts).
 */
export const palette = ['#5b5f66', '#b35900', '#2e7d32', '#6a1b9a', '#00695c', '#ad1457'] as const;

/** The target line's colour. */
export const targetColour = '#b3261e';

export interface LineStyle {
	/** The light scheme's colour; the page's stylesheet gives the current one as `--chart-line-<slot>`. */
	colour: string;
	/** 0 for the organisation's own line (the brand colour), 1–6 for the palette. */
	slot: number;
	marker: Marker;
	dashed: boolean;
}

/** The style of line `index`; line 0 is the organisation's own and uses its brand colour. */
export function lineStyle(index: number, brand: string): LineStyle {
	const slot = index === 0 ? 0 : ((index - 1) % palette.length) + 1;
	return {
		colour: slot === 0 ? brand : palette[slot - 1]!,
		slot,
		marker: markers[index % markers.length]!,
		dashed: index !== 0,
	};
}
