import { z } from 'astro/zod';
import { help } from './help.ts';
import { areaSchema, goalSchema, indicatorSchema, pageSchema, seriesSchema, strategySchema, type EntryCollection } from './entries.ts';
import { assessmentSchema } from './status.ts';

/**
 * What a translation file (`areas/dialog.en.md` beside `areas/dialog.md`) may hold: the texts
 * readers see, every one optional (a missing one shows in the default language), and the body.
 * Derived from the entry schemas, so a field keeps its rules and its help in both places; the
 * facts (order, references, data, targets, the status) stay in the original and are not repeated.
 */
export const translatableFields = {
	areas: ['title', 'summary', 'assessment'],
	goals: ['title', 'summary', 'assessment'],
	strategies: ['title'],
	indicators: ['title', 'unit', 'series', 'source', 'assessment'],
	pages: ['title', 'description'],
} as const satisfies Record<EntryCollection, readonly string[]>;

/**
 * Within a translated group of fields, the texts; the rest stays in the original. A series' `name`
 * is copied, not translated: it says which series the texts belong to.
 */
export const translatableSubfields = {
	series: { name: 'duplicate', label: true, unit: true },
	source: { name: true, note: true },
	assessment: { motivation: true, by: true },
} as const;

const keys = (group: keyof typeof translatableSubfields) => Object.fromEntries(Object.keys(translatableSubfields[group]).map((k) => [k, true])) as never;

const pick = <S extends z.ZodObject, K extends keyof S['shape'] & string>(schema: S, fields: readonly K[]) =>
	schema.pick(Object.fromEntries(fields.map((k) => [k, true])) as never).partial();

/** A series' texts in another language, found by its name in the CSV file as in the original. */
export const seriesTranslationSchema = seriesSchema.pick(keys('series'));

const sourceTranslation = indicatorSchema.shape.source
	.unwrap()
	.pick(keys('source'))
	.partial()
	.optional()
	.meta(help(['Källa', 'Källans namn och kommentar på det här språket.'], ['Source', 'The source’s name and note in this language.']));

const assessmentTranslation = assessmentSchema
	.pick(keys('assessment'))
	.partial()
	.optional()
	.meta(help(['Egen bedömning', 'Motiveringen och vem som bedömt, på det här språket. Statusen och datumet står i originalet.'], ['Own assessment', 'The motivation and who assessed, in this language. The status and the date are in the original.']));

export const translationSchemas = {
	areas: pick(areaSchema, ['title', 'summary']).extend({ assessment: assessmentTranslation }),
	goals: pick(goalSchema, ['title', 'summary']).extend({ assessment: assessmentTranslation }),
	strategies: pick(strategySchema, translatableFields.strategies),
	indicators: pick(indicatorSchema, ['title', 'unit']).extend({
		/** The series' labels and units in this language; a series left out keeps the original's. */
		series: z
			.array(seriesTranslationSchema)
			.optional()
			.meta(
				help(
					['Serier', 'Seriernas namn på sidan och enheter på det här språket. Skriv serien med samma name som i originalet; en serie som inte står här visas med originalets texter.'],
					['Series', 'The series’ names on the page and units in this language. Give each series the same name as in the original; a series left out shows the original’s texts.'],
				),
			),
		source: sourceTranslation,
		assessment: assessmentTranslation,
	}),
	pages: pick(pageSchema, translatableFields.pages),
} satisfies Record<EntryCollection, z.ZodObject>;

/** A series' texts in a translation. */
export type SeriesTranslation = z.infer<typeof seriesTranslationSchema>;

/** A translation's fields: a part of the entry's. */
export type TranslationData = {
	title?: string;
	summary?: string;
	description?: string;
	unit?: string;
	series?: SeriesTranslation[];
	source?: { name?: string; note?: string };
	assessment?: { motivation?: string; by?: string };
};
