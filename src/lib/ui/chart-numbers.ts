import type { ChartData } from '../model/chart-data.ts';

/**
 * How the chart script writes numbers, in the page's language: the axis names the unit only where
 * it is a sign ("40 %", but "268 400", not "268 400 gästnätter" on every tick); the tooltip always
 * does ("Malung-Sälens kommun: 268 400 gästnätter"), and says so where a value is missing.
 */
export function chartNumbers(data: Pick<ChartData, 'unit' | 'decimals' | 'text'>) {
	const number = new Intl.NumberFormat(data.text.locale, { maximumFractionDigits: data.decimals });
	const withUnit = (value: number) => data.text.value.replace('{number}', number.format(value));
	return {
		tick: (value: number | string) => (data.unit === '%' ? withUnit(Number(value)) : number.format(Number(value))),
		tooltip: (label: string, value: unknown) => `${label}: ${typeof value === 'number' ? withUnit(value) : data.text.missing}`,
	};
}
