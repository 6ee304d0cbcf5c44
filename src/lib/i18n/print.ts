/**
 * Reader-visible words of the print edition and the "data last changed" line, Swedish and English
 * with identical keys. Templates use `{name}` placeholders (fill them with `fillPrint`), because
 * word order differs between languages. The i18n work folds these into the site's catalogue.
 */
export const printWords = {
	sv: {
		/** The page's title and h1 suffix: "Målbild 2023 – utskrift". */
		title: 'Utskrift',
		/** Said on screen only, above the page: how to print. No button, as the page has no JavaScript. */
		hint: 'Den här sidan är gjord för att skrivas ut. Välj Skriv ut i webbläsaren (Ctrl+P, på Mac Cmd+P) och skriv ut eller spara som PDF.',
		/** Title page: the latest period any indicator has a value for. */
		dataUntil: 'Data t.o.m. {period}',
		/** Title page: the day the newest data file was changed. */
		dataDate: 'Uppgifterna senast ändrade {date}',
		contents: 'Innehåll',
		/** A link to this page, in the footer of every page and on the home page. */
		link: 'Utskriftsversion (skriv ut eller spara som PDF)',
		/** On an area's page, a link to that area's print edition. */
		areaLink: 'Utskriftsversion av {title} (skriv ut eller spara som PDF)',
		/** On screen above a large framework's contents, whose areas print from pages of their own (src/lib/print-edition.ts). */
		byArea: 'Med {count} {indicators} blir utskriften för stor för ett dokument. Varje del i innehållsförteckningen nedan har därför en egen utskriftsversion: öppna den och skriv ut eller spara som PDF.',
		/** The indicator page's line near the source. */
		lastChanged: 'Data senast ändrad {date}',
		latestFor: 'Senaste värde avser {period}',
		/** Sample data on paper, where the notice's wording must stand on its own. */
		sampleNote: 'Värdena är exempeldata, inte organisationens verkliga siffror.',
		qualitative: 'Kvalitativ indikator, utan mätvärden.',
		/** Before the web address on the title page, so a paper copy leads back to the site. */
		onWeb: 'På webben',
		/** After the site's title in the h1 and breadcrumbs, on screen only. */
		edition: 'utskriftsversion',
		/** A link to the other language's print edition, written in that language. */
		otherLanguage: 'Print edition in English',
		status: 'Status',
		trend: 'Utveckling',
		target: 'Mål',
		latest: 'Senaste värde',
		yearlyTargets: 'Årsmål',
		motivation: 'Motivering',
		source: 'Källa',
	},
	en: {
		title: 'Print',
		hint: 'This page is made for printing. Choose Print in your browser (Ctrl+P, on a Mac Cmd+P) and print it or save it as PDF.',
		dataUntil: 'Data up to {period}',
		dataDate: 'Data last changed {date}',
		contents: 'Contents',
		link: 'Print edition (print or save as PDF)',
		areaLink: 'Print edition of {title} (print or save as PDF)',
		byArea: 'With {count} {indicators} the print edition is too large for one document, so each part in the contents below has a print edition of its own: open it, then print it or save it as PDF.',
		lastChanged: 'Data last changed {date}',
		latestFor: 'Latest value for {period}',
		sampleNote: 'The values are sample data, not the organisation’s real figures.',
		qualitative: 'Qualitative indicator, without measured values.',
		onWeb: 'On the web',
		edition: 'print edition',
		otherLanguage: 'Utskriftsversion på svenska',
		status: 'Status',
		trend: 'Trend',
		target: 'Target',
		latest: 'Latest value',
		yearlyTargets: 'Yearly targets',
		motivation: 'Motivation',
		source: 'Source',
	},
} as const;

export type PrintLocale = keyof typeof printWords;

/** Fills `{name}` placeholders. */
export function fillPrint(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
}

const dayFormats = { sv: 'sv-SE', en: 'en-GB' } as const;

/**
 * A calendar day ("2026-03-12") in words: "12 mars 2026", "12 March 2026". Read and written in
 * UTC, so the day never shifts with the build machine's time zone.
 */
export function formatDay(day: string, locale: PrintLocale): string {
	const key = `${locale} ${day}`;
	let text = days.get(key);
	if (text === undefined) days.set(key, (text = dayFormatter(locale).format(new Date(`${day}T00:00:00Z`))));
	return text;
}

// Every indicator page and its embed page write a day, mostly the same few: formatting one took
// about 10 µs, creating an Intl formatter a third of a millisecond.
const days = new Map<string, string>();
const dayFormatters = new Map<PrintLocale, Intl.DateTimeFormat>();
function dayFormatter(locale: PrintLocale): Intl.DateTimeFormat {
	let formatter = dayFormatters.get(locale);
	if (!formatter) dayFormatters.set(locale, (formatter = new Intl.DateTimeFormat(dayFormats[locale], { dateStyle: 'long', timeZone: 'UTC' })));
	return formatter;
}
