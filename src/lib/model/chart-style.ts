/**
 * How each line of a chart looks, decided once on the server so the HTML legend and the drawn
 * chart agree: colour, marker shape and dash, never colour alone.
 */
export const markers = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;
export type Marker = (typeof markers)[number];

/** Colours for lines other than the organisation's own, each with at least 3:1 contrast on white. */
const palette = ['#5b5f66', '#b35900', '#2e7d32', '#6a1b9a', '#00695c', '#ad1457'];

/** The target line's colour. */
export const targetColour = '#b3261e';

export interface LineStyle {
	colour: string;
	marker: Marker;
	dashed: boolean;
}

/** The style of line `index`; line 0 is the organisation's own and uses its brand colour. */
export function lineStyle(index: number, brand: string): LineStyle {
	return {
		colour: index === 0 ? brand : palette[(index - 1) % palette.length]!,
		marker: markers[index % markers.length]!,
		dashed: index !== 0,
	};
}
