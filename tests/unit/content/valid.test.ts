import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/content/validate.ts';
import type { Model } from '../../../src/lib/model/build.ts';
import { VALID } from './helpers.ts';

function model(): Model {
	const { model, problems } = validateContent(VALID);
	expect(problems).toEqual([]);
	expect(model).toBeDefined();
	return model!;
}

describe('the valid fixture', () => {
	it('has no problems and gives a model', () => {
		const { site, pages } = model();
		expect(site.organisation).toBe('Provstads kommun');
		expect(Object.keys(site.levels)).toEqual(['area', 'goal', 'strategy', 'indicator']);
		expect(pages.map((p) => [p.id, p.file, p.data.nav])).toEqual([['om', 'pages/om.mdx', true]]);
	});

	it('sorts areas by order, not by file name', () => {
		expect(model().areas.map((a) => [a.id, a.data.order])).toEqual([
			['natur', 1],
			['ekonomi', 2],
		]);
	});

	it('attaches each indicator to its goal or area, and every one to its area', () => {
		const { areas, goals, indicators } = model();
		const natur = areas.find((a) => a.id === 'natur')!;
		const ekonomi = areas.find((a) => a.id === 'ekonomi')!;
		// Indicators under an area are sorted by order.
		expect(natur.indicators.map((i) => i.id)).toEqual(['besokare', 'dialog']);
		expect(ekonomi.indicators).toEqual([]);
		expect(ekonomi.allIndicators.map((i) => i.id)).toEqual(['resultat']);
		expect(ekonomi.goals.map((g) => g.id)).toEqual(['stark-ekonomi']);
		expect(goals[0]!.indicators.map((i) => i.id)).toEqual(['resultat']);

		const resultat = indicators.find((i) => i.id === 'resultat')!;
		expect(resultat.goal?.id).toBe('stark-ekonomi');
		expect(resultat.area.id).toBe('ekonomi');
		const besokare = indicators.find((i) => i.id === 'besokare')!;
		expect(besokare.goal).toBeUndefined();
		expect(besokare.area.id).toBe('natur');
	});

	it('links strategies and indicators both ways, and places each strategy under its area or goal', () => {
		const { areas, goals, strategies, indicators } = model();
		// By title in Swedish order: "Vi hushållar…" before "Vi håller…".
		expect(strategies.map((s) => [s.id, s.area.id, s.goal?.id, s.indicators.map((i) => i.id)])).toEqual([
			['hushalla', 'natur', undefined, ['besokare']],
			['budget-i-balans', 'ekonomi', 'stark-ekonomi', ['resultat']],
		]);
		expect(areas.find((a) => a.id === 'natur')!.strategies.map((s) => s.id)).toEqual(['hushalla']);
		expect(goals[0]!.strategies.map((s) => s.id)).toEqual(['budget-i-balans']);
		expect(indicators.find((i) => i.id === 'besokare')!.strategies.map((s) => s.id)).toEqual(['hushalla']);
	});

	it('computes each series, indicator, goal and area status', () => {
		const { areas, goals, indicators, summary } = model();
		const byId = Object.fromEntries(indicators.map((i) => [i.id, i]));

		// Two series with their own unit, direction and target: 1500 ≥ 1400 met; 40 of 30, half way from 50.
		const besokare = byId.besokare!;
		expect(besokare.series.map((s) => [s.table.series, s.unit, s.direction, s.target?.kind, s.assessment?.status])).toEqual([
			['Gästnätter', 'antal', 'higher', 'at-least', 'achieved'],
			['Utsläpp', 'ton', 'lower', 'at-most', 'partly-achieved'],
		]);
		expect([besokare.computed, besokare.status, besokare.qualitative]).toEqual(['partly-achieved', 'partly-achieved', false]);

		// Above Riket in each of the last four years.
		const resultat = byId.resultat!;
		expect(resultat.series).toHaveLength(1);
		expect(resultat.series[0]!.comparison?.dimensions).toEqual({ Jämförelse: 'Riket' });
		expect(resultat.series[0]!.assessment?.status).toBe('achieved');
		expect(resultat.status).toBe('achieved');

		// A qualitative indicator takes the editor's assessment.
		const dialog = byId.dialog!;
		expect([dialog.qualitative, dialog.computed, dialog.status, dialog.manual?.status]).toEqual([true, 'unassessed', 'not-achieved', 'not-achieved']);

		expect(goals.map((g) => [g.id, g.status])).toEqual([['stark-ekonomi', 'achieved']]);
		expect(areas.map((a) => [a.id, a.status, a.summary.total])).toEqual([
			['natur', 'partly-achieved', 2],
			['ekonomi', 'achieved', 1],
		]);
		expect(summary.counts).toEqual({ achieved: 1, 'partly-achieved': 1, 'not-achieved': 1, unassessed: 0 });
	});
});
