import { z } from 'astro/zod';
import { formatText } from '../messages/index.ts';
import { help } from './help.ts';
import { koladaSchema } from '../kolada/config.ts';
import { ref } from './reference.ts';
import { assessmentSchema, directionSchema } from './status.ts';
import { targetSchema } from './target.ts';

const title = z.string().trim().min(1);
/** Where the entry stands among its siblings; lower first, then by title. */
const order = z
	.number()
	.int()
	.optional()
	.meta(help(['Ordning', 'Ett heltal som bestämmer var posten står i listan: lägre först. Lämna tomt för bokstavsordning.'], ['Order', 'A whole number that places the entry in its list: lower first. Leave empty for alphabetical order.']));
/** A code shown before the title, e.g. "1" or "1:2", as the organisation numbers its framework. */
const code = z
	// `code: 1` is how the help's own example reads; YAML makes it a number. A whole number is the
	// same as its text; 1.10 is not (YAML reads 1.1), so a decimal still asks for quotes.
	.preprocess((v) => (Number.isInteger(v) ? String(v) : v), z.string().trim().min(1))
	.optional()
	.meta(help(['Nummer', 'Ett nummer som visas före rubriken, t.ex. 1 eller 1:2, så som ni numrerar målbilden.'], ['Code', 'A number shown before the title, e.g. 1 or 1:2, as you number your framework.']));

/** `areas/*.md`: a goal area (målområde, perspektiv). */
export const areaSchema = z.strictObject({
	/** The area's name. */
	title: title.meta(help(['Rubrik', 'Målområdets namn, ordagrant som i målbilden.'], ['Title', 'The area’s name, word for word as in the framework.'])),
	order,
	code,
	/** The area's statement, shown as a quotation, word for word. */
	summary: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Citat', 'Målområdets påstående, ordagrant. Visas som ett citat överst på sidan.'], ['Statement', 'The area’s statement, word for word. Shown as a quotation at the top of the page.'], { multiline: true })),
	/** An editor's assessment that replaces the summary of its indicators. */
	assessment: assessmentSchema
		.optional()
		.meta(help(['Egen bedömning', 'Fyll i bara om ni vill ersätta statusen som räknas fram ur indikatorerna.'], ['Own assessment', 'Fill in only to replace the status computed from the indicators.'])),
});

/** `goals/*.md`: a goal under an area. */
export const goalSchema = z.strictObject({
	/** The goal's name. */
	title: title.meta(help(['Rubrik', 'Målets namn, ordagrant som i målbilden.'], ['Title', 'The goal’s name, word for word as in the framework.'])),
	/** The area the goal belongs to. */
	area: ref('areas').meta(help(['Målområde', 'Målområdet som målet hör till.'], ['Area', 'The area the goal belongs to.'])),
	order,
	code,
	/** A one-sentence summary for lists. */
	summary: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Sammanfattning', 'En mening om målet, som visas i listor.'], ['Summary', 'One sentence about the goal, shown in lists.'], { multiline: true })),
	/** An editor's assessment that replaces the summary of its indicators. */
	assessment: assessmentSchema
		.optional()
		.meta(help(['Egen bedömning', 'Fyll i bara om ni vill ersätta statusen som räknas fram ur indikatorerna.'], ['Own assessment', 'Fill in only to replace the status computed from the indicators.'])),
});

/** `strategies/*.md`: a strategy under an area or a goal. */
export const strategySchema = z.strictObject({
	/** The strategy, word for word. */
	title: title.meta(help(['Rubrik', 'Strategin, ordagrant som i målbilden.'], ['Title', 'The strategy, word for word as in the framework.'])),
	/** The area it serves (give this or `goal`). */
	area: ref('areas')
		.optional()
		.meta(help(['Målområde', 'Målområdet som strategin hör till. Välj målområde eller mål, inte båda.'], ['Area', 'The area the strategy serves. Choose an area or a goal, not both.'])),
	/** The goal it serves (give this or `area`). */
	goal: ref('goals')
		.optional()
		.meta(help(['Mål', 'Målet som strategin hör till. Välj mål eller målområde, inte båda.'], ['Goal', 'The goal the strategy serves. Choose a goal or an area, not both.'])),
	order,
	code,
});

