/**
 * Every message Målbild gives an editor, in Swedish: the site's locale and the default. One
 * function per kind of message, taking what was found; `en.ts` has the same keys and parameters
 * (its type is this catalogue's), and tests/unit/content lock the wording of both.
 */
import { ratioText } from '../brand/contrast.ts';
import type { FieldMeta } from '../schema/help.ts';
import type { ColumnRole, DelimiterChar, Format, FormatKey, KoladaFailure, KoladaSettingsIssue, RefCollection, Text } from './types.ts';

/** How a value from the file reads in a sentence: `"tre"`, `12`, `en lista`. */
function describeInput(input: unknown): string {
	if (input === null) return 'ett tomt värde';
	if (Array.isArray(input)) return 'en lista';
	if (typeof input === 'object') return 'en grupp av fält';
	if (typeof input === 'number' || typeof input === 'boolean') return String(input);
	return `"${String(input)}"`;
}

/** What kind of value was found. */
function typeWord(input: unknown): string {
	if (typeof input === 'string') return 'en text';
	if (typeof input === 'number') return 'ett tal';
	if (typeof input === 'boolean') return 'ett sant/falskt-värde';
	return describeInput(input);
}

/** What kind of value a schema expects, by zod's name for it. */
const typeWords: Record<string, string> = {
	string: 'en text',
	number: 'ett tal',
	int: 'ett heltal',
	boolean: 'true eller false',
	array: 'en lista',
	object: 'en grupp av fält',
	record: 'en grupp av fält',
	date: 'ett datum',
};
const expectedWord = (expected: string) => typeWords[expected] ?? expected;

/** How to write a value of each type, for the hint under a wrong one. */
const typeHints: Record<string, string> = {
	string: 'Skriv en text efter kolonet, inom citattecken om den innehåller kolon.',
	number: 'Skriv talet med bara siffror, utan mellanrum, och med punkt som decimaltecken, t.ex. 1400 eller 12.5.',
	int: 'Skriv ett heltal, utan decimaler.',
	boolean: 'Skriv true (ja) eller false (nej).',
	object: 'Skriv fälten på egna rader under namnet, indragna med två mellanslag.',
	record: 'Skriv fälten på egna rader under namnet, indragna med två mellanslag.',
};

/** A field's own help as a hint: "Målår: Året då värdet ska vara nått, t.ex. 2030." */
const aboutField = (about: FieldMeta | undefined) => (about ? `${about.title}: ${about.description}` : undefined);

/** `year: "2027"`: a number in quotes, which YAML reads as text. */
export const isQuotedNumber = (input: unknown, expected: string) =>
	(expected === 'number' || expected === 'int') && typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input);

/** `year: 2027-12-31`: a date where a whole number, most likely a year, is asked for. */
export const isDateForYear = (input: unknown, expected: string) => expected === 'int' && typeof input === 'string' && /^\s*\d{4}-\d\d(-\d\d)?\s*$/.test(input);

