/**
 * Every computed status says why beside it: an indicator page with a target and data, whose
 * status is not set by hand, explains it in words (src/lib/format/status-reason.ts). Two
 * examples are read word for word: a status that looks wrong beside the latest value, and a
 * top-share target, whose cut-off rank is also its chart's target line.
 */
import { describe, expect, it } from 'vitest';
import { builds, clean, entries, page, rootBuilds } from './support.ts';

for (const build of rootBuilds) {
	const reasons = (id: string) => {
		const $ = page(build.dist, `indikatorer/${id}/index.html`);
		return $('main .status-reason')
			.toArray()
			.map((p) => clean($(p).text()));
	};

	describe(`${build.name}: the reason for each status`, () => {
		for (const i of entries(build.content, 'indicators')) {
			const series = (i.data.series as { target?: unknown }[] | undefined) ?? [];
			const targets = (i.data.target ? 1 : 0) + series.filter((s) => s.target).length;
			const computed = Boolean(i.data.data) && !i.data.assessment;
			it(`${i.id}: ${computed && targets ? `${targets} reason${targets > 1 ? 's' : ''}` : 'none'}`, () => {
				expect(reasons(i.id)).toHaveLength(computed ? targets : series.length > 1 ? targets : 0);
			});
		}
	});
}

describe('reasons read as a reader needs them', () => {
	it('Malung-Sälen: "Delvis uppnått" at 73 against Riket\'s 70 names the year below it', () => {
		const $ = page(builds.malung.dist, 'indikatorer/foretagsklimat-och-nki/index.html');
		const texts = $('main .status-reason').toArray().map((p) => clean($(p).text()));
		expect(texts).toContain('Målet nåddes 3 av 4 bedömda år (2021–2024), inte 2023. Minst hälften av åren räknas som delvis uppnått.');
	});

	it('Smedjebacken: "bland de 25 % bästa av 290" is place 72 or better', () => {
		const $ = page(builds.smedjebacken.dist, 'indikatorer/skr-jamforelser/index.html');
		expect(clean($('main .status-reason').text())).toMatch(/^Senaste värdet, plats \d+ år \d{4}, (når målet: plats 72 eller bättre\.|når inte målet \(plats 72 eller bättre\))/);
	});

	it('Smedjebacken: the top-share target names its cut-off and the chart draws its line there', () => {
		const $ = page(builds.smedjebacken.dist, 'indikatorer/skr-jamforelser/index.html');
		const goal = $('main dl.facts div').filter((_, d) => $(d).find('dt').text() === 'Mål').first();
		expect(clean(goal.find('dd').text())).toBe('Bland de 25\u00a0% bästa av 290 (plats 72 eller bättre)');
		const chart = JSON.parse($('main malbild-chart script[type="application/json"]').first().text());
		expect(chart.target.label).toBe('Målvärde: Bland de 25\u00a0% bästa av 290 (plats 72 eller bättre)');
		expect(new Set(chart.target.data)).toEqual(new Set([72]));
	});
});
