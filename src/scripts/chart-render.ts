import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Title,
	Tooltip,
} from 'chart.js';
import type { ChartData } from '../lib/model/chart-data.ts';

// Only what Målbild draws is registered, so the rest of Chart.js is shaken out of the bundle.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

const palette = ['#1f4e79', '#6b6b6b', '#b35900', '#2e7d32', '#6a1b9a', '#00695c'];
const targetColour = '#b3261e';

export function renderChart(canvas: HTMLCanvasElement, data: ChartData): Chart {
	const css = getComputedStyle(document.documentElement);
	const brand = css.getPropertyValue('--brand').trim() || palette[0]!;
	const format = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: data.decimals });
	const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const unit = data.unit === '%' ? '\u00a0%' : '';
	const datasets = data.datasets.map((d, i) => {
		const colour = d.main ? brand : palette[(i % (palette.length - 1)) + 1]!;
		return {
			type: data.type,
			label: d.label,
			data: d.data,
			borderColor: colour,
			backgroundColor: colour,
			borderWidth: d.main ? 3 : 2,
			pointRadius: d.main ? 4 : 3,
			pointStyle: (['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const)[i % 6],
			borderDash: d.main ? [] : [6, 3],
			spanGaps: false,
		};
	});
	if (data.target) {
		datasets.push({
			type: 'line',
			label: data.target.label,
			data: data.target.data,
			borderColor: targetColour,
			backgroundColor: targetColour,
			borderWidth: 2,
			pointRadius: 0,
			pointStyle: 'circle',
			borderDash: [10, 5],
			spanGaps: true,
		});
	}
	return new Chart(canvas, {
		data: { labels: data.labels, datasets: datasets as never },
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: reduced ? false : { duration: 400 },
			interaction: { mode: 'index', intersect: false },
			scales: {
				y: { reverse: data.reverse, beginAtZero: !data.reverse && data.type === 'bar', ticks: { callback: (v) => `${format.format(Number(v))}${unit}` } },
			},
			plugins: {
				legend: { position: 'bottom', labels: { usePointStyle: true } },
				title: { display: data.sample, text: 'Exempeldata', align: 'end', color: '#5c3d00' },
				tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.raw === null ? 'Uppgift saknas' : `${format.format(Number(c.raw))}${unit}`}` } },
			},
		},
	});
}
