import { z } from 'astro/zod';
import { formatText } from '../messages/index.ts';
import { help } from './help.ts';

/** A year in front matter: a four-digit number. */
const year = z.number().int().min(1900).max(2200);

const common = {
	/** The CSV `Series` value this target is about; leave out when the data has one series. */
	series: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(
			help(['Serie', 'Värdet i CSV-filens kolumn Serie som målet gäller. Lämna tomt när filen bara har en serie.'], ['Series', 'The value in the CSV file’s Series column this target is about. Leave empty when the file has one series.']),
		),
	/** A short note shown with the target, e.g. where it was decided. */
	note: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Kommentar', 'En kort text som visas med målet, t.ex. var det är beslutat.'], ['Note', 'A short text shown with the target, e.g. where it was decided.'])),
};

/**
 * Yearly targets may also be written as a list, `[{ year: 2023, value: 60 }]`: the form the CMS
 * writes, because Sveltia CMS turns a map with year keys (`"2023": 60`) into a list of 2023 empty
 * items. The list is read as the map it stands for; anything else is checked as written.
 */
function yearlyList(input: unknown): unknown {
	if (!Array.isArray(input) || !input.every((item) => item && typeof item === 'object' && !Array.isArray(item) && 'year' in item)) return input;
	return Object.fromEntries(input.map((item: { year: unknown; value?: unknown }) => [String(item.year), item.value]));
}

const levelFields = {
	...common,
	/** The value to reach. */
	value: z
		.number()
		.meta(help(['Målvärde', 'Värdet som ska nås, bara siffror. För Topp N: placeringen, där 1 är bäst.'], ['Target value', 'The value to reach, digits only. For a top N target: the rank, 1 being best.'])),
	/** The year by which the value should be reached. */
	year: year.optional().meta(help(['Målår', 'Året då värdet ska vara nått, t.ex. 2030.'], ['Target year', 'The year by which the value should be reached, e.g. 2030.'])),
	/** Yearly targets (årsmål): year → value; the latest year with data is assessed against its own target. */
	yearly: z
		.preprocess(yearlyList, z.record(z.string().regex(/^\d{4}$/, formatText('year')), z.number()))
		.optional()
		.meta(
			help(['Årsmål', 'Ett mål per år: år och värde. Det senaste året med data jämförs med sitt eget årsmål.'], ['Yearly targets', 'One target per year: year and value. The latest year with data is compared with its own target.']),
		),
};

/** The `kind` of each target: chosen as the type of target in the CMS. */
const kindHelp = help(['Typ av mål', 'Vilket slags mål det är; bestämmer vilka fält som finns.'], ['Kind of target', 'Which kind of target it is; decides the other fields.']);

/** First year assessed for a change every year; default: the last four changes. */
const fromChanges = year.optional().meta(help(['Från år', 'Första året som bedöms. Lämna tomt för de fyra senaste förändringarna.'], ['From year', 'The first year assessed. Leave empty for the last four changes.']));

