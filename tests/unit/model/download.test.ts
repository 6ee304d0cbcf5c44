/**
 * An indicator's CSV download: the header in the downloads' column order, the disaggregation
 * columns after the unit, an empty cell for a missing value, and only the cells that need it quoted.
 */
import { describe, expect, it } from 'vitest';
import type { IndicatorNode } from '../../../src/lib/model/build.ts';
import { toCsv, type DownloadRow } from '../../../src/lib/model/download.ts';

const indicator = (dimensions: string[]) => ({ dataset: { dimensions } }) as unknown as IndicatorNode;
const row = (more: Partial<DownloadRow> = {}): DownloadRow => ({
	indicator: 'arets-resultat',
	period: '2024',
	series: '',
	unit: 'mnkr',
	dimensions: {},
	value: 9.6,
	source: 'Kolada',
	attribution: 'Källa: Kolada',
	sample: '',
	...more,
});

describe('toCsv', () => {
	it('writes the header and one line per row, ending in a newline', () => {
		expect(toCsv(indicator([]), [row(), row({ period: '2023', value: null })])).toBe(
			'indicator,period,series,unit,value,source,attribution,sample\n' + 'arets-resultat,2024,,mnkr,9.6,Kolada,Källa: Kolada,\n' + 'arets-resultat,2023,,mnkr,,Kolada,Källa: Kolada,\n',
		);
	});

	it('puts the disaggregation columns after the unit, blank where a row has none', () => {
		const csv = toCsv(indicator(['Kön']), [row({ dimensions: { Kön: 'Kvinnor' } }), row()]);
		expect(csv.split('\n').slice(0, 3)).toEqual([
			'indicator,period,series,unit,Kön,value,source,attribution,sample',
			'arets-resultat,2024,,mnkr,Kvinnor,9.6,Kolada,Källa: Kolada,',
			'arets-resultat,2024,,mnkr,,9.6,Kolada,Källa: Kolada,',
		]);
	});

	it.each([
		{ source: 'SCB, Befolkningsstatistik', cell: '"SCB, Befolkningsstatistik"' },
		{ source: 'Enkäten "Nöjd medborgare"', cell: '"Enkäten ""Nöjd medborgare"""' },
		{ source: 'Rad ett\nrad två', cell: '"Rad ett\nrad två"' },
		{ source: 'Kolada; SCB', cell: 'Kolada; SCB' },
	])('quotes a cell only when it must: $cell', ({ source, cell }) => {
		expect(toCsv(indicator([]), [row({ source })])).toContain(`,9.6,${cell},Källa: Kolada,\n`);
	});
});
