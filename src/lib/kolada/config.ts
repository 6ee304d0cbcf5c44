/**
 * An indicator's Kolada settings: the `kolada:` block of its front matter, which `npm run
 * data:kolada` reads to fetch the indicator's data. Not yet part of the indicator schema in
 * `src/lib/schema/entries.ts`; `koladaSchema` is written to be placed there as the field `kolada`.
 *
 * ```yaml
 * kolada:
 *   kpi: N15508
 *   title: "<the KPI's title in Kolada when the indicator was set up>"
 *   comparisons:
 *     - { id: "0000", label: Riket }
 *     - { id: G12345, label: Liknande kommuner }   # a made-up group id
 *   gender: true
 *   years: { from: 2015 }
 *   rank: { group: all }
 * ```
 */
import { z } from 'astro/zod';
import { formatText } from '../messages/index.ts';
import { help } from '../schema/help.ts';
import type { KoladaSettingsIssue } from '../messages/types.ts';

/** A Kolada KPI id: N (the municipalities' standard figures) or U, and five digits. */
export const KPI_ID = /^[NU]\d{5}$/;
/** A municipality (or region) code: four digits; `0000` is Riket. */
export const MUNICIPALITY_ID = /^\d{4}$/;
/** A Kolada municipality group (kommungrupp), e.g. "Liknande kommuner": G and digits. */
export const GROUP_ID = /^G\d+$/;
/** Either: what a comparison may name. */
export const AREA_ID = /^(?:\d{4}|G\d+)$/;

/**
 * The custom issues the settings can have, as `params.kolada` of a zod issue, so the reader words
 * them (see `readKoladaSettings`): a comparison that is the municipality itself or repeats another,
 * a label used twice, a rank series named like the KPI's own.
 */
export type KoladaIssue = KoladaSettingsIssue;
const issue = (kind: KoladaIssue, path: PropertyKey[], input: unknown) => ({ code: 'custom' as const, path, message: kind, input, params: { kolada: kind } });

const year = z.number().int().min(1900).max(2200);
const text = z.string().trim().min(1);

/** One area the indicator is compared with: a row label in the CSV's `Jämförelse` column. */
export const koladaComparisonSchema = z.strictObject({
	/** Kolada's id of the area: `0000` for Riket, a four-digit municipality code, or a Kolada group id (`G` and digits). */
	id: z
		.string()
		.regex(AREA_ID, formatText('koladaArea'))
		.meta(help(['Id i Kolada', '0000 för Riket, en kommunkod med fyra siffror, eller en kommungrupp (G och siffror).'], ['Kolada id', '0000 for the whole country, a four-digit municipality code, or a group (G and digits).'])),
	/** What the comparison is called on the page and in the CSV, e.g. "Riket" or "Liknande kommuner". */
	label: text.meta(help(['Namn', 'Vad jämförelsen heter på sidan, t.ex. Riket eller Liknande kommuner.'], ['Name', 'What the comparison is called on the page, e.g. Riket.'])),
});

/** Where the indicator's municipality stands among others, as a rank series in the CSV (for a `top-share` or `rank-at-most` target). */
export const koladaRankSchema = z.strictObject({
	/** Whom to rank among: `all` municipalities (default), or the members of a Kolada group (`G` and digits). */
	group: z
		// One pattern rather than a union: the CMS and `npm run new` read plain fields.
		.string()
		.regex(/^(?:all|G\d+)$/, formatText('koladaGroup'))
		.default('all')
		.meta(help(['Bland vilka', 'all för alla kommuner, eller en kommungrupp i Kolada (G och siffror).'], ['Among whom', 'all for every municipality, or a Kolada group (G and digits).'])),
	/** How many of the latest years with a value to rank (1–10, default 5); each is fetched for the whole group. */
	years: z
		.number()
		.int()
		.min(1)
		.max(10)
		.default(5)
		.meta(help(['Antal år', 'Hur många av de senaste åren som rangordnas (1–10).'], ['Years', 'How many of the latest years to rank (1–10).'])),
	/** The CSV `Series` value of the rank rows (default "Placering"); the target goes on this series. */
	series: text.default('Placering').meta(help(['Seriens namn', 'Vad placeringen heter som serie i CSV-filen; målet läggs på den serien.'], ['Series name', 'The rank series’ name in the CSV; the target goes on it.'])),
	/** Whether higher or lower KPI values rank first; default: the direction the front matter gives the KPI's series. */
	direction: z
		.enum(['higher', 'lower'])
		.optional()
		.meta(help(['Bäst är', 'Om höga eller låga värden ger en bättre placering; annars samma som seriens riktning.'], ['Best is', 'Whether high or low values rank better; otherwise the series’ direction.'], { options: { higher: ['Högre värden', 'Higher values'], lower: ['Lägre värden', 'Lower values'] } })),
});

