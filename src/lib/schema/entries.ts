import { z } from 'astro/zod';
import { ref } from './reference.ts';
import { assessmentSchema, directionSchema } from './status.ts';
import { targetSchema } from './target.ts';

const title = z.string().trim().min(1);
/** Where the entry stands among its siblings; lower first, then by title. */
const order = z.number().int().optional();
/** A code shown before the title, e.g. "1" or "1:2", as the organisation numbers its framework. */
const code = z.string().trim().min(1).optional();

/** `areas/*.md`: a goal area (målområde, perspektiv). */
export const areaSchema = z.strictObject({
	/** The area's name. */
	title,
	order,
	code,
	/** The area's statement, shown as a quotation, word for word. */
	summary: z.string().trim().min(1).optional(),
	/** An editor's assessment that replaces the summary of its indicators. */
	assessment: assessmentSchema.optional(),
});

/** `goals/*.md`: a goal under an area. */
export const goalSchema = z.strictObject({
	/** The goal's name. */
	title,
	/** The area the goal belongs to. */
	area: ref('areas'),
	order,
	code,
	/** A one-sentence summary for lists. */
	summary: z.string().trim().min(1).optional(),
	/** An editor's assessment that replaces the summary of its indicators. */
	assessment: assessmentSchema.optional(),
});

/** `strategies/*.md`: a strategy under an area or a goal. */
export const strategySchema = z.strictObject({
	/** The strategy, word for word. */
	title,
	/** The area it serves (give this or `goal`). */
	area: ref('areas').optional(),
	/** The goal it serves (give this or `area`). */
	goal: ref('goals').optional(),
	order,
	code,
});

/** One series of a multi-series CSV, when its unit, direction or target differ from the indicator's. */
export const seriesSchema = z.strictObject({
	/** The CSV `Series` value, exactly as in the file. */
	name: z.string().trim().min(1),
	/** What the series is called on the page; default: `name`. */
	label: z.string().trim().min(1).optional(),
	/** The unit of this series, e.g. "m²". */
	unit: z.string().trim().min(1).optional(),
	/** Whether higher or lower values are better for this series. */
	direction: directionSchema.optional(),
	/** The target for this series. */
	target: targetSchema.optional(),
});

/** `indicators/*.md`: an indicator under an area or a goal. */
export const indicatorSchema = z.strictObject({
	/** The indicator, word for word. */
	title,
	/** The area it measures (give this or `goal`). */
	area: ref('areas').optional(),
	/** The goal it measures (give this or `area`). */
	goal: ref('goals').optional(),
	/** The strategies it follows up. */
	strategies: z.array(ref('strategies')).default([]),
	order,
	code,
	/** The CSV file in `data/` with the indicator's values; leave out for a qualitative indicator. */
	data: ref('data').optional(),
	/** The unit of the values, e.g. "m²", "%", "antal". */
	unit: z.string().trim().min(1).optional(),
	/** Whether higher or lower values are better; required for every numeric indicator. */
	direction: directionSchema.optional(),
	/** The target; for several series, give one per series under `series`. */
	target: targetSchema.optional(),
	/** Per-series unit, direction and target for a CSV with a `Series` column. */
	series: z.array(seriesSchema).default([]),
	/** Decimals shown for computed figures such as changes; the table keeps the CSV's own. */
	decimals: z.number().int().min(0).max(6).optional(),
	/** The chart type; default: line. */
	chart: z.enum(['line', 'bar']).default('line'),
	/** Where the data comes from. */
	source: z
		.strictObject({
			/** The source's name, e.g. "Kolada" or "SCB". */
			name: z.string().trim().min(1),
			/** A link to the source. */
			url: z.url('en webbadress som börjar med https://').optional(),
			/** The Kolada KPI id, e.g. "N15508". */
			kolada: z.string().regex(/^[NU]\d{5}$/, 'ett nyckeltals-id i Kolada, t.ex. N15508').optional(),
			/** A note on the source, e.g. how a value is computed. */
			note: z.string().trim().min(1).optional(),
		})
		.optional(),
	/** True when the values are sample data, not real figures: the site labels them "Exempeldata". */
	sample: z.boolean().default(false),
	/** An editor's assessment: required for a qualitative indicator, an override for a numeric one. */
	assessment: assessmentSchema.optional(),
});

/** `pages/*.mdx`: a free page, such as "Om målbilden" or the accessibility statement. */
export const pageSchema = z.strictObject({
	/** The page's heading. */
	title,
	/** A one-sentence description for search engines. */
	description: z.string().trim().min(1).optional(),
	order,
	/** Whether the page is linked from the main navigation. */
	nav: z.boolean().default(true),
});

export type AreaData = z.infer<typeof areaSchema>;
export type GoalData = z.infer<typeof goalSchema>;
export type StrategyData = z.infer<typeof strategySchema>;
export type IndicatorData = z.infer<typeof indicatorSchema>;
export type SeriesData = z.infer<typeof seriesSchema>;
export type PageData = z.infer<typeof pageSchema>;

/** The Markdown collections, by folder name. */
export const entrySchemas = {
	areas: areaSchema,
	goals: goalSchema,
	strategies: strategySchema,
	indicators: indicatorSchema,
	pages: pageSchema,
} as const;
export type EntryCollection = keyof typeof entrySchemas;
