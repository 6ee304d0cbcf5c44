/**
 * A series' data table as the pages show it: a caption that names the series (and says when the
 * values are sample data), a column per line with the organisation's own first, a row per period,
 * and every text escaped.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/lib/data/read-csv.ts';
import type { SeriesNode } from '../../../src/lib/model/build.ts';
import { buildTables } from '../../../src/lib/model/table.ts';
import { dataTable } from '../../../src/lib/ui/data-table.ts';

const seriesOf = (csv: string) => {
	const { dataset, problems } = readCsv(new TextEncoder().encode(csv), 'data/test.csv');
	expect(problems).toEqual([]);
	return { table: buildTables(dataset!)[0]! } as unknown as SeriesNode;
};
const series = seriesOf('Year,Jämförelse,Value\n2023,,12.5\n2023,Riket & länet,11\n2024,,13\n2024,Riket & länet,');
const options = { id: 'serie-1-table', caption: 'Årets resultat, mnkr', headlineLabel: 'Smedjebackens kommun', sample: false };

describe('dataTable', () => {
	const cases = [
		{ name: 'Swedish', locale: 'sv' as const, sample: false, caption: 'Årets resultat, mnkr', head: ['Period', 'Smedjebackens kommun', 'Riket & länet'], rows: [['2023', '12,5', '11'], ['2024', '13', 'Uppgift saknas']] },
		{ name: 'English, sample data', locale: 'en' as const, sample: true, caption: 'Årets resultat, mnkr Sample data', head: ['Period', 'Smedjebackens kommun', 'Riket & länet'], rows: [['2023', '12.5', '11'], ['2024', '13', 'Data missing']] },
		{ name: 'Swedish, sample data', locale: 'sv' as const, sample: true, caption: 'Årets resultat, mnkr Exempeldata', head: ['Period', 'Smedjebackens kommun', 'Riket & länet'], rows: [['2023', '12,5', '11'], ['2024', '13', 'Uppgift saknas']] },
	];
	it.each(cases)('$name: the caption, a head with the organisation first, a row per period', ({ locale, sample, caption, head, rows }) => {
		const $ = load(dataTable(series, { ...options, sample, locale }), null, false);
		const section = $('section.table-scroll');
		expect(section).toHaveLength(1);
		// A named region that keyboard users can scroll; search leaves it out.
		expect(section.attr('aria-labelledby')).toBe('serie-1-table-caption');
		expect(section.attr('tabindex')).toBe('0');
		expect(section.is('[data-pagefind-ignore]')).toBe(true);
		expect($('#serie-1-table-caption').is('caption')).toBe(true);
		expect($('caption').text()).toBe(caption);
		expect($('caption .sample-tag')).toHaveLength(sample ? 1 : 0);
		expect($('thead th').map((_, th) => $(th).text()).get()).toEqual(head);
		expect($('thead th').map((_, th) => $(th).attr('scope')).get()).toEqual(head.map(() => 'col'));
		expect($('tbody tr').map((_, tr) => [$(tr).children().map((__, c) => $(c).text()).get()]).get()).toEqual(rows);
	});

	it('escapes the caption, the column names and the id', () => {
		const html = dataTable(seriesOf('Year,Jämförelse,Value\n2024,,1\n2024,<b>Riket</b>,2'), { id: 'a"b&c', caption: '<i>x</i> & y', headlineLabel: 'A & <B>', sample: false });
		expect(html).not.toMatch(/<b>|<i>|<B>/);
		const $ = load(html, null, false);
		expect($('caption').attr('id')).toBe('a"b&c-caption');
		expect($('section').attr('aria-labelledby')).toBe('a"b&c-caption');
		expect($('caption').text()).toBe('<i>x</i> & y');
		expect($('thead th').map((_, th) => $(th).text()).get()).toEqual(['Period', 'A & <B>', '<b>Riket</b>']);
	});
});
