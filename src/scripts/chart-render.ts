import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	type Plugin,
} from 'chart.js';
import type { ChartData } from '../lib/model/chart-data.ts';
import { chartNumbers } from '../lib/ui/chart-numbers.ts';
import { valueAxis } from '../lib/ui/value-axis.ts';

// Only what Målbild draws is registered, so the rest of Chart.js is shaken out of the bundle.
// No Legend plugin: the legend is HTML beside the canvas (src/lib/ui/chart-legend.ts).
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip);


/** Writes "Exempeldata" ("Sample data") in the chart's corner: a few bytes, where Chart.js's Title plugin costs kilobytes. */
const sampleLabel = (text: string): Plugin => ({
	id: 'malbildSample',
	afterDraw(chart) {
		const { ctx, chartArea } = chart;
		ctx.save();
		ctx.font = '600 12px system-ui, sans-serif';
		ctx.fillStyle = cssColour(chart.canvas, '--sample-text', '#5c3d00');
		ctx.textAlign = 'right';
		ctx.fillText(text, chartArea.right, chartArea.top - 8);
		ctx.restore();
	},
});

/** A colour from the page's stylesheet, which knows the reader's colour scheme; the fallback without it. */
function cssColour(element: Element, name: string, fallback: string): string {
	return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/** The current scheme's colours for a chart: each line's, the target's, the text's and the grid's. */
function schemeColours(canvas: HTMLCanvasElement, data: ChartData) {
	const colour = (name: string, fallback: string) => cssColour(canvas, name, fallback);
	return {
		lines: data.datasets.map((d) => colour(`--chart-line-${d.slot}`, d.colour)),
		target: colour('--chart-target', data.target?.colour ?? '#b3261e'),
		text: colour('--chart-text', '#505050'),
		grid: colour('--chart-grid', 'rgba(0,0,0,0.1)'),
	};
}

const axis = (c: ReturnType<typeof schemeColours>) => ({ ticks: { color: c.text }, grid: { color: c.grid }, border: { color: c.grid } });

/** `hidden[i]`: line `i` starts hidden (a gender line the reader has not chosen). */
export function renderChart(canvas: HTMLCanvasElement, data: ChartData, hidden: boolean[] = []): Chart {
	const numbers = chartNumbers(data);
	const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
	// Markers and dashes come from the server, so the HTML legend matches the lines; the colours come
	// from the stylesheet, as the legend's do, so both follow the reader's colour scheme.
	const colours = schemeColours(canvas, data);
	const datasets = data.datasets.map((d, i) => ({
		type: data.type,
		hidden: hidden[i] ?? false,
		label: d.label,
		data: d.data,
		borderColor: colours.lines[i]!,
		backgroundColor: colours.lines[i]!,
		borderWidth: d.main ? 3 : 2,
		pointRadius: d.main ? 4 : 3,
		pointStyle: d.marker,
		borderDash: d.dashed ? [6, 3] : [],
		spanGaps: false,
	}));
	if (data.target) {
		datasets.push({
			type: 'line',
			label: data.target.label,
			data: data.target.data,
			borderColor: colours.target,
			backgroundColor: colours.target,
			borderWidth: 2,
			pointRadius: 0,
			pointStyle: 'circle',
			borderDash: [10, 5],
			spanGaps: true,
			hidden: false,
		});
	}
	return new Chart(canvas, {
		plugins: data.sample ? [sampleLabel(data.text.sample)] : [],
		data: { labels: data.labels, datasets: datasets as never },
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: reduced ? false : { duration: 400 },
			// Room above the plot for the "Exempeldata" label, so it never covers a line.
			layout: { padding: { top: data.sample ? 20 : 0 } },
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: axis(colours),
				y: { ...axis(colours), reverse: data.reverse, ...valueAxis(data), ticks: { color: colours.text, callback: numbers.tick } },
			},
			plugins: {
				tooltip: { callbacks: { label: (c) => numbers.tooltip(c.dataset.label ?? '', c.raw) } },
			},
		},
	});
}
