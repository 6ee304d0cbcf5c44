/**
 * <malbild-chart>: draws its chart when it scrolls into view. Chart.js is imported then and only
 * then, so a reader who never scrolls to a chart never downloads it.
 */
class MalbildChart extends HTMLElement {
	#observer?: IntersectionObserver;

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
	}

	disconnectedCallback() {
		this.#observer?.disconnect();
	}

	async #draw() {
		const json = this.querySelector('script[type="application/json"]')?.textContent;
		const canvas = this.querySelector('canvas');
		if (!json || !canvas) return;
		const { renderChart } = await import('./chart-render.ts');
		renderChart(canvas, JSON.parse(json));
		this.dataset.drawn = 'true';
	}
}

if (!customElements.get('malbild-chart')) customElements.define('malbild-chart', MalbildChart);