/** One series of a multi-series CSV, when its unit, direction or target differ from the indicator's. */
export const seriesSchema = z.strictObject({
	/** The CSV `Series` value, exactly as in the file. */
	name: z
		.string()
		.trim()
		.min(1)
		.meta(help(['Serie i CSV-filen', 'Seriens namn exakt som i CSV-filens kolumn Serie.'], ['Series in the CSV file', 'The series’ name exactly as in the CSV file’s Series column.'])),
	/** What the series is called on the page; default: `name`. */
	label: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Namn på sidan', 'Vad serien heter på webbplatsen. Lämna tomt för att använda namnet i CSV-filen.'], ['Name on the page', 'What the series is called on the site. Leave empty to use the name in the CSV file.'])),
	/** The unit of this series, e.g. "m²". */
	unit: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Enhet', 'Seriens enhet, t.ex. m², % eller antal.'], ['Unit', 'The series’ unit, e.g. m², % or count.'])),
	/** Whether higher or lower values are better for this series. */
	direction: directionSchema.optional().meta(help(['Riktning', 'Är högre eller lägre värden bättre för den här serien?'], ['Direction', 'Are higher or lower values better for this series?'])),
	/** The target for this series. */
	target: targetSchema.optional().meta(help(['Mål', 'Målet för den här serien. Välj först vilken typ av mål det är.'], ['Target', 'The target for this series. First choose which kind of target it is.'])),
});

