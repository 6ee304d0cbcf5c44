import { z } from 'astro/zod';
import { help } from './help.ts';
import { areaSchema, goalSchema, indicatorSchema, pageSchema, seriesSchema, strategySchema, type EntryCollection } from './entries.ts';

/**
 * What a translation file (`areas/dialog.en.md` beside `areas/dialog.md`) may hold: the texts
 * readers see, every one optional (a missing one shows in the default language), and the body.
 * Derived from the entry schemas, so a field keeps its rules and its help in both places; the
 * facts (order, references, data, targets) stay in the original and are not repeated.
 */
export const translatableFields = {
	areas: ['title', 'summary'],
	goals: ['title', 'summary'],
	strategies: ['title'],
	indicators: ['title', 'unit', 'series'],
	pages: ['title', 'description'],
} as const satisfies Record<EntryCollection, readonly string[]>;

/** Within a translated series, the fields that are texts; `name` only says which series it is. */
export const translatableSeriesFields = ['label', 'unit'] as const;

const pick = <S extends z.ZodObject, K extends keyof S['shape'] & string>(schema: S, keys: readonly K[]) =>
	schema.pick(Object.fromEntries(keys.map((k) => [k, true])) as never).partial();

/** A series' texts in another language, found by its name in the CSV file as in the original. */
export const seriesTranslationSchema = seriesSchema.pick({ name: true, label: true, unit: true });

export const translationSchemas = {
	areas: pick(areaSchema, translatableFields.areas),
	goals: pick(goalSchema, translatableFields.goals),
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
	}),
	pages: pick(pageSchema, translatableFields.pages),
} satisfies Record<EntryCollection, z.ZodObject>;

/** A series' texts in a translation. */
export type SeriesTranslation = z.infer<typeof seriesTranslationSchema>;

/** A translation's fields: a part of the entry's. */
export type TranslationData = { title?: string; summary?: string; description?: string; unit?: string; series?: SeriesTranslation[] };