/** "a", "a och b", "a, b och c". */
const listed = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`);

/** `Menade du "natur"? Finns: ekonomi, natur.` */
const didYouMean = (guess: string | undefined) => (guess ? `Menade du "${guess}"? ` : '');

const formats: Record<FormatKey, string> = {
	year: 'ett fyrsiffrigt år, t.ex. 2024',
	koladaId: 'ett nyckeltals-id i Kolada, t.ex. N15508',
	url: 'en webbadress som börjar med https://',
	email: 'en e-postadress, t.ex. kansli@kommun.se',
	colour: 'en färg som #rrggbb, t.ex. #1f4e79',
	basePath: 'en sökväg som börjar och slutar med /, t.ex. /malbild/',
	logo: 'en .svg- eller .png-fil',
	orgNumber: 'ett organisationsnummer som 212000-2163',
	municipalityCode: 'en fyrsiffrig kommunkod, t.ex. 2023',
	koladaArea: 'en fyrsiffrig kommunkod som 2023, 0000 för riket, eller id:t för en kommungrupp i Kolada, som börjar med G',
	koladaGroup: 'all för alla kommuner, eller id:t för en kommungrupp i Kolada, som börjar med G',
	origin: 'en webbplats som https://www.kommun.se, med https:// och utan sökväg',
	date: 'ett datum som år-månad-dag, t.ex. 2026-03-12',
};
const formatWords = (format: Format) => ('key' in format ? formats[format.key] : format.text);

/** What editors call each collection when the site does not name the level itself. */
const collectionWords: Record<RefCollection, string> = {
	areas: 'Målområde',
	goals: 'Mål',
	strategies: 'Strategi',
	indicators: 'Indikator',
	pages: 'Sidan',
	data: 'Datafilen',
};

const roleWords: Record<ColumnRole, string> = { year: 'år', value: 'värde', series: 'serie', units: 'enhet', geoCode: 'geokod' };
const delimiterWords: Record<DelimiterChar, string> = { ';': 'semikolon', ',': 'komma', '\t': 'tabb' };
const what = (kind: 'indicator' | 'strategy') => (kind === 'indicator' ? 'indikatorn' : 'strategin');
/** The subject of a sentence about one series, or about the indicator when it has one. */
const seriesOrIndicator = (series: string | undefined) => (series ? `serien "${series}"` : 'indikatorn');

/** Where the brand colour is used, as the end of "Profilfärgen #… har kontrasten 2,5:1 …". */
const brandUseWords = {
	header: 'mot vit text i sidhuvudet',
	link: 'som länktext på den ljusa bakgrunden (#f4f6f8)',
	ui: 'för knappar och ramar mot den vita bakgrunden',
} as const;

const BASE_URL_HINT = 'Kontrollera adressen till API:t (--base-url eller KOLADA_BASE_URL); utan dem används https://api.kolada.se/v3.';
const KOLADA_SOURCE = 'Källa: Kolada';

/** A failed request to Kolada in words; the data file is left as it was. */
function koladaFailure(p: KoladaFailure): Text {
	const body = p.body ? `: ${p.body}` : '';
	const tries = p.attempts && p.attempts > 1 ? ` efter ${p.attempts} försök` : '';
	switch (p.kind) {
		case 'http':
			if (p.status === 429) {
				return {
					message: `Kolada svarade HTTP 429 (för många anrop) på ${p.url}${tries}${p.detail ? ` och bad om att vänta (${p.detail})` : ''}. Datafilen är orörd.`,
					hint: 'Vänta en stund och kör kommandot igen, gärna med --only för en indikator i taget.',
				};
			}
			if (p.status !== undefined && p.status >= 500) {
				return { message: `Kolada svarade HTTP ${p.status} (fel hos Kolada) på ${p.url}${tries}${body}. Datafilen är orörd.`, hint: 'Felet ligger hos Kolada. Försök igen senare.' };
			}
			return {
				message: `Kolada svarade HTTP ${p.status} på ${p.url}${body}. Datafilen är orörd.`,
				hint: `Kontrollera nyckeltalets id och kommunkoderna under kolada. ${BASE_URL_HINT}`,
			};
		case 'network':
			return { message: `fick inget svar från ${p.url}${p.detail ? ` (${p.detail})` : ''}. Datafilen är orörd.`, hint: `Kontrollera nätverket. ${BASE_URL_HINT}` };
		case 'json':
			return { message: `svaret från ${p.url} är inte giltig JSON${body}. Datafilen är orörd.`, hint: 'Försök igen senare; kvarstår felet kan API:t ha ändrats.' };
		case 'shape':
			return { message: `svaret från ${p.url} ser inte ut som Koladas API v3${p.detail ? ` (${p.detail})` : ''}. Datafilen är orörd.`, hint: BASE_URL_HINT };
		case 'paging':
			return { message: `sidorna från ${p.url} tar aldrig slut${p.detail ? ` (${p.detail})` : ''}. Datafilen är orörd.`, hint: 'Försök igen senare; kvarstår felet kan API:t ha ändrats.' };
	}
}

const HEADER_HINT = 'Första raden ska namnge kolumnerna, till exempel År;Värde, åtskilda med semikolon, komma eller tabb.';
const QUOTE_HINT = 'Sätt citattecken runt hela cellen och skriv två citattecken ("") för ett citattecken inuti den.';
const INDENT_HINT = 'Använd mellanslag för indrag, två per nivå.';
/** HTML's tags that have no end, which MDX wants written `<br />`. */
export const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'wbr', 'col', 'source', 'track', 'area', 'embed']);
const GROUP_HINT = 'Skriv fälten på egna rader under gruppens namn, indragna med två mellanslag.';

export const sv = {
	/** The words around a message: where it is, and the headings of a list of problems. */
	frame: {
		line: (line: number) => `rad ${line}`,
		field: (name: string) => `fältet ${name}`,
		column: (name: string) => `kolumnen ${name}`,
		hint: 'Tips:',
		errorsHeading: (count: number) => `${count} fel i innehållet:`,
		warningsHeading: (count: number) => `${count} ${count === 1 ? 'varning' : 'varningar'}:`,
		/** The last line of `npm run check`. */
		summary: (p: { tree: string; errors: number; warnings: number; checked?: { count: number; plural: string } }) =>
			`${p.tree}: ${p.errors} fel, ${p.warnings} ${p.warnings === 1 ? 'varning' : 'varningar'}${p.checked ? `; ${p.checked.count} ${p.checked.plural.toLowerCase()} kontrollerade` : ''}.`,
		contentError: 'Innehållet har fel; webbplatsen byggs inte.',
		unknownLanguage: (lang: string) => `Okänt språk "${lang}". Välj sv (svenska) eller en (engelska), t.ex. npm run check -- --lang en.`,
	},

	/** The lines `npm run data:kolada` prints around its problems. */
	kolada: {
		fetching: (p: { id: string; kpi: string; municipality: string; comparisons: number }) =>
			`${p.id}: hämtar ${p.kpi} för kommun ${p.municipality}${p.comparisons ? ` och ${p.comparisons} ${p.comparisons === 1 ? 'jämförelse' : 'jämförelser'}` : ''} …`,
		wrote: (p: { id: string; rows: number; first?: number; last?: number; csv: string; json: string; title: string; published?: string }) =>
			`${p.id}: ${p.rows} ${p.rows === 1 ? 'rad' : 'rader'}${p.first === undefined ? '' : p.first === p.last ? `, ${p.first}` : `, ${p.first}–${p.last}`} → ${p.csv} (rådata: ${p.json}). Nyckeltal: "${p.title}"${p.published ? `, publicerat ${p.published}` : ''}.`,
		waiting: (p: { seconds: number; status?: number }) => `  väntar ${p.seconds} s${p.status ? ` (Kolada svarade HTTP ${p.status})` : ''} och försöker igen …`,
		notWritten: (p: { id: string; json?: string }) => `${p.id}: ingen datafil skriven${p.json ? ` (rådata: ${p.json})` : ''}.`,
		none: (p: { tree: string }) => `Ingen indikator i ${p.tree} har några kolada-inställningar. Se docs/kolada.md.`,
		unknownIndicator: (p: { id: string; known: readonly string[] }) =>
			`Indikatorn "${p.id}" finns inte eller har inga kolada-inställningar.${p.known.length ? ` Indikatorer med kolada: ${p.known.join(', ')}.` : ''}`,
		badArgument: (p: { arg: string }) => `Okänt argument "${p.arg}". Användning: npm run data:kolada -- [--only <indikator>] [--base-url <adress>] [--lang en]`,
		summary: (p: { written: number; indicators: number; errors: number; warnings: number }) =>
			`Kolada: ${p.written} av ${p.indicators} ${p.indicators === 1 ? 'indikator' : 'indikatorer'} skrivna, ${p.errors} fel, ${p.warnings} ${p.warnings === 1 ? 'varning' : 'varningar'}.`,
		attribution: `Ange "${KOLADA_SOURCE}" vid värdena och "Egen bearbetning av data från Kolada" vid allt som räknats fram ur dem (status, trend, placeringar).`,
	},

	/** What a value in a field of each format looks like; the schemas' `.regex()`, `z.url()` and `z.email()` carry these. */
	formats,

	messages: {
		// The content tree and its files.
		contentDirMissing: (): Text => ({
			message: 'innehållsmappen finns inte.',
			hint: 'Ange en befintlig mapp med MALBILD_CONTENT, t.ex. MALBILD_CONTENT=examples/smedjebacken.',
		}),
		siteMissing: (p: { dir: string }): Text => ({
			message: `filen saknas i innehållsmappen ${p.dir}.`,
			hint: 'Varje webbplats behöver en site.yaml med organisationens namn, titel, vision och nivåernas namn. Kontrollera MALBILD_CONTENT.',
		}),
		notMarkdown: (): Text => ({ message: 'filen är inte en Markdown-fil (.md eller .mdx) och används inte.' }),
		notCsv: (): Text => ({
			message: 'filen är inte en CSV-fil och används inte.',
			hint: 'Spara från Excel som "CSV UTF-8 (kommaavgränsad)" eller "CSV (semikolonavgränsad)".',
		}),
		badFileName: (p: { name: string; fixed: string }): Text => ({
			message: `filnamnet "${p.name}" går inte att använda: namnet blir sidans adress och får bara ha små bokstäver a–z, siffror och bindestreck.`,
			hint: `Byt namn på filen till "${p.fixed}".`,
		}),
		reservedPageId: (p: { id: string; reserved: readonly string[] }): Text => ({
			message: `en sida kan inte heta "${p.id}": adressen /${p.id}/ har webbplatsen redan.`,
			hint: `Byt namn på filen. Upptagna namn: ${p.reserved.join(', ')}.`,
		}),
		// Translations (src/lib/content/translations.ts): <id>.en.md beside <id>.md.
		translationWithoutEntry: (p: { id: string; lang: string; collection: string; original: string; guess?: string }): Text => ({
			message: `översättningen hör inte till något: det finns ingen ${p.original} att översätta.`,
			hint: p.guess ? `Menade du ${p.collection}/${p.guess}.${p.lang}.md? Filen ska heta som originalet, med .${p.lang} före .md.` : `En översättning heter som originalet, med .${p.lang} före .md, t.ex. ${p.collection}/${p.id}.md och ${p.collection}/${p.id}.${p.lang}.md.`,
		}),
		// Links and images in a body (src/lib/content/body-links.ts).
		bodyLinkBroken: (p: { url: string; guess?: string; relative: boolean; example: string }): Text => ({
			message: `länken "${p.url}" leder inte till någon sida på webbplatsen.`,
			hint: p.guess
				? `Menade du "${p.guess}"?${p.relative ? ' En länk utan / först leder till olika ställen från olika sidor.' : ''}`
				: p.relative
					? `Skriv adressen från webbplatsens början, med / först, t.ex. ${p.example}. Den fungerar då på varje sida som visar texten.`
					: `Skriv adressen som den står i webbläsaren, utan webbplatsens domän, t.ex. ${p.example}.`,
		}),
		bodyLinkToFile: (p: { url: string; page?: string; example: string }): Text => ({
			message: `länken "${p.url}" pekar på en fil i content, inte på en sida.`,
			hint: p.page ? `Länka till sidans adress: ${p.page}` : `Länka till sidans adress, som den står i webbläsaren, t.ex. ${p.example}.`,
		}),
		bodyImageMissing: (p: { url: string; folder: string; example: string }): Text => ({
			message: `bilden "${p.url}" finns inte.`,
			hint: `Lägg bildfilen i mappen ${p.folder} eller en mapp i den, och skriv sökvägen från filen, t.ex. ![Vad bilden visar](${p.example}) för ${p.folder}/${p.example}.`,
		}),
		bodyImageRemote: (p: { url: string; host: string }): Text => ({
			message: `bilden hämtas från en annan webbplats (${p.host}). Webbplatsen hämtar ingenting från andra webbplatser: besökarna ska inte spåras, och bilden kan försvinna där.`,
			hint: `Spara bilden i mappen bredvid filen och länka till den, t.ex. ![Vad bilden visar](bilder/bild.png).`,
		}),
		translatedSeriesUnknown: (p: { series: string; original: string; names: readonly string[]; guess?: string }): Text => ({
			message: `serien "${p.series}" finns inte i ${p.original}, så översättningen av den används inte.`,
			hint: p.names.length
				? `${didYouMean(p.guess)}Skriv name som i originalet. Seriernas namn: ${p.names.join(', ')}.`
				: `Indikatorn har bara en serie: översätt dess enhet med unit och ta bort series.`,
		}),
		translationNotPublished: (p: { lang: string }): Text => ({
			message: `översättningen används inte: webbplatsen ges inte ut på språket "${p.lang}".`,
			hint: `Lägg till ${p.lang} i locales i site.yaml, t.ex. locales: [sv, ${p.lang}].`,
		}),
		localeNotPublished: (p: { locale: string }): Text => ({
			message: `huvudspråket "${p.locale}" saknas i listan över publicerade språk.`,
			hint: `Lägg till ${p.locale} i locales, t.ex. locales: [${p.locale}, en], eller ta bort locales.`,
		}),
		secondLocaleUnsupported: (p: { locale: string; other: string }): Text => ({
			message: `med huvudspråket "${p.locale}" går det ännu inte att ge ut webbplatsen på "${p.other}".`,
			hint: 'Ett andra språk kan bara läggas till på en svensk webbplats: skriv locale: sv och locales: [sv, en].',
		}),
		// Open data (src/lib/open-data): the catalogue needs absolute addresses.
		openDataNoAddress: (): Text => ({
			message: 'webbplatsens adress saknas. Därför skrivs datakatalogen dcat.rdf inte, och sitemap.xml och koden för att bädda in diagram får bara sökvägar, som inte fungerar utanför webbplatsen. Resten byggs som vanligt.',
			hint: 'Skriv webbplatsens adress i url, t.ex. url: https://mal.kommun.se/, eller sätt MALBILD_SITE när du bygger.',
		}),
		sameId: (p: { other: string; file: string; id: string }): Text => ({
			message: `${p.other} och ${p.file} har samma namn, "${p.id}", och skulle få samma adress.`,
			hint: 'Ta bort den ena filen eller byt namn på den.',
		}),
		noFrontMatter: (): Text => ({
			message: 'filen börjar inte med front matter (fälten mellan två rader ---).',
			hint: 'Första raden ska vara --- och fälten (title: …) ska följa, avslutade med en rad ---.',
		}),

		// YAML syntax: only the parser's first error, in words.
		yamlDuplicateKey: (p: { key?: string }): Text => ({
			message: `fältet ${p.key ? `"${p.key}" ` : ''}står två gånger.`,
			hint: 'Ta bort den ena raden; varje fält får bara finnas en gång.',
		}),
		yamlTab: (): Text => ({ message: 'raden är indragen med tabb.', hint: INDENT_HINT }),
		yamlBadStart: (p: { char: string }): Text => ({
			message: `ett värde får inte börja med tecknet ${p.char}.`,
			hint: `Skriv värdet inom citattecken, t.ex. "${p.char}…".`,
		}),
		yamlBadEscape: (): Text => ({
			message: 'texten inom "…" har ett omvänt snedstreck (\\) som inte går att läsa.',
			hint: "Skriv texten inom enkla citattecken '…' i stället.",
		}),
		yamlUnclosedList: (): Text => ({
			message: 'en lista som börjar med [ avslutas inte med ].',
			hint: 'Skriv hela listan på en rad, t.ex. [a, b], eller ett värde per rad som börjar med "- ".',
		}),
		yamlUnclosedGroup: (): Text => ({ message: 'en grupp som börjar med { avslutas inte med }.', hint: GROUP_HINT }),
		yamlIndent: (): Text => ({ message: 'indraget stämmer inte: fält på samma nivå ska börja i samma kolumn.', hint: INDENT_HINT }),
		yamlImplicitKey: (): Text => ({
			message: 'raden går inte att läsa som ett fält: antingen har ett värde ett kolon i sig, eller så är raden indragen fel.',
			hint: 'Skriv en text med kolon inom citattecken, t.ex. title: "Ekonomi: budget", och låt fält på samma nivå börja i samma kolumn.',
		}),
		yamlUnclosedQuote: (p: { quote: string }): Text => ({
			message: `citattecknet ${p.quote} stängs aldrig.`,
			hint: `Avsluta texten med samma citattecken, t.ex. title: ${p.quote}Ekonomi${p.quote}.`,
		}),
		yamlListItem: (): Text => ({
			message: 'en rad i en lista saknar "- " först, eller är indragen fel.',
			hint: 'Låt varje värde i listan börja med "- ", indraget lika långt som de andra.',
		}),
		yamlMissingColon: (): Text => ({ message: 'raden saknar kolon efter fältnamnet.', hint: 'Skriv fältet som namn: värde, t.ex. title: Ekonomi.' }),
		yamlUnreadable: (): Text => ({
			message: 'raden går inte att läsa.',
			hint: 'Kontrollera kolon, indrag och citattecken; en text med kolon i skrivs inom citattecken.',
		}),
		notUtf8: (p: { text: string }): Text => ({
			message: `filen är inte sparad som UTF-8, så å, ä och ö skulle bli fel på sidan (första raden med ett sådant tecken: "${p.text}").`,
			hint: 'Spara filen med kodningen UTF-8: i Anteckningar under Spara som, Kodning: UTF-8; i VS Code med Spara med kodning, UTF-8 (nere till höger).',
		}),
		mdxUnclosedTag: (p: { tag: string }): Text => ({
			message: `taggen <${p.tag}> stängs aldrig: i en .mdx-fil måste varje HTML-tagg stängas.`,
			hint: VOID_TAGS.has(p.tag) ? `Skriv <${p.tag} /> i stället för <${p.tag}>.` : `Skriv </${p.tag}> där den ska sluta, eller ta bort taggen.`,
		}),
		mdxStrayClosingTag: (p: { text: string }): Text => ({
			message: `en sluttagg (</…>) står utan någon öppnande tagg före sig: "${p.text}".`,
			hint: 'Ta bort sluttaggen, eller skriv den öppnande taggen före den.',
		}),
		mdxBrace: (p: { text: string }): Text => ({
			message: `tecknet { börjar kod i en .mdx-fil, och det som står efter det är inte kod: "${p.text}".`,
			hint: 'Skriv \\{ och \\} om klamrarna ska synas på sidan, eller använd vanliga parenteser.',
		}),
		mdxExpression: (p: { code: string }): Text => ({
			message: `${p.code} är kod i en .mdx-fil: sidan skulle visa vad koden räknar ut, inte det som står.`,
			hint: 'Skriv \\{ och \\} om klamrarna ska synas på sidan, eller ta bort dem. En kommentar skrivs {/* text */}.',
		}),
		mdxEsm: (p: { text: string }): Text => ({
			message: `en rad som börjar med import eller export är kod i en .mdx-fil, och den här går inte att läsa: "${p.text}".`,
			hint: 'Skriv om raden så att den inte börjar med ordet import eller export.',
		}),
		mdxHtmlComment: (): Text => ({
			message: '<!-- … --> är ingen kommentar i en .mdx-fil, och sidan kan inte byggas med den.',
			hint: 'Skriv kommentaren så här: {/* text */}.',
		}),
		mdxAngleLink: (p: { text: string }): Text => ({
			message: `en adress inom < och > läses som en HTML-tagg i en .mdx-fil: "${p.text}".`,
			hint: 'Skriv länken som [text](https://…) eller [info@kommun.se](mailto:info@kommun.se), eller skriv adressen utan < och >.',
		}),
		mdxLessThan: (p: { text: string }): Text => ({
			message: `tecknet < börjar en HTML-tagg i en .mdx-fil, men det som följer är ingen tagg: "${p.text}".`,
			hint: 'Skriv \\< om tecknet ska synas på sidan, eller skriv "mindre än".',
		}),
		mdxComponent: (p: { name: string }): Text => ({
			message: `komponenten <${p.name}> finns inte: Målbild har inga egna komponenter för sidorna.`,
			hint: 'Ta bort taggen, eller skriv \\< om tecknet < ska synas på sidan.',
		}),

		placeholder: (p: { count: number; lines: readonly number[]; text: string }): Text => ({
			message:
				p.count === 1
					? `en platshållare är inte ifylld: "${p.text}". Sidan skulle publiceras med den texten.`
					: `${p.count} platshållare är inte ifyllda (rad ${listed(p.lines.map(String))}), den första "${p.text}". Sidan skulle publiceras med dem.`,
			hint: 'Skriv in uppgiften i stället för hakparenteserna, eller ta bort meningen om den inte gäller.',
		}),

		// A field against its schema.
		fieldMissing: (p: { key: string; expected: string }): Text => ({
			message: `fältet saknas; det ska vara ${expectedWord(p.expected)}.`,
			hint:
				p.expected === 'object' || p.expected === 'record'
					? `Lägg till en rad ${p.key}: och skriv dess fält på raderna under, indragna med två mellanslag.`
					: `Lägg till en rad ${p.key}: … med ${expectedWord(p.expected)}.`,
		}),
		fieldEmpty: (p: { expected: string }): Text => ({
			message: `fältet är tomt; det ska vara ${expectedWord(p.expected)}.`,
			hint: 'Skriv värdet efter kolonet på samma rad, eller ta bort raden om fältet inte behövs.',
		}),
		/** `year: # Målår: …`: an uncommented scaffold line, whose help YAML reads as a comment. */
		fieldEmptyComment: (p: { expected: string }): Text => ({
			message: `fältet är tomt; det ska vara ${expectedWord(p.expected)}.`,
			hint: 'Texten efter # är en kommentar, inget värde. Skriv värdet efter kolonet, eller sätt tillbaka # först på raden om fältet inte behövs.',
		}),
		/** `color: #1f4e79`: YAML reads a comment and an empty field. */
		fieldEmptyHash: (p: { expected: string }): Text => ({
			message: `fältet är tomt; det ska vara ${expectedWord(p.expected)}.`,
			hint: 'Ett värde som börjar med # skrivs inom citattecken, t.ex. "#1f4e79"; utan dem läses resten av raden som en kommentar.',
		}),
		notInteger: (p: { input: number; about?: FieldMeta }): Text => ({ message: `${p.input} är inte ett heltal.`, hint: aboutField(p.about) ?? typeHints.int }),
		wrongType: (p: { input: unknown; expected: string; key: string; about?: FieldMeta }): Text => ({
			message: `${describeInput(p.input)} är ${typeWord(p.input)}, men det ska vara ${expectedWord(p.expected)}.`,
			// How to write a number or true/false says more than the field's help; "t.ex. 2" for a whole number says less.
			hint:
				p.expected === 'array' && typeof p.input === 'string'
					? `Skriv listan inom hakparenteser, t.ex. ${p.key}: [${p.input}], eller ett värde per rad som börjar med "- ".`
					: p.key === 'date' && typeof p.input === 'number'
						? `Skriv hela datumet som år-månad-dag, t.ex. date: ${p.input}-03-12.`
						: p.expected === 'string' && (typeof p.input === 'number' || typeof p.input === 'boolean')
						? `Skriv värdet inom citattecken, "${p.input}", så läses det som text.`
						: isDateForYear(p.input, p.expected)
							? `Skriv bara året: ${p.key}: ${String(p.input).trim().slice(0, 4)}.`
							: isQuotedNumber(p.input, p.expected)
								? `Skriv talet utan citattecken: ${p.key}: ${String(p.input).trim()}.`
								: ((p.expected === 'int' ? aboutField(p.about) : undefined) ?? typeHints[p.expected]),
		}),
		notAllowed: (p: { input: unknown; values: readonly string[]; guess?: string; about?: FieldMeta }): Text => ({
			message: `${describeInput(p.input)} är inte ett tillåtet värde.`,
			hint: `${didYouMean(p.guess)}Tillåtna värden: ${p.values.map((v) => (p.about?.options?.[v] ? `${v} (${p.about.options[v][0]})` : v)).join(', ')}.`,
		}),
		unknownField: (p: { keys: readonly string[]; known: readonly string[]; guess?: string; label?: string }): Text => ({
			message: `okänt fält ${p.keys.map((k) => `"${k}"`).join(', ')}.`,
			hint: p.known.length
				? `${p.label ? `Menade du "${p.guess}" (${p.label})? Fältens namn skrivs på engelska. ` : didYouMean(p.guess)}Fält som går att använda här: ${p.known.join(', ')}.`
				: 'Kontrollera stavningen av fältnamnet.',
		}),
		emptyText: (): Text => ({ message: 'fältet är tomt.', hint: 'Skriv en text efter kolonet, eller ta bort raden om fältet inte behövs.' }),
		listTooShort: (p: { minimum: string }): Text => ({ message: `listan ska ha minst ${p.minimum} värden.` }),
		tooSmall: (p: { input: unknown; inclusive: boolean; minimum: string; about?: FieldMeta }): Text => ({
			message: `${describeInput(p.input)} är för litet; det ska vara ${p.inclusive ? 'minst' : 'större än'} ${p.minimum}.`,
			hint: aboutField(p.about),
		}),
		tooBig: (p: { input: unknown; inclusive: boolean; maximum: string; about?: FieldMeta }): Text => ({
			message: `${describeInput(p.input)} är för stort; det ska vara ${p.inclusive ? 'högst' : 'mindre än'} ${p.maximum}.`,
			hint: aboutField(p.about),
		}),
		wrongFormat: (p: { input: unknown; format?: Format; key: string }): Text => ({
			message: `${describeInput(p.input)} har fel form${p.format ? `; det ska vara ${formatWords(p.format)}` : ''}.`,
			// Copied without quotes, the example would become a comment and the field empty.
			hint: p.format && 'key' in p.format && p.format.key === 'colour' ? `Skriv färgen inom citattecken, t.ex. ${p.key}: "#1f4e79".` : undefined,
		}),
		badKey: (p: { input: unknown; format?: Format }): Text => ({
			message: `${describeInput(p.input)} går inte att använda som namn här${p.format ? `; det ska vara ${formatWords(p.format)}` : ''}.`,
		}),
		variantNotGroup: (p: { input: unknown; discriminator: string; options?: readonly string[] }): Text => ({
			message: `${describeInput(p.input)} är ${typeWord(p.input)}, men det ska vara en grupp av fält med ${p.discriminator} först.`,
			hint: p.options ? `Tillåtna värden för ${p.discriminator}: ${p.options.join(', ')}.` : undefined,
		}),
		variantMissing: (p: { discriminator: string; options?: readonly string[] }): Text => ({
			message: `fältet ${p.discriminator} saknas.`,
			hint: p.options ? `Tillåtna värden för ${p.discriminator}: ${p.options.join(', ')}.` : undefined,
		}),
		variantNotAllowed: (p: { found: unknown; discriminator: string; options?: readonly string[] }): Text => ({
			message: `${describeInput(p.found)} är inte ett tillåtet värde.`,
			hint: p.options ? `Tillåtna värden för ${p.discriminator}: ${p.options.join(', ')}.` : undefined,
		}),
		doesNotFit: (p: { input: unknown }): Text => ({ message: `${describeInput(p.input)} passar inte här.` }),

		// References between files.
		unknownReference: (p: { collection: RefCollection; level?: string; value: string; valid: readonly string[]; guess?: string }): Text => ({
			message: `${p.level ?? collectionWords[p.collection]} "${p.value}" finns inte.`,
			hint: p.valid.length
				? `${didYouMean(p.guess)}Finns: ${p.valid.join(', ')}.`
				: p.collection === 'data'
					? 'Mappen data/ har inga CSV-filer; lägg filen där.'
					: `Det finns inga filer i mappen ${p.collection}/ än.`,
		}),

		// Rules across fields and files.
		levelMissing: (p: { level: 'goal' | 'strategy' }): Text =>
			p.level === 'goal'
				? { message: 'det finns filer i goals/ men levels saknar goal, nivåns namn.', hint: 'Lägg till goal: under levels: med singular: och plural:, t.ex. Mål och Mål.' }
				: {
						message: 'det finns filer i strategies/ men levels saknar strategy, nivåns namn.',
						hint: 'Lägg till strategy: under levels: med singular: och plural:, t.ex. Strategi och Strategier.',
					},
		areaAndGoal: (p: { kind: 'indicator' | 'strategy'; area: string; goal: string; words: { area: string; goal?: string } }): Text => ({
			message: `både area och goal är angivna; ${what(p.kind)} kan bara höra till ett av dem.`,
			hint: `Ta bort goal: om ${what(p.kind)} hör direkt till ${p.words.area.toLowerCase()} "${p.area}", eller area: om den hör till ${(p.words.goal ?? 'Mål').toLowerCase()} "${p.goal}".`,
		}),
		noAreaOrGoal: (p: {
			kind: 'indicator' | 'strategy';
			withGoals: boolean;
			areas: readonly string[];
			goals: readonly string[];
			words: { area: string; areas: string; goal?: string; goals?: string };
		}): Text => {
			const areaWord = p.words.area.toLowerCase();
			const goalWord = (p.words.goal ?? 'Mål').toLowerCase();
			const example = [p.areas[0] && `area: ${p.areas[0]}`, p.withGoals && p.goals[0] && `goal: ${p.goals[0]}`].filter(Boolean).join(' eller ');
			return {
				message: p.withGoals ? 'varken area eller goal är angivet.' : 'fältet saknas.',
				hint: [
					`Skriv vilket ${p.withGoals ? `${areaWord} eller ${goalWord}` : areaWord} ${what(p.kind)} hör till${example ? `, t.ex. ${example}` : ''}.`,
					`${p.words.areas}: ${p.areas.join(', ') || 'inga än'}.`,
					p.withGoals ? `${p.words.goals ?? 'Mål'}: ${p.goals.join(', ') || 'inga än'}.` : '',
				]
					.filter(Boolean)
					.join(' '),
			};
		},
		unusedDataFile: (): Text => ({ message: 'ingen indikator använder filen.', hint: 'Ange filen i en indikators fält data, eller ta bort den.' }),
		brandContrast: (p: { colour: string; use: 'header' | 'link' | 'ui'; ratio: number; needed: number; suggestion?: string }): Text => ({
			message: `Profilfärgen ${p.colour} har kontrasten ${ratioText(p.ratio, 'sv')} ${brandUseWords[p.use]}; det behövs ${ratioText(p.needed, 'sv')}.`,
			hint: p.suggestion
				? `Förslag: ${p.suggestion}, samma kulör men mörkare, klarar alla användningar. Skriv brandColor: "${p.suggestion}".`
				: 'Välj en mörkare färg.',
		}),
		brandNoDarkVariant: (p: { colour: string }): Text => ({
			message: `det finns ingen ljusare variant av profilfärgen ${p.colour} som har kontrasten 4,5:1 mot den mörka bakgrunden.`,
			hint: 'Välj en färg med tydligare kulör, t.ex. #1f4e79.',
		}),
		logoMissing: (p: { logo: string }): Text => ({
			message: `logotypen "${p.logo}" finns inte i innehållsmappen.`,
			hint: 'Lägg SVG- eller PNG-filen i innehållsmappen, t.ex. bredvid site.yaml, och skriv sökvägen från mappen, t.ex. logo: logo.svg.',
		}),
		targetWithoutData: (): Text => ({
			message: 'indikatorn har mål men ingen datafil.',
			hint: 'Ange data: <fil>.csv, eller ta bort målet och gör en bedömning under assessment.',
		}),
		noDataNorAssessment: (): Text => ({
			message: 'indikatorn har varken data eller bedömning och visas som "Bedömning saknas".',
			hint: 'Ange data: <fil>.csv, eller assessment med status och motivering.',
		}),
		koladaWithoutData: (p: { kpi: string; id: string; assessed: boolean }): Text => ({
			message: `källan har Kolada-id ${p.kpi}, men indikatorn har ingen datafil än${p.assessed ? '' : ' och visas som "Bedömning saknas"'}.`,
			hint: `Lägg värdena i en CSV-fil i data/, t.ex. data/${p.id}.csv med kolumnerna År;Värde, och ange den i indikatorn med data: ${p.id}.csv.`,
		}),
		targetTwice: (): Text => ({ message: 'målet står både direkt på indikatorn och under series.', hint: 'Lägg målet under den serie det gäller.' }),
		noDirection: (p: { series?: string }): Text => ({
			message: `${seriesOrIndicator(p.series)} har data men saknar direction.`,
			hint: 'Skriv direction: higher om högre värden är bättre, eller direction: lower om lägre är bättre.',
		}),
		relationContradicts: (p: { relation: 'above' | 'below'; implied: 'higher' | 'lower'; direction: 'higher' | 'lower'; series?: string }): Text => ({
			message: `målet compare med relation: ${p.relation} förutsätter direction: ${p.implied}, men ${seriesOrIndicator(p.series)} har direction: ${p.direction}.`,
			hint: `Ändra relation till ${p.relation === 'above' ? 'below' : 'above'}, eller direction till ${p.implied}.`,
		}),
		kindContradicts: (p: { kind: string; implied: 'higher' | 'lower'; direction: 'higher' | 'lower'; series?: string; fitting: readonly string[] }): Text => ({
			message: `målet ${p.kind} förutsätter direction: ${p.implied}, men ${seriesOrIndicator(p.series)} har direction: ${p.direction}.`,
			hint: `Ändra direction till ${p.implied} om ${p.implied === 'higher' ? 'högre' : 'lägre'} värden är bättre, eller välj ett mål som passar direction: ${p.direction}: ${p.fitting.join(', ')} eller compare med relation: ${p.direction === 'higher' ? 'above' : 'below'}.`,
		}),
		seriesNotInData: (p: { series: string; file: string; inData: readonly string[]; guess?: string }): Text => ({
			message: `serien "${p.series}" finns inte i ${p.file}.`,
			hint: p.inData.length
				? `${didYouMean(p.guess)}Finns: ${p.inData.join(', ')}.`
				: 'Filen har ingen kolumn Series (eller Serie); lägg till den, eller ta bort series och skriv direction och target direkt på indikatorn.',
		}),
		comparisonNotInData: (p: { against: string; file: string; columns: readonly string[]; values: readonly string[] }): Text => ({
			message: `jämförelsen "${p.against}" finns inte i ${p.file}.`,
			hint: p.values.length
				? `Värden i ${p.columns.join(', ')}: ${p.values.join(', ')}.`
				: 'Filen har inga jämförelserader; lägg till en kolumn, t.ex. Jämförelse, med värdet Riket på jämförelseraderna.',
		}),
		noHeadline: (p: { file: string; series?: string; breakdowns: readonly string[]; onlyMissing: boolean; meant?: { found: string; name: string } }): Text => {
			const where = p.series ? `serien "${p.series}" i ${p.file}` : p.file;
			const blank = p.breakdowns.length ? `där ${p.breakdowns.length === 1 ? 'kolumnen' : 'kolumnerna'} ${listed(p.breakdowns)} är ${p.breakdowns.length === 1 ? 'tom' : 'tomma'}` : '';
			return p.onlyMissing
				? {
						message: `${where} har bara saknade värden på huvudraderna, så det finns inget att bedöma och ingen siffra att visa.`,
						hint: `Fyll i organisationens egna värden${blank ? ` på raderna ${blank}` : ''}; en tom cell eller .. betyder att uppgiften saknas.`,
					}
				: {
						message: `${where} har inga huvudrader, bara rader med en uppdelning eller jämförelse, så det finns inget att bedöma.`,
						hint: p.meant
							? `Kolumnen ${p.meant.found} läses som en uppdelning. Är den menad som ${p.meant.name}, byt namn på den till ${p.meant.name}.`
							: `Huvudraden är organisationens egen siffra: en rad ${blank}. Lägg till en sådan rad för varje år.`,
					};
		},
		dataNotCsv: (p: { value: string; csv: string; csvExists: boolean }): Text => ({
			message: `"${p.value}" är en kalkylbladsfil; Målbild läser bara CSV-filer.`,
			hint: p.csvExists
				? `Filen ${p.csv} finns redan i mappen data: skriv data: ${p.csv}.`
				: `Spara filen från Excel som "CSV UTF-8 (kommaavgränsad)" eller "CSV (semikolonavgränsad)" i mappen data, och skriv data: ${p.csv}.`,
		}),
		targetYearPast: (p: { year: number; now: number }): Text => ({
			message: `målåret ${p.year} har redan passerat (nu är det ${p.now}).`,
			hint: 'Skriv ett senare år under year om målet gäller vidare, eller ersätt målet med det som gäller nu.',
		}),

		// CSV files.
		csvEmpty: (): Text => ({ message: 'filen är tom.', hint: `${HEADER_HINT} Lägg sedan ett värde per rad.` }),
		csvBlankHeader: (): Text => ({ message: 'första raden är tom; den ska namnge kolumnerna.', hint: HEADER_HINT }),
		csvMissingColumns: (p: { missing: readonly ('year' | 'value')[]; found: readonly string[]; meant: readonly { found: string; name: string }[] }): Text => {
			const names = p.missing.map((m) => (m === 'year' ? 'År (eller Year)' : 'Värde (eller Value)'));
			const columns = names.length === 1 ? `kolumnen ${names[0]}` : `kolumnerna ${names.join(' och ')}`;
			const meant = p.meant.length ? `Menade du ${listed(p.meant.map((m) => `"${m.name}" i stället för "${m.found}"`))}? ` : '';
			return { message: `rubrikraden saknar ${columns}. Hittade: ${p.found.map((n) => `"${n}"`).join(', ')}.`, hint: `${meant}${HEADER_HINT}` };
		},
		csvBreakdownWithoutHeadline: (p: { column: string; periods: readonly string[] }): Text => ({
			message: `kolumnen är ifylld bara på rader för ${listed(p.periods)}, där det inte finns någon huvudrad. De raderna räknas då som en uppdelning, inte som organisationens egna värden, och syns inte som senaste värde.`,
			hint: `Är ${p.column} en anteckning, byt namn på kolumnen till Kommentar, så visas den som en not. Annars lägg till en huvudrad, med ${p.column} tom, för ${listed(p.periods)}.`,
		}),
		csvHeaderOnly: (): Text => ({
			message: 'filen har en rubrikrad men inga värden.',
			hint: 'Lägg till en rad per värde under rubrikraden, till exempel 2023;12,5.',
		}),
		csvNoPeriod: (): Text => ({ message: 'året saknas.', hint: 'Skriv året som 2023, läsåret som 2023/24 eller en period över flera år som 2003-2005 (eller 2003-05).' }),
		csvBadPeriod: (p: { text: string }): Text => ({
			message: `perioden "${p.text}" känns inte igen.`,
			hint: 'Skriv året som 2023, läsåret som 2023/24 eller en period över flera år som 2003-2005 (eller 2003-05).',
		}),
		csvNotNumber: (p: { text: string; ambiguous: boolean }): Text => ({
			message: `värdet "${p.text}" är inte ett tal.`,
			hint: p.ambiguous
				? 'Skriv tal utan punkt eller komma mellan tusental (1 234,5 eller 1234,5); då går decimaltecknet inte att missförstå.'
				: 'Använd decimalkomma (12,5) och lämna cellen tom eller skriv .. när uppgift saknas.',
		}),
		csvDuplicateRow: (p: { first: number; second: number; period: string; same: readonly ('series' | 'units' | 'dimension')[] }): Text => {
			const words = p.same.map((s) => ({ series: 'serie', units: 'enhet', dimension: 'uppdelning' })[s]);
			return {
				message: `rad ${p.first} och rad ${p.second} har samma period (${p.period})${words.length ? ` och samma ${listed(words)}` : ''}.`,
				hint: 'Varje värde ska stå på en enda rad. Ta bort den ena raden eller rätta den.',
			};
		},
		csvUnnamedColumn: (p: { column: number; line: number }): Text => ({
			message: `kolumn ${p.column} har inget namn i rubrikraden men har innehåll på rad ${p.line}.`,
			hint: 'Skriv ett namn överst i kolumnen, eller ta bort kolumnen.',
		}),
		csvColumnTwice: (p: { name: string }): Text => ({
			message: `kolumnen "${p.name}" finns två gånger i rubrikraden.`,
			hint: 'Ta bort den ena kolumnen eller ge den ett eget namn.',
		}),
		csvSameRole: (p: { first: string; second: string; role: ColumnRole }): Text => ({
			message: `kolumnerna "${p.first}" och "${p.second}" betyder båda ${roleWords[p.role]}; bara en av dem får finnas.`,
			hint: 'Ta bort den ena kolumnen eller ge den ett eget namn.',
		}),
		csvCellCount: (p: { cells: number; expected: number; delimiter: DelimiterChar }): Text => ({
			message: `raden har ${p.cells} ${p.cells === 1 ? 'cell' : 'celler'}, men rubrikraden har ${p.expected}.`,
			hint: `Varje rad ska ha lika många ${delimiterWords[p.delimiter]} som rubrikraden. Sätt citattecken runt en cell som själv innehåller ${delimiterWords[p.delimiter]}.`,
		}),
		csvUnclosedQuote: (): Text => ({ message: 'ett citattecken (") öppnas men stängs aldrig.', hint: QUOTE_HINT }),
		csvQuoteInCell: (): Text => ({ message: 'raden har ett citattecken (") mitt i en cell.', hint: QUOTE_HINT }),
		csvUnreadable: (p: { error: string }): Text => ({
			message: `raden går inte att läsa som CSV (${p.error}).`,
			hint: 'Spara filen på nytt som CSV från kalkylprogrammet.',
		}),

		// The Kolada import (npm run data:kolada).
		koladaSettings: (p: { issue: KoladaSettingsIssue; value: string }): Text =>
			({
				comparisonIsOwn: { message: `jämförelsen "${p.value}" är kommunen själv, vars värden redan är huvudraderna.`, hint: 'Ta bort jämförelsen.' },
				comparisonTwice: { message: `jämförelsen "${p.value}" står två gånger.`, hint: 'Ta bort den ena.' },
				labelTwice: { message: `namnet "${p.value}" används av två jämförelser, så deras rader går inte att skilja åt.`, hint: 'Ge varje jämförelse ett eget label.' },
				seriesTwice: { message: `rank.series "${p.value}" är samma namn som nyckeltalets egen serie.`, hint: 'Ge placeringarna ett eget namn, t.ex. series: Placering.' },
			})[p.issue],
		koladaNoMunicipality: (): Text => ({
			message: 'det framgår inte vilken kommun värdena ska hämtas för.',
			hint: 'Skriv municipality: "2023" under kolada, eller municipalityCode: "2023" under publisher i site.yaml.',
		}),
		koladaFetchFailed: koladaFailure,
		koladaUnknownKpi: (p: { kpi: string }): Text => ({
			message: `Kolada känner inte till nyckeltalet ${p.kpi}. Datafilen är orörd.`,
			hint: 'Sök nyckeltalet på kolada.se och kontrollera id:t; nyckeltal kan tas bort eller få nya id.',
		}),
		koladaTitleChanged: (p: { kpi: string; recorded: string; current: string }): Text => ({
			message: `Kolada kallar nu ${p.kpi} "${p.current}", men indikatorn har antecknat "${p.recorded}". Ett id i Kolada kan byta innebörd.`,
			hint: 'Läs nyckeltalets definition på kolada.se. Mäter det fortfarande det indikatorn ska följa, skriv den nya titeln i kolada.title; annars välj ett annat nyckeltal.',
		}),
		koladaTitleMissing: (p: { kpi: string; current: string }): Text => ({
			message: `ingen titel är antecknad för ${p.kpi}, så det märks inte om nyckeltalet byter innebörd.`,
			hint: `Skriv title: "${p.current}" under kolada.`,
		}),
		koladaNotByGender: (p: { kpi: string }): Text => ({
			message: `gender är påslaget, men Kolada redovisar inte ${p.kpi} för kvinnor och män.`,
			hint: 'Ta bort gender: true, eller välj ett könsuppdelat nyckeltal.',
		}),
		koladaNoData: (p: { kpi: string; municipality: string; from?: number }): Text => ({
			message: `Kolada har inga värden för ${p.kpi} i kommun ${p.municipality}${p.from ? ` från ${p.from}` : ''}; ingen datafil skrivs.`,
			hint: `Kontrollera kommunkoden${p.from ? ' och years.from' : ''}. Vissa nyckeltal finns bara för regioner, och nya värden publiceras vid olika tider på året.`,
		}),
		koladaNoComparisonData: (p: { kpi: string; id: string; label: string }): Text => ({
			message: `Kolada har inga värden för ${p.kpi} i jämförelsen "${p.label}" (${p.id}).`,
			hint: 'Kontrollera id:t; en kommungrupp i Kolada kan ha bytt id.',
		}),
		koladaUnknownGroup: (p: { group: string }): Text => ({
			message: `Kolada känner inte till kommungruppen ${p.group}; ingen placering räknas fram.`,
			hint: 'Skriv group: all för alla kommuner, eller id:t för en kommungrupp i Kolada.',
		}),
		koladaNotInGroup: (p: { municipality: string; group: string; title: string }): Text => ({
			message: `kommun ${p.municipality} ingår inte i ${p.group} "${p.title}"; den rankas ändå bland gruppens kommuner.`,
			hint: 'Kontrollera att det är rätt grupp.',
		}),
		koladaRankNoDirection: (p: { series: string }): Text => ({
			message: `placeringen kan inte räknas fram: det framgår inte om högre eller lägre värden är bättre för serien "${p.series}".`,
			hint: 'Skriv direction: higher eller direction: lower på indikatorn (eller på serien under series), eller direction under kolada.rank.',
		}),
		koladaGroupSize: (p: { groupSize: number; actual: number; year: number }): Text => ({
			message: `målet säger groupSize: ${p.groupSize}, men ${p.actual} hade ett värde i Kolada ${p.year}.`,
			hint: `Skriv groupSize: ${p.actual} om målet gäller de som rankats.`,
		}),
		koladaDataFile: (p: { id: string; data?: string }): Text => ({
			message: `kommandot skriver data/${p.id}.csv, men indikatorn ${p.data ? `använder ${p.data}` : 'har ingen datafil'}.`,
			hint: `Skriv data: ${p.id}.csv på indikatorn.`,
		}),
		koladaSource: (p: { kpi: string }): Text => ({
			message: `källan är inte angiven som Kolada; Koladas villkor kräver "${KOLADA_SOURCE}" vid värdena.`,
			hint: `Skriv source: med name: Kolada och kolada: ${p.kpi}.`,
		}),
		koladaSample: (): Text => ({
			message: 'indikatorn har sample: true, men värdena kommer nu från Kolada och skulle felaktigt märkas Exempeldata.',
			hint: 'Ta bort sample: true.',
		}),
	},
};

/** The shape every language's catalogue has: the same keys, taking the same parameters. */
export type Catalogue = typeof sv;
