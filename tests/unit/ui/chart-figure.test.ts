/**
 * A chart's figure: the caption (with the sample tag), the reader's gender choice when there are
 * gender lines, the canvas named by the caption and the summary, the legend, the data for the
 * script, and the summary in words below.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import type { ChartData } from '../../../src/lib/model/chart-data.ts';
import { lineStyle } from '../../../src/lib/model/chart-style.ts';
import { chartFigure } from '../../../src/lib/ui/chart-figure.ts';

type Dataset = ChartData['datasets'][number];
const line = (index: number, label: string, more: Partial<Dataset> = {}): Dataset => ({ label, data: [1, null, 3], main: index === 0, ...lineStyle(index, '#1f4e79'), ...more });
const chart = (datasets: Dataset[]): ChartData => ({
	type: 'line',
	labels: ['2022', '2023', '2024'],
	datasets,
	decimals: 0,
	reverse: false,
	sample: false,
	text: { locale: 'sv-SE', sample: 'Exempeldata', missing: 'Uppgift saknas', value: '{number} %' },
});

const figure = (data: ChartData, { id = 'serie-1', caption = 'Andel, %', summary = 'Kommunen: 3 år 2024.', sample = false, locale = 'sv' as Locale } = {}) =>
	load(chartFigure({ data, id, caption, summary, sample, locale }), null, false);

describe('chartFigure', () => {
	it.each([
		{ locale: 'sv' as const, sample: true, caption: 'Andel, % Exempeldata' },
		{ locale: 'en' as const, sample: true, caption: 'Andel, % Sample data' },
		{ locale: 'sv' as const, sample: false, caption: 'Andel, %' },
	])('captions the chart in $locale, with the sample tag: $sample', ({ locale, sample, caption }) => {
		const $ = figure(chart([line(0, 'Kommunen')]), { locale, sample });
		expect($('figure.chart').attr('aria-labelledby')).toBe('serie-1-figcaption');
		expect($('#serie-1-figcaption').text()).toBe(caption);
		expect($('figure.chart').is('[data-pagefind-ignore]')).toBe(true);
	});

	it('names the canvas with the caption and the summary, and repeats the summary below', () => {
		const $ = figure(chart([line(0, 'Kommunen')]));
		expect($('malbild-chart canvas').attr('role')).toBe('img');
		expect($('malbild-chart canvas').attr('aria-label')).toBe('Andel, %. Kommunen: 3 år 2024.');
		expect($('figure > p.chart-summary').text()).toBe('Kommunen: 3 år 2024.');
		expect($('malbild-chart ul.chart-legend li').text()).toBe('Kommunen');
	});

	it('gives the script the data as JSON inside the element', () => {
		const data = chart([line(0, 'Kommunen')]);
		const $ = figure(data);
		expect(JSON.parse($('malbild-chart > script[type="application/json"]').text())).toEqual(data);
	});

	it.each([
		{ datasets: [line(0, 'Kommunen')], choices: [] },
		{
			datasets: [line(0, 'Totalt'), line(1, 'Kvinnor', { gender: 'Kvinnor' }), line(2, 'Män', { gender: 'Män' })],
			choices: [
				{ value: '', label: 'Totalt', checked: true },
				{ value: 'Kvinnor', label: 'Kvinnor', checked: false },
				{ value: 'Män', label: 'Män', checked: false },
				{ value: '*', label: 'Alla', checked: false },
			],
		},
	])('offers a choice of lines only with gender lines ($datasets.length lines)', ({ datasets, choices }) => {
		const $ = figure(chart(datasets), { id: 'serie-2' });
		const radios = $('fieldset.chart-choice label')
			.map((_, l) => ({ value: $(l).find('input').attr('value'), label: $(l).text(), checked: $(l).find('input').is('[checked]') }))
			.get();
		expect(radios).toEqual(choices);
		expect(new Set($('fieldset.chart-choice input').map((_, i) => $(i).attr('name')).get())).toEqual(new Set(choices.length ? ['serie-2-kon'] : []));
		if (choices.length) expect($('fieldset.chart-choice legend').text()).toBe('Visa');
	});

	it('escapes the texts, the id and any "<" in the data', () => {
		const data = chart([line(0, '</script><b>x</b>')]);
		const html = chartFigure({ data, id: 'a"b', caption: '<i>Mål</i> & "citat"', summary: '<b>3</b>', sample: false });
		expect(html).not.toContain('<i>');
		expect(html).not.toContain('<b>');
		expect(html.match(/<\/script>/g)).toHaveLength(1);
		const $ = load(html, null, false);
		expect($('figcaption').attr('id')).toBe('a"b-figcaption');
		expect($('figcaption').text()).toBe('<i>Mål</i> & "citat"');
		expect($('canvas').attr('aria-label')).toBe('<i>Mål</i> & "citat". <b>3</b>');
		expect(JSON.parse($('script').text()).datasets[0].label).toBe('</script><b>x</b>');
	});
});
