/**
 * What readers see of the embeddable charts: the embed page and the "embed the chart" section on
 * an indicator page, in Swedish and English (identical keys). Words the indicator page has too (Status, Källa…)
 * come from its catalogue (src/lib/i18n/ui.ts); level names from site.yaml.
 */
export const embedWords = {
	sv: {
		showTable: 'Visa tabellen',
		ofDataFrom: (source: string) => ` av data från ${source}`,
		/** The link back, opened in the top window: "Mer om indikatorn hos Malung-Sälens kommun". */
		readMore: (organisation: string) => `Mer om indikatorn hos ${organisation}`,
		opensFull: '(öppnar hela sidan)',
		noChart: 'Indikatorn har inga mätvärden och har ännu inte bedömts.',
		sampleNotice: 'påhittade värden, inte organisationens verkliga siffror.',
		heading: 'Bädda in diagrammet',
		/** For an indicator without data: what is embedded is its status and motivation. */
		headingNoChart: 'Bädda in bedömningen',
		introNoChart: 'Klistra in koden på en webbsida för att visa statusen och motiveringen där.',
		summary: 'Visa koden för inbäddning',
		intro: 'Klistra in koden på en webbsida för att visa diagrammet, tabellen och källan där.',
		/** Which websites may frame the embed page (embed.allowedOrigins in site.yaml): `{sites}`, or none yet. */
		allowed: 'Bara de webbplatser som {organisation} har godkänt kan visa den: {sites}.',
		allowedNone: 'Ingen annan webbplats kan visa den ännu: {organisation} har inte godkänt någon webbplats för inbäddning.',
		relative: 'Adressen i koden är en sökväg: skriv webbplatsens adress framför den, t.ex. https://www.kommun.se',
		codeLabel: 'Kod för inbäddning',
		preview: 'Förhandsgranska inbäddningen',
	},
	en: {
		showTable: 'Show the table',
		ofDataFrom: (source: string) => ` of data from ${source}`,
		readMore: (organisation: string) => `More about the indicator at ${organisation}`,
		opensFull: '(opens the full page)',
		noChart: 'The indicator has no measured values and has not been assessed yet.',
		sampleNotice: 'made-up values, not the organisation’s real figures.',
		heading: 'Embed the chart',
		headingNoChart: 'Embed the assessment',
		introNoChart: 'Paste the code into a web page to show the status and the motivation there.',
		summary: 'Show the embed code',
		intro: 'Paste the code into a web page to show the chart, the table and the source there.',
		allowed: 'Only the websites {organisation} has approved can show it: {sites}.',
		allowedNone: 'No other website can show it yet: {organisation} has not approved any website for embedding.',
		relative: 'The address in the code is a path: put the site’s address in front of it, e.g. https://www.kommun.se',
		codeLabel: 'Embed code',
		preview: 'Preview the embed',
	},
} as const;

export type EmbedLocale = keyof typeof embedWords;