/** An indicator's Kolada settings (`kolada:` in its front matter). */
export const koladaSchema = z
	.strictObject({
		/** The Kolada KPI id (nyckeltal), e.g. "N15508". */
		kpi: z
			.string()
			.regex(KPI_ID, formatText('koladaId'))
			.meta(help(['Nyckeltal', 'Nyckeltalets id i Kolada, t.ex. N15508.'], ['KPI', 'The KPI id in Kolada, e.g. N15508.'])),
		/** The municipality the indicator is about, four digits as text, e.g. "2023"; default: `publisher.municipalityCode` in site.yaml. */
		municipality: z
			.string()
			.regex(MUNICIPALITY_ID, formatText('municipalityCode'))
			.optional()
			.meta(help(['Kommun', 'Kommunkoden med fyra siffror, t.ex. 2023. Lämna tomt för organisationens egen (site.yaml).'], ['Municipality', 'The four-digit code, e.g. 2023. Leave empty for the organisation’s own.'])),
		/** The KPI's title in Kolada when the indicator was set up; the import warns when Kolada's title changes, since an id can change meaning. */
		title: text.optional().meta(help(['Nyckeltalets namn', 'Namnet i Kolada när indikatorn lades upp; hämtningen varnar om Kolada byter namn.'], ['KPI title', 'The title in Kolada when the indicator was set up; the import warns if it changes.'])),
		/** Areas to compare with, each a row label in the CSV's `Jämförelse` column; none by default. */
		comparisons: z
			.array(koladaComparisonSchema)
			.default([])
			.meta(help(['Jämförelser', 'Områden att jämföra med, t.ex. Riket (0000) eller liknande kommuner.'], ['Comparisons', 'Areas to compare with, e.g. Riket (0000) or similar municipalities.'])),
		/** Whether to write women (`Kvinnor`) and men (`Män`) under `Kön` as well as the total; default false. */
		gender: z
			.boolean()
			.default(false)
			.meta(help(['Kvinnor och män', 'Hämta också värden för kvinnor och män.'], ['Women and men', 'Also fetch the values for women and men.'])),
		/** Which years to keep; default: every year Kolada has. */
		years: z
			.strictObject({
				/** The first year to keep, e.g. 2015. */
				from: year.optional().meta(help(['Från år', 'Det första året som ska med, t.ex. 2015.'], ['From year', 'The first year to keep, e.g. 2015.'])),
			})
			.optional()
			.meta(help(['År', 'Vilka år som ska med; annars alla som Kolada har.'], ['Years', 'Which years to keep; otherwise all Kolada has.'])),
		/** The CSV `Series` value of the KPI's own rows when `rank` adds a rank series; default: the KPI id. */
		series: text.optional().meta(help(['Serie', 'Seriens namn i CSV-filen för nyckeltalets egna värden när placering också hämtas.'], ['Series', 'The series name of the KPI’s own values when a rank is fetched too.'])),
		/** Rank the municipality among others and write the rank as its own series (see `koladaRankSchema`). */
		rank: koladaRankSchema.optional().meta(help(['Placering', 'Räkna ut kommunens placering bland andra, för mål som Topp 100 eller bland de 25 % bästa.'], ['Rank', 'Work out the municipality’s rank among others, for targets such as top 100.'])),
	})
	.superRefine((settings, ctx) => {
		// The own municipality is the headline (blank `Jämförelse`); as a comparison too it would be a row twice.
		const ids = new Set<string>();
		const labels = new Set<string>();
		settings.comparisons.forEach((c, i) => {
			if (c.id === settings.municipality) ctx.addIssue(issue('comparisonIsOwn', ['comparisons', i, 'id'], c.id));
			else if (ids.has(c.id)) ctx.addIssue(issue('comparisonTwice', ['comparisons', i, 'id'], c.id));
			if (labels.has(c.label)) ctx.addIssue(issue('labelTwice', ['comparisons', i, 'label'], c.label));
			ids.add(c.id);
			labels.add(c.label);
		});
		if (settings.rank && (settings.series ?? settings.kpi) === settings.rank.series) {
			ctx.addIssue(issue('seriesTwice', ['rank', 'series'], settings.rank.series));
		}
	});

/** An indicator's Kolada settings, defaults filled in. */
export type KoladaSettings = z.infer<typeof koladaSchema>;
/** The settings as written in front matter, before defaults. */
export type KoladaSettingsInput = z.input<typeof koladaSchema>;
export type KoladaComparison = z.infer<typeof koladaComparisonSchema>;
export type KoladaRankSettings = z.infer<typeof koladaRankSchema>;
