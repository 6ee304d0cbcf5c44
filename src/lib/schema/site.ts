import { z } from 'astro/zod';

/** The singular and plural a site uses for one level of its framework. */
const levelName = z.strictObject({
	/** E.g. "Målområde", "Perspektiv". */
	singular: z.string().trim().min(1),
	/** E.g. "Målområden", "Perspektiv". */
	plural: z.string().trim().min(1),
});

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'en färg som #rrggbb, t.ex. #1f4e79');

/** `site.yaml`: the organisation and how its framework is named. */
export const siteSchema = z.strictObject({
	/** The organisation's name, e.g. "Malung-Sälens kommun". */
	organisation: z.string().trim().min(1),
	/** The site's title, e.g. "Målbild 2023". */
	title: z.string().trim().min(1),
	/** A one-sentence description for search engines and link previews. */
	description: z.string().trim().min(1).optional(),
	/** The vision, word for word; paragraphs separated by a blank line. */
	vision: z.string().trim().min(1),
	/** The heading over the vision on the home page; default "Vision". */
	visionHeading: z.string().trim().min(1).optional(),
	/** The language of the content; only Swedish so far. */
	locale: z.enum(['sv']).default('sv'),
	/** What the organisation calls each level of its framework. */
	levels: z.strictObject({
		/** The top level: Målområde, Perspektiv… */
		area: levelName,
		/** Goals under an area; leave out when the framework has none. */
		goal: levelName.optional(),
		/** Strategies; leave out when the framework has none. */
		strategy: levelName.optional(),
		/** Indicators. */
		indicator: levelName,
	}),
	/** Who readers contact about the goals. */
	contact: z
		.strictObject({
			/** The organisation or person. */
			name: z.string().trim().min(1),
			/** The department, e.g. "Kansliavdelningen". */
			unit: z.string().trim().min(1).optional(),
			/** A phone number as it should be shown. */
			phone: z.string().trim().min(1).optional(),
			/** An e-mail address. */
			email: z.email('en e-postadress, t.ex. kansli@kommun.se').optional(),
			/** The organisation's website. */
			url: z.url('en webbadress som börjar med https://').optional(),
		})
		.optional(),
	/** The public address of the site, e.g. "https://malung-salen.se/malbild/"; used for absolute links. */
	url: z.url('en webbadress som börjar med https://').optional(),
	/** The path the site is served under, e.g. "/malbild/"; `MALBILD_BASE` overrides it. */
	base: z
		.string()
		.regex(/^\/([\w.-]+\/)*$/, 'en sökväg som börjar och slutar med /, t.ex. /malbild/')
		.default('/'),
	/** The organisation's brand colour, used for the header and links. */
	brandColor: hexColour.default('#1f4e79'),
	/** A logo file in the content tree (SVG or PNG), shown in the header. */
	logo: z.string().regex(/\.(svg|png)$/i, 'en .svg- eller .png-fil').optional(),
	/** Who publishes the data, for attribution and open data. */
	publisher: z
		.strictObject({
			/** The publisher's name; default: the organisation. */
			name: z.string().trim().min(1).optional(),
			/** The Swedish organisation number, e.g. "212000-2163". */
			orgNumber: z.string().regex(/^\d{6}-\d{4}$/, 'ett organisationsnummer som 212000-2163').optional(),
			/** The municipality code used by Kolada and SCB, e.g. "2023". */
			municipalityCode: z.string().regex(/^\d{4}$/, 'en fyrsiffrig kommunkod, t.ex. 2023').optional(),
		})
		.optional(),
});
export type Site = z.infer<typeof siteSchema>;
export type LevelKey = keyof Site['levels'];
