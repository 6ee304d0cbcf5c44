import type { Dataset } from '../data/types.ts';
import type { Problem } from '../problems.ts';
import type { IndicatorData } from '../schema/entries.ts';
import { impliedDirection, type Target } from '../schema/target.ts';
import { closest } from './closest.ts';
import type { Content, Entry } from './load.ts';

/** Rules that span fields or files: what a schema for one file cannot see. */
export function checkRules(content: Content, dataFiles: readonly string[]): Problem[] {
	const problems: Problem[] = [];
	const { site } = content;
	if (content.goals.length && !site.levels.goal) {
		problems.push({ severity: 'error', file: 'site.yaml', field: 'levels.goal', message: 'det finns filer i goals/ men nivån har inget namn.', hint: 'Lägg till levels.goal med singular och plural, t.ex. Mål/Mål.' });
	}
	if (content.strategies.length && !site.levels.strategy) {
		problems.push({ severity: 'error', file: 'site.yaml', field: 'levels.strategy', message: 'det finns filer i strategies/ men nivån har inget namn.', hint: 'Lägg till levels.strategy med singular och plural, t.ex. Strategi/Strategier.' });
	}
	for (const entry of [...content.strategies, ...content.indicators]) {
		const { area, goal } = entry.data;
		if ((area === undefined) === (goal === undefined)) {
			problems.push({
				severity: 'error',
				file: entry.file,
				line: entry.lineOf(area && goal ? ['goal'] : []),
				field: 'area',
				message: area ? 'både area och goal är angivna.' : 'varken area eller goal är angivet.',
				hint: 'Ange precis ett av dem: area för det område, eller goal för det mål, som posten hör till.',
			});
		}
	}
	const used = new Set<string>();
	for (const entry of content.indicators) {
		const dataset = entry.data.data ? content.datasets.get(entry.data.data) : undefined;
		if (entry.data.data) used.add(entry.data.data);
		problems.push(...checkIndicator(entry, dataset));
	}
	for (const file of dataFiles) {
		if (!used.has(file)) {
			problems.push({ severity: 'warning', file: `data/${file}`, message: 'ingen indikator använder filen.', hint: 'Ange filen i en indikators fält data, eller ta bort den.' });
		}
	}
	return problems;
}

function checkIndicator(entry: Entry<IndicatorData>, dataset: Dataset | undefined): Problem[] {
	const problems: Problem[] = [];
	const d = entry.data;
	const at = (path: PropertyKey[], field: string, message: string, hint?: string, severity: Problem['severity'] = 'error') =>
		problems.push({ severity, file: entry.file, line: entry.lineOf(path), field, message, hint });

	if (!d.data) {
		if (d.target || d.series.length) at(['target'], 'target', 'indikatorn har mål men ingen datafil.', 'Ange data: <fil>.csv, eller ta bort målet och gör en bedömning under assessment.');
		if (!d.assessment) at([], 'assessment', 'indikatorn har varken data eller bedömning och visas som "Bedömning saknas".', 'Ange data: <fil>.csv, eller assessment med status och motivering.', 'warning');
		return problems;
	}
	const seriesInData = dataset ? [...new Set(dataset.observations.map((o) => o.series).filter((s): s is string => !!s))] : [];
	if (d.target && d.series.length) at(['target'], 'target', 'målet står både direkt på indikatorn och under series.', 'Lägg målet under den serie det gäller.');

	const declared = d.series.map((s, i) => ({ ...s, path: ['series', i] as PropertyKey[] }));
	const checked = declared.length ? declared : [{ name: undefined, direction: d.direction, target: d.target, path: [] as PropertyKey[] }];
	for (const s of checked) {
		const direction = s.direction ?? d.direction;
		const where = s.name ? `serien "${s.name}"` : 'indikatorn';
		if (!direction) {
			at([...s.path], s.path.length ? `series[${Number(s.path[1]) + 1}].direction` : 'direction', `${where} saknar riktning.`, 'Skriv direction: higher om högre värden är bättre, eller direction: lower om lägre är bättre.');
		} else if (s.target) {
			const implied = s.target.kind === 'compare' ? (s.target.relation === 'above' ? 'higher' : 'lower') : impliedDirection[s.target.kind];
			if (implied !== direction) {
				at([...s.path, 'target', 'kind'], 'target.kind', `målet "${s.target.kind}" passar inte riktningen "${direction}" för ${where}.`, `Ett mål av den sorten förutsätter direction: ${implied}.`);
			}
		}
		if (s.name && dataset && !seriesInData.includes(s.name)) {
			const guess = closest(s.name, seriesInData);
			at([...s.path, 'name'], 'series.name', `serien "${s.name}" finns inte i ${dataset.file}.`, seriesInData.length ? `${guess ? `Menade du "${guess}"? ` : ''}Finns: ${seriesInData.join(', ')}.` : 'Filen har ingen kolumn Series/Serie.');
		}
		if (s.target?.kind === 'compare' && dataset) problems.push(...checkComparison(entry, s.target, dataset, [...s.path, 'target', 'against']));
	}
	return problems;
}

function checkComparison(entry: Entry<IndicatorData>, target: Extract<Target, { kind: 'compare' }>, dataset: Dataset, path: PropertyKey[]): Problem[] {
	const columns = target.column ? [target.column] : dataset.dimensions;
	const found = dataset.observations.some((o) => columns.some((c) => o.dimensions[c] === target.against));
	if (found) return [];
	const values = [...new Set(dataset.observations.flatMap((o) => columns.map((c) => o.dimensions[c]).filter((v): v is string => !!v)))];
	return [
		{
			severity: 'error',
			file: entry.file,
			line: entry.lineOf(path),
			field: 'target.against',
			message: `jämförelsen "${target.against}" finns inte i ${dataset.file}.`,
			hint: values.length ? `Värden i ${columns.join(', ')}: ${values.join(', ')}.` : 'Filen har inga jämförelserader; lägg till en kolumn, t.ex. Jämförelse, med värdet Riket på jämförelseraderna.',
		},
	];
}
