import type { Locale } from './locales.ts';

/**
 * The open-data page's texts (src/components/pages/OpenDataPage.astro). Placeholders: `{noun}` the
 * plural level name in lower case, `{one}` the singular, `{area}` the area level's singular,
 * `{site}`, `{publisher}`, `{publisherOf}` (the genitive), `{n}`, `{values}` and `{computed}`
 * (Kolada's attribution texts). Text between backticks is a column or field name of the files, shown as code.
 */
const sv = {
	title: 'Öppna data',
	description: 'Ladda ner mätvärdena i {site} som öppna data.',
	lead: 'Alla mätvärden för {noun} på webbplatsen går att ladda ner som öppna data: filer som du kan öppna i ett kalkylprogram eller läsa med ett program.',
	sampleMarked: 'Filer med påhittade värden är märkta Exempeldata, både här och i filerna själva (kolumnen `sample` och fältet `sample`).',
	wholeSite: 'Hela webbplatsen',
	allValues: 'Alla mätvärden (CSV)',
	allValuesText: ': varje mätvärde för alla {noun}, en rad per mätvärde.',
	index: 'Förteckning över {noun} (JSON)',
	indexText: ': varje {one} med {area}, enhet, källa, status, utveckling och länkar till dess filer.',
	catalogue: 'Datakatalog (DCAT-AP-SE, RDF/XML)',
	catalogueText: ': beskriver filerna för Sveriges dataportal och andra datakataloger.',
	perIndicator: 'Per {one}',
	noData: 'Inga {noun} har mätvärden ännu.',
	withoutDataOne: '1 {one} bedöms utan mätvärden och har inga filer; dess status finns i förteckningen.',
	withoutDataMany: '{n} {noun} bedöms utan mätvärden och har inga filer; deras status finns i förteckningen.',
	format: 'Så är filerna gjorda',
	formatText: 'CSV-filerna är kodade i UTF-8, kommaseparerade och har punkt som decimaltecken. Excel-filerna har samma kolumner, med värdena som tal. Varje rad är ett mätvärde, med de här kolumnerna:',
	excel: 'CSV-filerna är gjorda för att läsas av program. Öppnar du en i Excel med svenska inställningar hamnar allt i en kolumn; använd Excel-filerna per {one} i stället.',
	colIndicator: 'Id:t, samma som i adressen till sidan: /indikatorer/id/.',
	colPeriod: 'Året eller perioden, t.ex. 2023, 2023/24 eller 2021-23.',
	colSeries: 'Serien och enheten, när det finns flera.',
	breakdowns: 'Uppdelningar',
	colBreakdowns: 'En kolumn per uppdelning, t.ex. kön eller jämförelse. En tom cell är totalen, eller en uppdelning som värdet inte har.',
	colValue: 'Värdet. En tom cell betyder att uppgift saknas, aldrig noll.',
	colSource: 'Källan och hur den ska anges.',
	colSample: 'Exempeldata när värdet är påhittat, annars tom.',
	json: 'JSON-filerna har samma uppgifter, och dessutom status och utveckling.',
	licence: 'Licens',
	licenceText: '{publisher} ger ut uppgifterna under licensen',
	kolada: 'Värden som kommer från Kolada ska anges med ”{values}”, och det som är uträknat ur dem, som status, utveckling och placeringar, med ”{computed}”. Kolumnen `attribution` anger rätt text för varje värde.',
	otherSources: 'Licensen gäller {publisherOf} egna uppgifter. För värden från andra källor gäller också källans villkor; källan står vid varje värde.',
	cite: 'Så anger du källan',
	citeRequired: 'Ange källan när du använder uppgifterna, till exempel så här, med datumet då du hämtade filen:',
	citeOptional: 'Licensen kräver det inte, men ange gärna källan, till exempel så här, med datumet då du hämtade filen:',
	citeExample: 'Källa: {publisher}, {site}{address}, hämtad ÅÅÅÅ-MM-DD.',
	processed: 'Har du bearbetat uppgifterna, skriv ”Egen bearbetning av data från {publisher}”.',
} as const;

export type OpenDataWords = { readonly [K in keyof typeof sv]: string };

const en: OpenDataWords = {
	title: 'Open data',
	description: 'Download the values in {site} as open data.',
	lead: 'All values for the {noun} on this site can be downloaded as open data: files you can open in a spreadsheet or read with a program.',
	sampleMarked: 'Files with made-up values are marked Exempeldata (Swedish for sample data), both here and in the files themselves (the column `sample` and the field `sample`).',
	wholeSite: 'The whole site',
	allValues: 'All values (CSV)',
	allValuesText: ': every value for all {noun}, one row per value.',
	index: 'List of {noun} (JSON)',
	indexText: ': each {one} with its {area}, unit, source, status, trend and links to its files.',
	catalogue: 'Data catalogue (DCAT-AP-SE, RDF/XML)',
	catalogueText: ': describes the files for Sweden’s data portal and other data catalogues.',
	perIndicator: 'Per {one}',
	noData: 'No {noun} have values yet.',
	withoutDataOne: '1 {one} is assessed without values and has no files; its status is in the list.',
	withoutDataMany: '{n} {noun} are assessed without values and have no files; their status is in the list.',
	format: 'How the files are made',
	formatText: 'The CSV files are encoded in UTF-8, comma-separated and use a full stop as the decimal separator. The Excel files have the same columns, with the values as numbers. Each row is one value, with these columns:',
	excel: 'The CSV files are made for programs to read. Opened in Excel set to a language that writes a decimal comma, such as Swedish, everything lands in one column; use the Excel file of each {one} instead.',
	colIndicator: 'The id, the same as in the address of the Swedish page: /indikatorer/id/.',
	colPeriod: 'The year or period, e.g. 2023, 2023/24 or 2021-23.',
	colSeries: 'The series and the unit, when there are several.',
	breakdowns: 'Breakdowns',
	colBreakdowns: 'One column per breakdown, e.g. sex or comparison. An empty cell is the total, or a breakdown the value does not have.',
	colValue: 'The value. An empty cell means the value is missing, never zero.',
	colSource: 'The source and how to attribute it.',
	colSample: 'Exempeldata (sample data) when the value is made up, else empty.',
	json: 'The JSON files hold the same, plus status and trend.',
	licence: 'Licence',
	licenceText: '{publisher} publishes the data under the licence',
	kolada: 'Values from Kolada are to be attributed with “{values}”, and what is computed from them, such as status, trend and ranks, with “{computed}”. The column `attribution` gives the right text for each value.',
	otherSources: 'The licence covers {publisherOf} own data. Values from other sources are also under their source’s terms; the source is given with each value.',
	cite: 'How to cite',
	citeRequired: 'Cite the source when you use the data, for example like this, with the date you downloaded the file:',
	citeOptional: 'The licence does not require it, but please cite the source, for example like this, with the date you downloaded the file:',
	citeExample: 'Source: {publisher}, {site}{address}, retrieved YYYY-MM-DD.',
	processed: 'If you have processed the data, write “Own processing of data from {publisher}”.',
};

export const openDataWords: Record<Locale, OpenDataWords> = { sv, en };

/** The possessive of a name: Swedish "Malung-Sälens kommuns" (no s after s, x, z); English "Region Dalarna’s". */
export function genitive(name: string, locale: Locale): string {
	if (locale === 'en') return /s$/i.test(name) ? `${name}’` : `${name}’s`;
	return /[sxz]$/i.test(name) ? name : `${name}s`;
}