/** Every kind of target the seeds need, told apart by `kind`. */
export const targetSchema = z.discriminatedUnion('kind', [
	/** At least a value: "minst 50 000 m²". */
	z.strictObject({ kind: z.literal('at-least').meta(kindHelp), ...levelFields }).meta(help(['Minst ett värde', 'T.ex. minst 50 000 m². Högre är bättre.'], ['At least a value', 'E.g. at least 50,000 m². Higher is better.'])),
	/** At most a value: "högst 5 %". */
	z.strictObject({ kind: z.literal('at-most').meta(kindHelp), ...levelFields }).meta(help(['Högst ett värde', 'T.ex. högst 5 %. Lägre är bättre.'], ['At most a value', 'E.g. at most 5 %. Lower is better.'])),
	/** A rank at most N, where 1 is best: "Topp 100". */
	z.strictObject({ kind: z.literal('rank-at-most').meta(kindHelp), ...levelFields }).meta(help(['Placering, topp N', 'T.ex. topp 100 i en ranking där 1 är bäst. Värdet är placeringen.'], ['Rank, top N', 'E.g. top 100 in a ranking where 1 is best. The value is the rank.'])),
	/** Above or below a comparison series in the same CSV: "högre än genomsnittet". */
	z
		.strictObject({
			kind: z.literal('compare').meta(kindHelp),
			...common,
			/** Whether the own value should be above or below the comparison. */
			relation: z.enum(['above', 'below']).meta(
				help(['Över eller under', 'Ska det egna värdet ligga över eller under jämförelsen?'], ['Above or below', 'Should your own value be above or below the comparison?'], {
					options: { above: ['Över jämförelsen', 'Above the comparison'], below: ['Under jämförelsen', 'Below the comparison'] },
				}),
			),
			/** The disaggregation value that marks the comparison rows, e.g. "Riket". */
			against: z
				.string()
				.trim()
				.min(1)
				.meta(help(['Jämför med', 'Värdet i CSV-filen som märker jämförelsens rader, t.ex. Riket.'], ['Compare with', 'The value in the CSV file that marks the comparison rows, e.g. Riket.'])),
			/** The CSV column holding `against`; needed only when several columns could hold it. */
			column: z
				.string()
				.trim()
				.min(1)
				.optional()
				.meta(help(['Kolumn', 'CSV-kolumnen där jämförelsen står, t.ex. Jämförelse. Behövs bara om flera kolumner kan ha värdet.'], ['Column', 'The CSV column holding the comparison, e.g. Jämförelse. Needed only when several columns could hold it.'])),
			/** First year assessed; default: the last four years with data. */
			from: year.optional().meta(help(['Från år', 'Första året som bedöms. Lämna tomt för de fyra senaste åren med data.'], ['From year', 'The first year assessed. Leave empty for the last four years with data.'])),
		})
		.meta(help(['Jämfört med andra', 'Över eller under en jämförelse i samma CSV-fil, t.ex. högre än Riket.'], ['Compared with others', 'Above or below a comparison in the same CSV file, e.g. higher than Riket.'])),
	/** Among the best share of a group, the value being the rank (1 is best): "bland de 25 % bästa". */
	z
		.strictObject({
			kind: z.literal('top-share').meta(kindHelp),
			...common,
			/** The share, in per cent, that counts as the best. */
			share: z
				.number()
				.gt(0)
				.lte(100)
				.meta(help(['Andel bästa, i procent', 'Hur stor andel som räknas till de bästa, t.ex. 25 för de 25 % bästa.'], ['Best share, per cent', 'The share that counts as the best, e.g. 25 for the best 25 %.'])),
			/** How many are ranked, e.g. 290 municipalities. */
			groupSize: z
				.number()
				.int()
				.positive()
				.meta(help(['Antal i jämförelsen', 'Hur många som rankas, t.ex. 290 kommuner.'], ['Group size', 'How many are ranked, e.g. 290 municipalities.'])),
		})
		.meta(help(['Bland de bästa', 'Bland en andel av de bästa, t.ex. bland de 25 % bästa av 290 kommuner. Värdet är placeringen.'], ['Among the best', 'Among a share of the best, e.g. the best 25 % of 290 municipalities. The value is the rank.'])),
	/** An increase every year: "årlig ökning". */
	z
		.strictObject({ kind: z.literal('increase').meta(kindHelp), ...common, /** First year assessed; default: the last four changes. */ from: fromChanges })
		.meta(help(['Ökning varje år', 'Värdet ska öka från år till år.'], ['Increase every year', 'The value should increase from year to year.'])),
	/** A decrease every year. */
	z
		.strictObject({ kind: z.literal('decrease').meta(kindHelp), ...common, /** First year assessed; default: the last four changes. */ from: fromChanges })
		.meta(help(['Minskning varje år', 'Värdet ska minska från år till år.'], ['Decrease every year', 'The value should decrease from year to year.'])),
	/** Above zero every year: "överskott varje år". */
	z
		.strictObject({
			kind: z.literal('positive').meta(kindHelp),
			...common,
			/** First year assessed; default: the last four years. */
			from: year.optional().meta(help(['Från år', 'Första året som bedöms. Lämna tomt för de fyra senaste åren.'], ['From year', 'The first year assessed. Leave empty for the last four years.'])),
		})
		.meta(help(['Över noll varje år', 'Värdet ska vara större än noll varje år, t.ex. överskott varje år.'], ['Above zero every year', 'The value should be above zero every year, e.g. a surplus every year.'])),
]);
export type Target = z.infer<typeof targetSchema>;
export type TargetKind = Target['kind'];

/** The direction each kind of target implies; a target that contradicts its series' direction is an error. */
export const impliedDirection = {
	'at-least': 'higher',
	'at-most': 'lower',
	'rank-at-most': 'lower',
	'top-share': 'lower',
	increase: 'higher',
	decrease: 'lower',
	positive: 'higher',
} as const satisfies Record<Exclude<TargetKind, 'compare'>, 'higher' | 'lower'>;
