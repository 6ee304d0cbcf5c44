/**
 * <malbild-chart>: draws its chart when it scrolls into view. Chart.js is imported then and only
 * then, so a reader who never scrolls to a chart never downloads it.
 *
 * With women's and men's lines, radio buttons above the chart (Totalt, Kvinnor, Män, Alla) choose
 * which lines show; the HTML legend follows the chart. Its items are in dataset order.
 */
import type { Chart } from 'chart.js';
import type { ChartData } from '../lib/model/chart-data.ts';

class MalbildChart extends HTMLElement {
	#observer?: IntersectionObserver;
	#chart?: Chart;
	#scheme?: MediaQueryList;
	/**
	 * The colours come from the stylesheet: a reader who switches scheme gets the chart drawn anew
	 * (Chart.js keeps the points' old colours through an update; one small chart is cheap to redraw).
	 */
	#recolour = () => {
		if (!this.#chart) return;
		this.#chart.destroy();
		this.#chart = undefined;
		void this.#draw();
	};

	connectedCallback() {
		this.#observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				this.#observer?.disconnect();
				void this.#draw();
			},
			{ rootMargin: '200px' },
		);
		this.#observer.observe(this);
		this.addEventListener('change', this.#show);
		this.#show();
	}

	disconnectedCallback() {
		this.#observer?.disconnect();
		this.#scheme?.removeEventListener('change', this.#recolour);
		this.removeEventListener('change', this.#show);
	}

	/** Shows the lines of the chosen gender ("" the totals, "*" all) in the legend and the chart. */
	#show = () => {
		const chosen = this.querySelector<HTMLInputElement>('input:checked')?.value;
		if (chosen === undefined) return;
		this.querySelectorAll<HTMLElement>('.chart-legend li').forEach((li, i) => {
			const gender = li.dataset.gender;
			li.hidden = !!gender && chosen !== '*' && gender !== chosen;
			this.#chart?.setDatasetVisibility(i, !li.hidden);
		});
		this.#chart?.update();
	};

	async #draw() {
		const json = this.querySelector('script[type="application/json"]')?.textContent;
		const canvas = this.querySelector('canvas');
		if (!json || !canvas) return;
		const { renderChart } = await import('./chart-render.ts');
		const hidden = [...this.querySelectorAll<HTMLElement>('.chart-legend li')].map((li) => li.hidden === true);
		this.#chart = renderChart(canvas, JSON.parse(json) as ChartData, hidden);
		if (!this.#scheme) {
			this.#scheme = matchMedia('(prefers-color-scheme: dark)');
			this.#scheme.addEventListener('change', this.#recolour);
		}
		this.dataset.drawn = 'true';
	}
}

if (!customElements.get('malbild-chart')) customElements.define('malbild-chart', MalbildChart);
