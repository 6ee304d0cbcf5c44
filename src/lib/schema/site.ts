import { z } from 'astro/zod';
import { formatText } from '../messages/index.ts';
import { locales } from '../i18n/locales.ts';
import { help } from './help.ts';

/** The singular and plural a site uses for one level of its framework. */
const levelName = z.strictObject({
	/** E.g. "Målområde", "Perspektiv". */
	singular: z
		.string()
		.trim()
		.min(1)
		.meta(help(['Singular', 'Namnet på en, t.ex. Målområde eller Perspektiv.'], ['Singular', 'The name for one, e.g. Målområde or Perspektiv.'])),
	/** E.g. "Målområden", "Perspektiv". */
	plural: z
		.string()
		.trim()
		.min(1)
		.meta(help(['Plural', 'Namnet på flera, t.ex. Målområden eller Perspektiv.'], ['Plural', 'The name for several, e.g. Målområden or Perspektiv.'])),
});

/** The site's texts in another language: every field optional, a missing one falls back to the default language. */
const siteTranslation = z.strictObject({
	/** The site's title in this language. */
	title: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Webbplatsens namn', 'Webbplatsens namn på det här språket.'], ['Site title', 'The site title in this language.'])),
	/** The description for search engines in this language. */
	description: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Beskrivning', 'En mening om webbplatsen på det här språket.'], ['Description', 'One sentence about the site in this language.'])),
	/** The vision in this language; paragraphs separated by a blank line. */
	vision: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Vision', 'Visionen på det här språket. Skriv en tom rad mellan styckena.'], ['Vision', 'The vision in this language. Leave a blank line between paragraphs.'], { multiline: true })),
	/** The heading over the vision in this language. */
	visionHeading: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Rubrik över visionen', 'Rubriken över visionen på det här språket.'], ['Vision heading', 'The heading over the vision in this language.'])),
	/** The level names in this language. */
	levels: z
		.strictObject({
			/** The top level. */
			area: levelName.optional().meta(help(['Översta nivån', 'Namnet på den översta nivån på det här språket, t.ex. Goal area.'], ['Top level', 'The top level’s name in this language, e.g. Goal area.'])),
			/** Goals. */
			goal: levelName.optional().meta(help(['Mål', 'Namnet på målen på det här språket, t.ex. Goal.'], ['Goals', 'The goals’ name in this language, e.g. Goal.'])),
			/** Strategies. */
			strategy: levelName.optional().meta(help(['Strategier', 'Namnet på strategierna på det här språket, t.ex. Strategy.'], ['Strategies', 'The strategies’ name in this language, e.g. Strategy.'])),
			/** Indicators. */
			indicator: levelName.optional().meta(help(['Indikatorer', 'Namnet på indikatorerna på det här språket, t.ex. Indicator.'], ['Indicators', 'The indicators’ name in this language, e.g. Indicator.'])),
		})
		.optional()
		.meta(help(['Nivåernas namn', 'Vad nivåerna heter på det här språket, i singular och plural.'], ['Level names', 'What the levels are called in this language, singular and plural.'])),
});
export type SiteTranslation = z.infer<typeof siteTranslation>;
/**
 * A website as a CSP source: scheme and host, optionally a `*.` wildcard subdomain and a port, and
 * no path (a path in `frame-ancestors` would be matched against the framing page's address).
 * A trailing slash is forgiven.
 */
export const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?\/?$/i;

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, formatText('colour'));

