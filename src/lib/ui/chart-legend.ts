/**
 * A chart's legend as HTML: each line's colour, dash and marker drawn as in the chart, with its
 * name in words, so the lines can be told apart without colour and before the chart has drawn.
 * Shown once per series on the indicator page and the embed page (about 12 000 times in a build
 * of 2 000 indicators), so it is a string rather than an Astro component (docs/performance.md).
 * The markup is what `ChartLegend.astro` wrote, byte for byte.
 */
import { escape } from 'html-escaper';
import type { ChartData } from '../model/chart-data.ts';
import type { Marker } from '../model/chart-style.ts';

const SHAPES: Record<Marker, string> = {
	circle: 'M16 3.5a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z',
	rect: 'M12.5 3.5h7v7h-7z',
	triangle: 'M16 2.5l4 8h-8z',
	rectRot: 'M16 2.5l4.5 4.5-4.5 4.5-4.5-4.5z',
	star: 'M16 2.5l1.2 3.3 3.5.1-2.8 2.1 1 3.4-2.9-2-2.9 2 1-3.4-2.8-2.1 3.5-.1z',
	crossRot: 'M12.8 3.8l6.4 6.4M19.2 3.8l-6.4 6.4',
};

interface Item {
	label: string;
	/** The colour's class: `chart-swatch-line-0` … or `chart-swatch-target`. */
	slot: string;
	marker?: Marker;
	dashed: boolean;
	width: number;
	/** Women's or men's line: the reader's choice above the chart shows or hides it. */
	gender?: string;
	/** A bar chart's series: a filled box, as its bars are drawn, not a line with a marker. */
	bar?: boolean;
}

const BAR = '<rect x="9" y="1" width="14" height="12" fill="currentColor"></rect>';

// currentColor from the stylesheet (.chart-swatch-*), so the legend follows the colour scheme like the chart.
const item = ({ label, slot, marker, dashed, width, gender, bar }: Item) =>
	`<li${gender === undefined ? '' : ` data-gender="${escape(gender)}"`}>` +
	`<svg class="chart-swatch-${escape(slot)}" viewBox="0 0 32 14" width="32" height="14" aria-hidden="true" focusable="false">` +
	(bar
		? BAR
		: `<path d="M1 7h30" stroke="currentColor" stroke-width="${width}"${dashed ? ' stroke-dasharray="5 3"' : ''} fill="none"></path>` +
			(marker ? `<path d="${SHAPES[marker]}" fill="${marker === 'crossRot' ? 'none' : 'currentColor'}" stroke="currentColor" stroke-width="1.5"></path>` : '')) +
	`</svg>${escape(label)}</li>`;

export function chartLegend(data: ChartData): string {
	const items: Item[] = [
		...data.datasets.map((d) => ({ label: d.label, slot: `line-${d.slot}`, marker: d.marker, dashed: d.dashed, width: d.main ? 3 : 2, gender: d.gender, bar: data.type === 'bar' })),
		...(data.target ? [{ label: data.target.label, slot: 'target', dashed: true, width: 2 }] : []),
	];
	return `<ul class="chart-legend">${items.map(item).join('')}</ul>`;
}