/** `indicators/*.md`: an indicator under an area or a goal. */
export const indicatorSchema = z.strictObject({
	/** The indicator, word for word. */
	title: title.meta(help(['Rubrik', 'Indikatorn, ordagrant som i målbilden.'], ['Title', 'The indicator, word for word as in the framework.'])),
	/** The area it measures (give this or `goal`). */
	area: ref('areas')
		.optional()
		.meta(help(['Målområde', 'Målområdet som indikatorn följer upp. Välj målområde eller mål, inte båda.'], ['Area', 'The area the indicator measures. Choose an area or a goal, not both.'])),
	/** The goal it measures (give this or `area`). */
	goal: ref('goals')
		.optional()
		.meta(help(['Mål', 'Målet som indikatorn följer upp. Välj mål eller målområde, inte båda.'], ['Goal', 'The goal the indicator measures. Choose a goal or an area, not both.'])),
	/** The strategies it follows up. */
	strategies: z
		.array(ref('strategies'))
		.default([])
		.meta(help(['Strategier', 'Strategierna som indikatorn följer upp. Välj en eller flera, eller ingen.'], ['Strategies', 'The strategies the indicator follows up. Choose one or more, or none.'])),
	order,
	code,
	/** The CSV file in `data/` with the indicator's values; leave out for a qualitative indicator. */
	data: ref('data')
		.optional()
		.meta(help(['Datafil', 'CSV-filen i mappen data med indikatorns värden, t.ex. besokare.csv. Lämna tomt för en indikator som bara bedöms i ord.'], ['Data file', 'The CSV file in the data folder with the indicator’s values, e.g. besokare.csv. Leave empty for an indicator assessed in words only.'])),
	/** The unit of the values, e.g. "m²", "%", "antal". */
	unit: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Enhet', 'Värdenas enhet, t.ex. m², % eller antal.'], ['Unit', 'The unit of the values, e.g. m², % or count.'])),
	/** Whether higher or lower values are better; required for every numeric indicator. */
	direction: directionSchema
		.optional()
		.meta(help(['Riktning', 'Är högre eller lägre värden bättre? Måste anges för varje indikator med data.'], ['Direction', 'Are higher or lower values better? Required for every indicator with data.'])),
	/** The target; for several series, give one per series under `series`. */
	target: targetSchema
		.optional()
		.meta(help(['Mål', 'Målet för indikatorn. Välj först vilken typ av mål det är. Har CSV-filen flera serier anger ni målen under Serier i stället.'], ['Target', 'The indicator’s target. First choose which kind of target it is. For a CSV file with several series, give the targets under Series instead.'])),
	/** Per-series unit, direction and target for a CSV with a `Series` column. */
	series: z
		.array(seriesSchema)
		.default([])
		.meta(help(['Serier', 'För en CSV-fil med kolumnen Serie: enhet, riktning och mål för varje serie.'], ['Series', 'For a CSV file with a Series column: unit, direction and target for each series.'])),
	/** Decimals shown for computed figures such as changes; the table keeps the CSV's own. */
	decimals: z
		.number()
		.int()
		.min(0)
		.max(6)
		.optional()
		.meta(help(['Decimaler', 'Antal decimaler i uträknade tal, t.ex. förändringar (0–6). Tabellen visar CSV-filens egna decimaler.'], ['Decimals', 'Decimals in computed figures such as changes (0–6). The table shows the CSV file’s own.'])),
	/** The chart type; default: line. */
	chart: z
		.enum(['line', 'bar'])
		.default('line')
		.meta(help(['Diagram', 'Linjediagram eller stapeldiagram.'], ['Chart', 'A line chart or a bar chart.'], { options: { line: ['Linjediagram', 'Line chart'], bar: ['Stapeldiagram', 'Bar chart'] } })),
	/** Where the data comes from. */
	source: z
		.strictObject({
			/** The source's name, e.g. "Kolada" or "SCB". */
			name: z
				.string()
				.trim()
				.min(1)
				.meta(help(['Källans namn', 'T.ex. Kolada, SCB eller kommunens egen uppföljning.'], ['Source name', 'E.g. Kolada, SCB or the organisation’s own follow-up.'])),
			/** A link to the source. */
			url: z
				.url(formatText('url'))
				.optional()
				.meta(help(['Länk', 'En länk till källan, som börjar med https://.'], ['Link', 'A link to the source, starting with https://.'])),
			/** The Kolada KPI id, e.g. "N15508". */
			kolada: z
				.string()
				.regex(/^[NU]\d{5}$/, formatText('koladaId'))
				.optional()
				.meta(help(['Kolada-id', 'Nyckeltalets id i Kolada, t.ex. N15508.'], ['Kolada id', 'The KPI id in Kolada, e.g. N15508.'])),
			/** A note on the source, e.g. how a value is computed. */
			note: z
				.string()
				.trim()
				.min(1)
				.optional()
				.meta(help(['Kommentar om källan', 'T.ex. hur ett värde är uträknat.'], ['Note on the source', 'E.g. how a value is computed.'], { multiline: true })),
		})
		.optional()
		.meta(help(['Källa', 'Varifrån uppgifterna kommer. Visas under diagrammet, t.ex. Källa: Kolada.'], ['Source', 'Where the data comes from. Shown below the chart, e.g. Source: Kolada.'])),
	/** Where `npm run data:kolada` fetches the data from: the KPI, the municipality, comparisons. */
	kolada: koladaSchema
		.optional()
		.meta(help(['Kolada', 'Hämta indikatorns data från Kolada med npm run data:kolada: nyckeltal, kommun och jämförelser.'], ['Kolada', 'Fetch the indicator’s data from Kolada with npm run data:kolada: KPI, municipality and comparisons.'])),
	/** True when the values are sample data, not real figures: the site labels them "Exempeldata". */
	sample: z
		.boolean()
		.default(false)
		.meta(help(['Exempeldata', 'Kryssa i om värdena är påhittade exempel och inte riktiga siffror. Sidan märks då Exempeldata.'], ['Sample data', 'Tick if the values are made-up examples, not real figures. The page is then labelled sample data.'])),
	/** An editor's assessment: required for a qualitative indicator, an override for a numeric one. */
	assessment: assessmentSchema
		.optional()
		.meta(help(['Egen bedömning', 'Krävs för en indikator utan data. För en indikator med data ersätter den statusen som räknas fram.'], ['Own assessment', 'Required for an indicator without data. For one with data, it replaces the computed status.'])),
});

/** `pages/*.mdx`: a free page, such as "Om målbilden" or the accessibility statement. */
export const pageSchema = z.strictObject({
	/** The page's heading. */
	title: title.meta(help(['Rubrik', 'Sidans rubrik.'], ['Title', 'The page’s heading.'])),
	/** A one-sentence description for search engines. */
	description: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Beskrivning', 'En mening om sidan, för sökmotorer och länkförhandsvisningar.'], ['Description', 'One sentence about the page, for search engines and link previews.'])),
	order,
	/** Whether the page is linked from the main navigation. */
	nav: z
		.boolean()
		.default(true)
		.meta(help(['Visa i menyn', 'Kryssa i för att länka sidan från huvudmenyn.'], ['Show in the menu', 'Tick to link the page from the main menu.'])),
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
