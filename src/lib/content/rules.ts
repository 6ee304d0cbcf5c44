import type { Dataset } from '../data/types.ts';
import type { Problem } from '../problems.ts';
import type { IndicatorData } from '../schema/entries.ts';
import { impliedDirection, type Target } from '../schema/target.ts';
import { closest } from './closest.ts';
import { fieldName, type Content, type Entry } from './load.ts';

/** Rules that span fields or files: what a schema for one file cannot see. */
export function checkRules(content: Content, dataFiles: readonly string[]): Problem[] {
	const problems: Problem[] = [];
	const { site } = content;
	const levels = content.siteLineOf(['levels']);
	if (content.goals.length && !site.levels.goal) {
		problems.push({ severity: 'error', file: 'site.yaml', line: levels, field: 'levels.goal', message: 'det finns filer i goals/ men levels saknar goal, nivåns namn.', hint: 'Lägg till goal: under levels: med singular: och plural:, t.ex. Mål och Mål.' });
	}
	if (content.strategies.length && !site.levels.strategy) {
		problems.push({ severity: 'error', file: 'site.yaml', line: levels, field: 'levels.strategy', message: 'det finns filer i strategies/ men levels saknar strategy, nivåns namn.', hint: 'Lägg till strategy: under levels: med singular: och plural:, t.ex. Strategi och Strategier.' });
	}
	const areaWord = site.levels.area.singular.toLowerCase();
	const goalWord = (site.levels.goal?.singular ?? 'Mål').toLowerCase();
	const areaIds = content.areas.map((a) => a.id);
	const goalIds = content.goals.map((g) => g.id);
	for (const entry of [...content.strategies, ...content.indicators]) {
		const { area, goal } = entry.data;
		const what = entry.file.startsWith('indicators/') ? 'indikatorn' : 'strategin';
		if (area !== undefined && goal !== undefined) {
			problems.push({
				severity: 'error',
				file: entry.file,
				line: entry.lineOf(['goal']),
				field: 'goal',
				message: `både area och goal är angivna; ${what} kan bara höra till ett av dem.`,
				hint: `Ta bort goal: om ${what} hör direkt till ${areaWord} "${area}", eller area: om den hör till ${goalWord} "${goal}".`,
			});
		} else if (area === undefined && goal === undefined) {
			const withGoals = site.levels.goal !== undefined || goalIds.length > 0;
			const example = [areaIds[0] && `area: ${areaIds[0]}`, withGoals && goalIds[0] && `goal: ${goalIds[0]}`].filter(Boolean).join(' eller ');
			problems.push({
				severity: 'error',
				file: entry.file,
				line: entry.lineOf([]),
				field: withGoals ? undefined : 'area',
				message: withGoals ? 'varken area eller goal är angivet.' : 'fältet saknas.',
				hint: [
					`Skriv vilket ${withGoals ? `${areaWord} eller ${goalWord}` : areaWord} ${what} hör till${example ? `, t.ex. ${example}` : ''}.`,
					`${site.levels.area.plural}: ${areaIds.join(', ') || 'inga än'}.`,
					withGoals ? `${site.levels.goal?.plural ?? 'Mål'}: ${goalIds.join(', ') || 'inga än'}.` : '',
				].filter(Boolean).join(' '),
			});
		}
	}
	const used = new Set<string>();
	// Indicators left out because of a mistake still use their data files.
	for (const f of content.failed) if (f.collection === 'indicators' && typeof f.data?.data === 'string') used.add(f.data.data);
	for (const entry of content.indicators) {
		const name = entry.data.data;
		const dataset = name ? content.datasets.get(name) : undefined;
		if (name) used.add(name);
		// A misspelt name is reported as a missing file; the file it meant is not unused.
		if (name && !dataFiles.includes(name)) {
			const meant = closest(name, dataFiles);
			if (meant) used.add(meant);
		}
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
		if (d.target || d.series.length) at([d.target ? 'target' : 'series'], d.target ? 'target' : 'series', 'indikatorn har mål men ingen datafil.', 'Ange data: <fil>.csv, eller ta bort målet och gör en bedömning under assessment.');
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
			at([...s.path], fieldName([...s.path, 'direction'])!, `${where} har data men saknar direction.`, 'Skriv direction: higher om högre värden är bättre, eller direction: lower om lägre är bättre.');
		} else if (s.target?.kind === 'compare') {
			const { relation } = s.target;
			const implied = relation === 'above' ? 'higher' : 'lower';
			if (implied !== direction) {
				const path = [...s.path, 'target', 'relation'];
				at(path, fieldName(path)!, `målet compare med relation: ${relation} förutsätter direction: ${implied}, men ${where} har direction: ${direction}.`, `Ändra relation till ${relation === 'above' ? 'below' : 'above'}, eller direction till ${implied}.`);
			}
		} else if (s.target) {
			const implied = impliedDirection[s.target.kind];
			if (implied !== direction) {
				const path = [...s.path, 'target', 'kind'];
				const fitting = (Object.keys(impliedDirection) as (keyof typeof impliedDirection)[]).filter((k) => impliedDirection[k] === direction);
				at(
					path,
					fieldName(path)!,
					`målet ${s.target.kind} förutsätter direction: ${implied}, men ${where} har direction: ${direction}.`,
					`Ändra direction till ${implied} om ${implied === 'higher' ? 'högre' : 'lägre'} värden är bättre, eller välj ett mål som passar direction: ${direction}: ${fitting.join(', ')} eller compare med relation: ${direction === 'higher' ? 'above' : 'below'}.`,
				);
			}
		}
		if (s.name && dataset && !seriesInData.includes(s.name)) {
			const guess = closest(s.name, seriesInData);
			const path = [...s.path, 'name'];
			at(path, fieldName(path)!, `serien "${s.name}" finns inte i ${dataset.file}.`, seriesInData.length ? `${guess ? `Menade du "${guess}"? ` : ''}Finns: ${seriesInData.join(', ')}.` : 'Filen har ingen kolumn Series (eller Serie); lägg till den, eller ta bort series och skriv direction och target direkt på indikatorn.');
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
			field: fieldName(path),
			message: `jämförelsen "${target.against}" finns inte i ${dataset.file}.`,
			hint: values.length ? `Värden i ${columns.join(', ')}: ${values.join(', ')}.` : 'Filen har inga jämförelserader; lägg till en kolumn, t.ex. Jämförelse, med värdet Riket på jämförelseraderna.',
		},
	];
}