/** `site.yaml`: the organisation and how its framework is named. */
export const siteSchema = z.strictObject({
	/** The organisation's name, e.g. "Malung-Sälens kommun". */
	organisation: z
		.string()
		.trim()
		.min(1)
		.meta(help(['Organisation', 'Organisationens namn, t.ex. Malung-Sälens kommun.'], ['Organisation', 'The organisation’s name, e.g. Malung-Sälens kommun.'])),
	/** The site's title, e.g. "Målbild 2023". */
	title: z
		.string()
		.trim()
		.min(1)
		.meta(help(['Webbplatsens namn', 'Visas överst på varje sida, t.ex. Målbild 2023.'], ['Site title', 'Shown at the top of every page, e.g. Målbild 2023.'])),
	/** A one-sentence description for search engines and link previews. */
	description: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Beskrivning', 'En mening om webbplatsen, för sökmotorer och länkförhandsvisningar.'], ['Description', 'One sentence about the site, for search engines and link previews.'])),
	/** The vision, word for word; paragraphs separated by a blank line. */
	vision: z
		.string()
		.trim()
		.min(1)
		.meta(help(['Vision', 'Visionen ordagrant. Skriv en tom rad mellan styckena.'], ['Vision', 'The vision, word for word. Leave a blank line between paragraphs.'], { multiline: true })),
	/** The heading over the vision on the home page; default "Vision". */
	visionHeading: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta(help(['Rubrik över visionen', 'Rubriken över visionen på startsidan. Lämna tomt för Vision.'], ['Vision heading', 'The heading over the vision on the home page. Leave empty for Vision.'])),
	/** The default language: the language of the content and of the site at the root address. */
	locale: z
		.enum(locales)
		.default('sv')
		.meta(help(['Språk', 'Innehållets språk och språket på webbplatsens startadress.'], ['Language', 'The language of the content and of the site at its root address.'], { options: { sv: ['Svenska', 'Swedish'], en: ['Engelska', 'English'] } })),
	/**
	 * Every language the site is published in, the default included, e.g. `[sv, en]`. The other
	 * language gets its own pages under /en/, with the translations where there are any.
	 */
	locales: z
		.array(z.enum(locales).meta(help(['Språk', 'Ett språk som webbplatsen ges ut på.'], ['Language', 'A language the site is published in.'], { options: { sv: ['Svenska', 'Swedish'], en: ['Engelska', 'English'] } })))
		.optional()
		.meta(help(['Publicerade språk', 'Alla språk som webbplatsen ges ut på, t.ex. sv och en. Lämna tomt för bara huvudspråket.'], ['Published languages', 'Every language the site is published in, e.g. sv and en. Leave empty for the main language only.'])),
	/** Translations of the site's own texts, by language; what is left out shows in the default language. */
	translations: z
		.strictObject({
			/** The English texts. */
			en: siteTranslation.optional().meta(help(['Engelska', 'Webbplatsens texter på engelska.'], ['English', 'The site’s texts in English.'])),
		})
		.optional()
		.meta(help(['Översättningar', 'Webbplatsens texter på de andra språken. Det som saknas visas på huvudspråket.'], ['Translations', 'The site’s texts in the other languages. What is missing shows in the main language.'])),
	/** What the organisation calls each level of its framework. */
	levels: z.strictObject({
		/** The top level: Målområde, Perspektiv… */
		area: levelName.meta(help(['Översta nivån', 'Vad ni kallar de största delarna av målbilden, t.ex. Målområde eller Perspektiv.'], ['Top level', 'What you call the main parts of the framework, e.g. Målområde or Perspektiv.'])),
		/** Goals under an area; leave out when the framework has none. */
		goal: levelName.optional().meta(help(['Mål', 'Vad ni kallar målen under den översta nivån. Lämna tomt om målbilden inte har mål.'], ['Goals', 'What you call the goals under the top level. Leave empty if the framework has none.'])),
		/** Strategies; leave out when the framework has none. */
		strategy: levelName.optional().meta(help(['Strategier', 'Vad ni kallar strategierna. Lämna tomt om målbilden inte har strategier.'], ['Strategies', 'What you call the strategies. Leave empty if the framework has none.'])),
		/** Indicators. */
		indicator: levelName.meta(help(['Indikatorer', 'Vad ni kallar indikatorerna, t.ex. Indikator eller Nyckeltal.'], ['Indicators', 'What you call the indicators, e.g. Indikator or Nyckeltal.'])),
	}).meta(help(['Nivåernas namn', 'Vad ni kallar varje nivå i målbilden, i singular och plural. Namnen visas för läsarna.'], ['Level names', 'What you call each level of the framework, singular and plural. Readers see these names.'])),
	/** Who readers contact about the goals. */
	contact: z
		.strictObject({
			/** The organisation or person. */
			name: z
				.string()
				.trim()
				.min(1)
				.meta(help(['Namn', 'Organisationen eller personen som läsarna kan kontakta.'], ['Name', 'The organisation or person readers can contact.'])),
			/** The department, e.g. "Kansliavdelningen". */
			unit: z
				.string()
				.trim()
				.min(1)
				.optional()
				.meta(help(['Avdelning', 'T.ex. Kansliavdelningen.'], ['Department', 'E.g. Kansliavdelningen.'])),
			/** A phone number as it should be shown. */
			phone: z
				.string()
				.trim()
				.min(1)
				.optional()
				.meta(help(['Telefon', 'Telefonnumret så som det ska visas, t.ex. 0280-181 00.'], ['Phone', 'The phone number as it should be shown, e.g. 0280-181 00.'])),
			/** An e-mail address. */
			email: z
				.email(formatText('email'))
				.optional()
				.meta(help(['E-post', 'En e-postadress, t.ex. kansli@kommun.se.'], ['E-mail', 'An e-mail address, e.g. kansli@kommun.se.'])),
			/** The organisation's website. */
			url: z
				.url(formatText('url'))
				.optional()
				.meta(help(['Webbplats', 'Organisationens webbplats, som börjar med https://.'], ['Website', 'The organisation’s website, starting with https://.'])),
		})
		.optional()
		.meta(help(['Kontakt', 'Vem läsarna kan kontakta om målen. Visas längst ned på varje sida.'], ['Contact', 'Who readers can contact about the goals. Shown at the bottom of every page.'])),
	/** The public address of the site, e.g. "https://malung-salen.se/malbild/"; used for absolute links. */
	url: z
		.url(formatText('url'))
		.optional()
		.meta(help(['Webbadress', 'Webbplatsens publika adress, t.ex. https://malung-salen.se/malbild/. Används för fullständiga länkar.'], ['Address', 'The site’s public address, e.g. https://malung-salen.se/malbild/. Used for absolute links.'])),
	/** The path the site is served under, e.g. "/malbild/"; `MALBILD_BASE` overrides it. */
	base: z
		.string()
		.regex(/^\/([\w.-]+\/)*$/, formatText('basePath'))
		.default('/')
		.meta(help(['Sökväg', 'Sökvägen webbplatsen ligger under, t.ex. /malbild/. Skriv / om den ligger direkt på adressen.'], ['Base path', 'The path the site is served under, e.g. /malbild/. Write / when it is served at the root.'])),
	/**
	 * The organisation's brand colour: the header's background under white text, links, button
	 * borders. The check measures its contrast in each use (src/lib/brand/check.ts).
	 */
	brandColor: hexColour
		.default('#1f4e79')
		.meta(
			help(
				['Profilfärg', 'Organisationens färg för sidhuvud och länkar, som #rrggbb, t.ex. #1f4e79. Den måste vara så mörk att vit text syns på den (kontrast 4,5:1); annars föreslår kontrollen en mörkare.'],
				['Brand colour', 'The organisation’s colour for the header and links, as #rrggbb, e.g. #1f4e79. It must be dark enough for white text on it (contrast 4.5:1); otherwise the check suggests a darker one.'],
				{ colour: true },
			),
		),
	/** A logo file in the content tree (SVG or PNG), shown on a white plate in the header. */
	logo: z
		.string()
		.regex(/\.(svg|png)$/i, formatText('logo'))
		.optional()
		.meta(help(['Logotyp', 'En logotyp i innehållsmappen (SVG eller PNG), t.ex. logo.svg. Visas på vit botten i sidhuvudet.'], ['Logo', 'A logo in the content folder (SVG or PNG), e.g. logo.svg. Shown on a white background in the header.'])),
	/** Who publishes the data, for attribution and open data. */
	publisher: z
		.strictObject({
			/** The publisher's name; default: the organisation. */
			name: z
				.string()
				.trim()
				.min(1)
				.optional()
				.meta(help(['Utgivare', 'Vem som ger ut uppgifterna. Lämna tomt för organisationen.'], ['Publisher', 'Who publishes the data. Leave empty for the organisation.'])),
			/** The Swedish organisation number, e.g. "212000-2163". */
			orgNumber: z
				.string()
				.regex(/^\d{6}-\d{4}$/, formatText('orgNumber'))
				.optional()
				.meta(help(['Organisationsnummer', 'T.ex. 212000-2163.'], ['Organisation number', 'The Swedish organisation number, e.g. 212000-2163.'])),
			/** The municipality code used by Kolada and SCB, e.g. "2023". */
			municipalityCode: z
				.string()
				.regex(/^\d{4}$/, formatText('municipalityCode'))
				.optional()
				.meta(help(['Kommunkod', 'Kommunkoden som Kolada och SCB använder, fyra siffror, t.ex. 2023.'], ['Municipality code', 'The four-digit municipality code used by Kolada and SCB, e.g. 2023.'])),
			/** What kind of organisation publishes the data, for the open-data catalogue (dcat.rdf); default: a municipality. */
			type: z
				.enum(['local-authority', 'regional-authority', 'national-authority'])
				.optional()
				.meta(
					help(['Typ av utgivare', 'Vilken sorts organisation som ger ut uppgifterna, för datakatalogen. Lämna tomt för kommun.'], ['Publisher type', 'What kind of organisation publishes the data, for the data catalogue. Leave empty for a municipality.'], {
						options: { 'local-authority': ['Kommun', 'Municipality'], 'regional-authority': ['Region', 'Region'], 'national-authority': ['Statlig myndighet', 'Government agency'] },
					}),
				),
		})
		.optional()
		.meta(help(['Utgivare av data', 'Vem som ger ut uppgifterna, för källhänvisning och öppna data.'], ['Data publisher', 'Who publishes the data, for attribution and open data.'])),
	/** The licence the data is published under, as the licence's address; default CC0 1.0. Shown on /oppna-data/ and in the downloads and dcat.rdf. */
	license: z
		.url(formatText('url'))
		.default('https://creativecommons.org/publicdomain/zero/1.0/')
		.meta(
			help(
				['Licens för data', 'Licensen som mätvärdena ges ut under, som en webbadress. Lämna tomt för CC0 1.0 (fri användning utan villkor) eller skriv https://creativecommons.org/licenses/by/4.0/ för CC BY 4.0 (fri användning om källan anges).'],
				['Data licence', 'The licence the data is published under, as its address. Leave empty for CC0 1.0 (free use, no conditions) or write https://creativecommons.org/licenses/by/4.0/ for CC BY 4.0 (free use with attribution).'],
			),
		),
	/** Embedding the indicator charts (`/indikatorer/<id>/inbaddning/`) in other websites. */
	embed: z
		.strictObject({
			/**
			 * The websites allowed to show the embed pages in an iframe (CSP `frame-ancestors`), e.g.
			 * "https://www.malung-salen.se". The site itself always may; every other page of the site
			 * stays closed to framing.
			 */
			allowedOrigins: z
				.array(
					z
						.string()
						.trim()
						.regex(ORIGIN, formatText('origin'))
						.meta(help(['Webbplats', 'En webbplats som får visa diagrammen, t.ex. https://www.kommun.se.'], ['Website', 'A website allowed to show the charts, e.g. https://www.kommun.se.'])),
				)
				.default([])
				.meta(
					help(
						['Webbplatser som får bädda in', 'Webbplatserna som får visa indikatorernas diagram i en iframe, t.ex. https://www.kommun.se. Skriv bara https:// och namnet, utan sökväg.'],
						['Websites allowed to embed', 'The websites allowed to show the indicator charts in an iframe, e.g. https://www.kommun.se. Write only https:// and the name, without a path.'],
					),
				),
		})
		.optional()
		.meta(help(['Inbäddning', 'Vilka andra webbplatser som får visa indikatorernas diagram, t.ex. kommunens huvudwebbplats. Fylls i av IT-avdelningen.'], ['Embedding', 'Which other websites may show the indicator charts, e.g. the municipality’s main website. Filled in by the IT team.'])),
	/**
	 * Where the CMS at /admin/ saves edits: a repository on GitHub or GitLab. Without it, the CMS
	 * edits only an editor's own copy of the repository (Sveltia's "Work with Local Repository").
	 */
	cms: z
		.strictObject({
			/** The Git host: "github" or "gitlab". */
			backend: z
				.enum(['github', 'gitlab'])
				.meta(help(['Git-tjänst', 'Var innehållet sparas: GitHub eller GitLab.'], ['Git host', 'Where the content is saved: GitHub or GitLab.'], { options: { github: ['GitHub', 'GitHub'], gitlab: ['GitLab', 'GitLab'] } })),
			/** The repository: "owner/name" on GitHub, "group/project" on GitLab. */
			repo: z
				.string()
				.regex(/^[^/:\s]+(\/[^/:\s]+)+$/, 'ägare/namn, t.ex. malung-salens-kommun/malbild')
				.meta(help(['Repository', 'Repositoryt som innehållet ligger i, som ägare/namn, t.ex. malung-salens-kommun/malbild.'], ['Repository', 'The repository holding the content, as owner/name, e.g. malung-salens-kommun/malbild.'])),
			/** The branch edits are saved to; default: the repository's default branch. */
			branch: z
				.string()
				.trim()
				.min(1)
				.optional()
				.meta(help(['Gren', 'Grenen som ändringarna sparas i, t.ex. main. Lämna tomt för repositoryts standardgren.'], ['Branch', 'The branch edits are saved to, e.g. main. Leave empty for the repository’s default branch.'])),
			/** The sign-in (OAuth) service: for GitHub an authenticator such as Sveltia CMS Authenticator; for a self-hosted GitLab its address. */
			authUrl: z
				.url(formatText('url'))
				.optional()
				.meta(help(['Inloggningstjänst', 'Adressen till inloggningstjänsten. Fylls i av IT-avdelningen.'], ['Sign-in service', 'The address of the sign-in (OAuth) service. Filled in by the IT team.'])),
			/** The API of a self-hosted GitLab or GitHub Enterprise, e.g. "https://gitlab.kommun.se/api/v4". */
			apiUrl: z
				.url(formatText('url'))
				.optional()
				.meta(help(['API-adress', 'Bara för en egen GitLab- eller GitHub Enterprise-server. Fylls i av IT-avdelningen.'], ['API address', 'Only for a self-hosted GitLab or GitHub Enterprise. Filled in by the IT team.'])),
			/** The application id of a GitLab OAuth application, for sign-in without a server (PKCE). */
			appId: z
				.string()
				.trim()
				.min(1)
				.optional()
				.meta(help(['Applikations-id', 'Id för GitLab-applikationen som redaktörerna loggar in med. Fylls i av IT-avdelningen.'], ['Application id', 'The id of the GitLab application editors sign in with. Filled in by the IT team.'])),
		})
		.optional()
		.meta(help(['Redigering i webbläsaren', 'Var redigeringsverktyget på /admin/ sparar ändringarna. Fylls i av IT-avdelningen. Utan det går det bara att redigera en lokal kopia.'], ['Editing in the browser', 'Where the editor at /admin/ saves changes. Filled in by the IT team. Without it, only a local copy can be edited.'])),
});
export type Site = z.infer<typeof siteSchema>;
export type LevelKey = keyof Site['levels'];
