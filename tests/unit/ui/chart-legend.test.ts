/**
 * A chart's legend: a line per dataset and one for the target, each drawn in its own colour class,
 * dash and marker as in the chart (never colour alone), with its name in words; gender lines carry
 * their gender, so the reader's choice above the chart can show or hide them.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../../src/lib/model/chart-data.ts';
import { lineStyle, markers } from '../../../src/lib/model/chart-style.ts';
import { chartLegend } from '../../../src/lib/ui/chart-legend.ts';

type Dataset = ChartData['datasets'][number];
const line = (index: number, label: string, more: Partial<Dataset> = {}): Dataset => ({ label, data: [], main: index === 0, ...lineStyle(index, '#1f4e79'), ...more });
const chart = (datasets: Dataset[], target?: string): ChartData => ({
	type: 'line',
	labels: [],
	datasets,
	target: target === undefined ? undefined : { label: target, data: [], colour: '#b3261e' },
	decimals: 0,
	reverse: false,
	sample: false,
	text: { locale: 'sv-SE', sample: 'Exempeldata', missing: 'Uppgift saknas', value: '{number} %' },
});

const legend = (data: ChartData) => {
	const $ = load(chartLegend(data), null, false);
	return {
		$,
		items: $('ul.chart-legend > li')
			.map((_, li) => {
				const paths = $(li).find('svg path');
				return {
					label: $(li).text(),
					swatch: $(li).find('svg').attr('class'),
					width: paths.first().attr('stroke-width'),
					dashed: paths.first().attr('stroke-dasharray') === '5 3',
					marker: paths.eq(1).attr('d') ?? null,
					filled: paths.eq(1).attr('fill') ?? null,
					gender: $(li).attr('data-gender') ?? null,
				};
			})
			.get(),
	};
};

describe('chartLegend', () => {
	it('draws the organisation’s line solid and wider, the others dashed, and the target dashed without a marker', () => {
		const { items } = legend(chart([line(0, 'Kommunen'), line(1, 'Riket')], 'Målvärde: minst 5'));
		expect(items.map(({ label, swatch, width, dashed, gender }) => ({ label, swatch, width, dashed, gender }))).toEqual([
			{ label: 'Kommunen', swatch: 'chart-swatch-line-0', width: '3', dashed: false, gender: null },
			{ label: 'Riket', swatch: 'chart-swatch-line-1', width: '2', dashed: true, gender: null },
			{ label: 'Målvärde: minst 5', swatch: 'chart-swatch-target', width: '2', dashed: true, gender: null },
		]);
		expect(items[2]!.marker).toBeNull();
	});

	it('gives each of the six lines a marker of its own; the crossed one is not filled', () => {
		const { items } = legend(chart(markers.map((_, i) => line(i, `Linje ${i}`))));
		expect(new Set(items.map((i) => i.marker)).size).toBe(markers.length);
		expect(items.every((i) => i.marker)).toBe(true);
		expect(items.map((i) => i.filled)).toEqual(markers.map((m) => (m === 'crossRot' ? 'none' : 'currentColor')));
	});

	it('draws a bar chart\'s series as filled boxes, as its bars are, and its target still as a dashed line', () => {
		const { $ } = legend({ ...chart([line(0, 'Kommunen'), line(1, 'Riket')], 'Målvärde: minst 5'), type: 'bar' });
		const swatches = $('li svg').toArray();
		expect(swatches.map((svg) => [$(svg).find('rect').length, $(svg).find('path').length])).toEqual([
			[1, 0],
			[1, 0],
			[0, 1],
		]);
		expect($(swatches[2]).find('path').attr('stroke-dasharray')).toBe('5 3');
	});

	it('marks the gender lines with their gender', () => {
		const { items } = legend(chart([line(0, 'Kommunen'), line(1, 'Kvinnor', { gender: 'Kvinnor' }), line(2, 'Män', { gender: 'Män' })]));
		expect(items.map((i) => i.gender)).toEqual([null, 'Kvinnor', 'Män']);
	});

	it('hides the drawings from screen readers and escapes the names', () => {
		const html = chartLegend(chart([line(0, '<b>A & B</b>')], '"Mål" <5'));
		expect(html).not.toContain('<b>');
		const { $, items } = legend(chart([line(0, '<b>A & B</b>')], '"Mål" <5'));
		expect(items.map((i) => i.label)).toEqual(['<b>A & B</b>', '"Mål" <5']);
		expect($('svg').map((_, s) => $(s).attr('aria-hidden')).get()).toEqual(['true', 'true']);
	});
});
