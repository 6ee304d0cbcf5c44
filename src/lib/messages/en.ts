/**
 * Every message Målbild gives an editor, in English (`npm run check -- --lang en`). Same keys and
 * parameters as `sv.ts`, whose type this catalogue has. Field names, values and the site's own
 * words (level names, "Bedömning saknas") stay as the editor writes or sees them.
 */
import { ratioText } from '../brand/contrast.ts';
import type { FieldMeta } from '../schema/help.ts';
import { isDateForYear, isQuotedNumber, VOID_TAGS, type Catalogue } from './sv.ts';
import type { ColumnRole, DelimiterChar, Format, FormatKey, KoladaFailure, RefCollection, Text } from './types.ts';

function describeInput(input: unknown): string {
	if (input === null) return 'an empty value';
	if (Array.isArray(input)) return 'a list';
	if (typeof input === 'object') return 'a group of fields';
	if (typeof input === 'number' || typeof input === 'boolean') return String(input);
	return `"${String(input)}"`;
}

function typeWord(input: unknown): string {
	if (typeof input === 'string') return 'a text';
	if (typeof input === 'number') return 'a number';
	if (typeof input === 'boolean') return 'a true/false value';
	return describeInput(input);
}

const brandUseWords = {
	header: 'against the white text in the header',
	link: 'as link text on the light background (#f4f6f8)',
	ui: 'for buttons and borders against the white background',
} as const;

const typeWords: Record<string, string> = {
	string: 'a text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	record: 'a group of fields',
	date: 'a date',
};
const expectedWord = (expected: string) => typeWords[expected] ?? expected;

const typeHints: Record<string, string> = {
	string: 'Write a text after the colon, in quotes if it contains a colon.',
	number: 'Write the number with digits only, without spaces, and with a point as decimal mark, e.g. 1400 or 12.5.',
	int: 'Write a whole number, without decimals.',
	boolean: 'Write true (yes) or false (no).',
	object: 'Write the fields on their own lines under the name, indented by two spaces.',
	record: 'Write the fields on their own lines under the name, indented by two spaces.',
};

const aboutField = (about: FieldMeta | undefined) => (about ? `${about.en.title}: ${about.en.description}` : undefined);

const listed = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const didYouMean = (guess: string | undefined) => (guess ? `Did you mean "${guess}"? ` : '');

const formats: Record<FormatKey, string> = {
	year: 'a four-digit year, e.g. 2024',
	koladaId: 'a Kolada KPI id, e.g. N15508',
	url: 'a web address beginning with https://',
	email: 'an e-mail address, e.g. kansli@kommun.se',
	colour: 'a colour as #rrggbb, e.g. #1f4e79',
	basePath: 'a path that begins and ends with /, e.g. /malbild/',
	logo: 'an .svg or .png file',
	orgNumber: 'an organisation number such as 212000-2163',
	municipalityCode: 'a four-digit municipality code, e.g. 2023',
	koladaArea: 'a four-digit municipality code such as 2023, 0000 for Riket (the country), or the id of a Kolada municipality group, beginning with G',
	koladaGroup: 'all for every municipality, or the id of a Kolada municipality group, beginning with G',
	origin: 'a website such as https://www.kommun.se, with https:// and without a path',
	date: 'a date as year-month-day, e.g. 2026-03-12',
};
const formatWords = (format: Format) => ('key' in format ? formats[format.key] : format.text);

/** The field names an editor writes (area:, goal:, data:): clearer in English than the site's Swedish level names. */
const collectionWords: Record<RefCollection, string> = {
	areas: 'area',
	goals: 'goal',
	strategies: 'strategy',
	indicators: 'indicator',
	pages: 'page',
	data: 'data file',
};

const roleWords: Record<ColumnRole, string> = { year: 'year', value: 'value', series: 'series', units: 'unit', geoCode: 'geo code' };
const delimiterWords: Record<DelimiterChar, { one: string; many: string }> = {
	';': { one: 'a semicolon', many: 'semicolons' },
	',': { one: 'a comma', many: 'commas' },
	'\t': { one: 'a tab', many: 'tabs' },
};
const what = (kind: 'indicator' | 'strategy') => (kind === 'indicator' ? 'the indicator' : 'the strategy');
const seriesOrIndicator = (series: string | undefined) => (series ? `the series "${series}"` : 'the indicator');
const columnsWord = (names: readonly string[]) => `${names.length === 1 ? 'column' : 'columns'} ${listed(names)}`;

const BASE_URL_HINT = 'Check the API address (--base-url or KOLADA_BASE_URL); without them https://api.kolada.se/v3 is used.';
const KOLADA_SOURCE = 'Källa: Kolada';

function koladaFailure(p: KoladaFailure): Text {
	const body = p.body ? `: ${p.body}` : '';
	const tries = p.attempts && p.attempts > 1 ? ` after ${p.attempts} attempts` : '';
	switch (p.kind) {
		case 'http':
			if (p.status === 429) {
				return {
					message: `Kolada answered HTTP 429 (too many requests) at ${p.url}${tries}${p.detail ? ` and asked to wait (${p.detail})` : ''}. The data file is untouched.`,
					hint: 'Wait a while and run the command again, perhaps with --only for one indicator at a time.',
				};
			}
			if (p.status !== undefined && p.status >= 500) {
				return { message: `Kolada answered HTTP ${p.status} (an error at Kolada) at ${p.url}${tries}${body}. The data file is untouched.`, hint: 'The fault is at Kolada. Try again later.' };
			}
			return {
				message: `Kolada answered HTTP ${p.status} at ${p.url}${body}. The data file is untouched.`,
				hint: `Check the KPI id and the municipality codes under kolada. ${BASE_URL_HINT}`,
			};
		case 'network':
			return { message: `no answer from ${p.url}${p.detail ? ` (${p.detail})` : ''}. The data file is untouched.`, hint: `Check the network. ${BASE_URL_HINT}` };
		case 'json':
			return { message: `the answer from ${p.url} is not valid JSON${body}. The data file is untouched.`, hint: 'Try again later; if it persists, the API may have changed.' };
		case 'shape':
			return { message: `the answer from ${p.url} does not look like Kolada's API v3${p.detail ? ` (${p.detail})` : ''}. The data file is untouched.`, hint: BASE_URL_HINT };
		case 'paging':
			return { message: `the pages from ${p.url} never end${p.detail ? ` (${p.detail})` : ''}. The data file is untouched.`, hint: 'Try again later; if it persists, the API may have changed.' };
	}
}

const HEADER_HINT = 'The first line should name the columns, e.g. År;Värde, separated by semicolons, commas or tabs.';
const QUOTE_HINT = 'Put quotes around the whole cell, and write two quotes ("") for a quote inside it.';
const INDENT_HINT = 'Indent with spaces, two per level.';
const GROUP_HINT = "Write the fields on their own lines under the group's name, indented by two spaces.";
const PERIOD_HINT = 'Write a year as 2023, a school year as 2023/24 or a period of several years as 2003-2005 (or 2003-05).';
const UNASSESSED = '"Bedömning saknas" (no assessment)';

export const en: Catalogue = {
	frame: {
		line: (line) => `line ${line}`,
		field: (name) => `field ${name}`,
		column: (name) => `column ${name}`,
		hint: 'Hint:',
		errorsHeading: (count) => `${count} ${count === 1 ? 'error' : 'errors'} in the content:`,
		warningsHeading: (count) => `${count} ${count === 1 ? 'warning' : 'warnings'}:`,
		summary: (p) =>
			`${p.tree}: ${p.errors} ${p.errors === 1 ? 'error' : 'errors'}, ${p.warnings} ${p.warnings === 1 ? 'warning' : 'warnings'}${p.checked ? `; ${p.checked.count} ${p.checked.count === 1 ? 'indicator' : 'indicators'} checked` : ''}.`,
		contentError: 'The content has errors; the site is not built.',
		unknownLanguage: (lang) => `Unknown language "${lang}". Choose sv (Swedish) or en (English), e.g. npm run check -- --lang en.`,
	},

	kolada: {
		fetching: (p) => `${p.id}: fetching ${p.kpi} for municipality ${p.municipality}${p.comparisons ? ` and ${p.comparisons} ${p.comparisons === 1 ? 'comparison' : 'comparisons'}` : ''} …`,
		wrote: (p) =>
			`${p.id}: ${p.rows} ${p.rows === 1 ? 'row' : 'rows'}${p.first === undefined ? '' : p.first === p.last ? `, ${p.first}` : `, ${p.first}–${p.last}`} → ${p.csv} (raw data: ${p.json}). KPI: "${p.title}"${p.published ? `, published ${p.published}` : ''}.`,
		waiting: (p) => `  waiting ${p.seconds} s${p.status ? ` (Kolada answered HTTP ${p.status})` : ''} and trying again …`,
		notWritten: (p) => `${p.id}: no data file written${p.json ? ` (raw data: ${p.json})` : ''}.`,
		none: (p) => `No indicator in ${p.tree} has kolada settings. See docs/kolada.md.`,
		unknownIndicator: (p) => `The indicator "${p.id}" does not exist or has no kolada settings.${p.known.length ? ` Indicators with kolada: ${p.known.join(', ')}.` : ''}`,
		badArgument: (p) => `Unknown argument "${p.arg}". Usage: npm run data:kolada -- [--only <indicator>] [--base-url <address>] [--lang en]`,
		summary: (p) =>
			`Kolada: ${p.written} of ${p.indicators} ${p.indicators === 1 ? 'indicator' : 'indicators'} written, ${p.errors} ${p.errors === 1 ? 'error' : 'errors'}, ${p.warnings} ${p.warnings === 1 ? 'warning' : 'warnings'}.`,
		attribution: `Show "${KOLADA_SOURCE}" with the values and "Egen bearbetning av data från Kolada" (own processing of data from Kolada) with anything computed from them (status, trend, ranks).`,
	},

	formats,

	messages: {
		contentDirMissing: () => ({
			message: 'the content folder does not exist.',
			hint: 'Give an existing folder in MALBILD_CONTENT, e.g. MALBILD_CONTENT=examples/smedjebacken.',
		}),
		siteMissing: (p) => ({
			message: `the file is missing from the content folder ${p.dir}.`,
			hint: "Every site needs a site.yaml with the organisation's name, the title, the vision and the names of the levels. Check MALBILD_CONTENT.",
		}),
		notMarkdown: () => ({ message: 'the file is not a Markdown file (.md or .mdx) and is not used.' }),
		notCsv: () => ({
			message: 'the file is not a CSV file and is not used.',
			hint: 'Save it from Excel as "CSV UTF-8 (Comma delimited)", or as "CSV (semikolonavgränsad)" in Swedish Excel.',
		}),
		badFileName: (p) => ({
			message: `the file name "${p.name}" cannot be used: the name becomes the page's address and may only contain lower-case letters a–z, digits and hyphens.`,
			hint: `Rename the file to "${p.fixed}".`,
		}),
		reservedPageId: (p) => ({
			message: `a page cannot be called "${p.id}": the site already uses the address /${p.id}/.`,
			hint: `Rename the file. Names already taken: ${p.reserved.join(', ')}.`,
		}),
		translationWithoutEntry: (p) => ({
			message: `the translation belongs to nothing: there is no ${p.original} to translate.`,
			hint: p.guess ? `Did you mean ${p.collection}/${p.guess}.${p.lang}.md? The file is named like the original, with .${p.lang} before .md.` : `A translation is named like the original, with .${p.lang} before .md, e.g. ${p.collection}/${p.id}.md and ${p.collection}/${p.id}.${p.lang}.md.`,
		}),
		bodyLinkBroken: (p) => ({
			message: `the link "${p.url}" leads to no page of the site.`,
			hint: p.guess
				? `Did you mean "${p.guess}"?${p.relative ? ' A link without / first leads to different places from different pages.' : ''}`
				: p.relative
					? `Write the address from the start of the site, with / first, e.g. ${p.example}. It then works on every page that shows the text.`
					: `Write the address as the browser shows it, without the site's domain, e.g. ${p.example}.`,
		}),
		bodyLinkToFile: (p) => ({
			message: `the link "${p.url}" points at a file in content, not at a page.`,
			hint: p.page ? `Link to the page's address: ${p.page}` : `Link to the page's address, as the browser shows it, e.g. ${p.example}.`,
		}),
		bodyImageMissing: (p) => ({
			message: `the image "${p.url}" does not exist.`,
			hint: `Put the image file in the folder ${p.folder} or a folder in it, and write its path from the file, e.g. ![What the image shows](${p.example}) for ${p.folder}/${p.example}.`,
		}),
		bodyImageRemote: (p) => ({
			message: `the image is fetched from another site (${p.host}). The site fetches nothing from other sites: visitors must not be tracked, and the image may disappear there.`,
			hint: `Save the image in the folder beside the file and link to it, e.g. ![What the image shows](bilder/image.png).`,
		}),
		translatedSeriesUnknown: (p) => ({
			message: `the series "${p.series}" is not in ${p.original}, so its translation is not used.`,
			hint: p.names.length
				? `${didYouMean(p.guess)}Write name as in the original. The series' names: ${p.names.join(', ')}.`
				: `The indicator has one series only: translate its unit with unit and remove series.`,
		}),
		translationNotPublished: (p) => ({
			message: `the translation is not used: the site is not published in the language "${p.lang}".`,
			hint: `Add ${p.lang} to locales in site.yaml, e.g. locales: [sv, ${p.lang}].`,
		}),
		localeNotPublished: (p) => ({
			message: `the main language "${p.locale}" is missing from the list of published languages.`,
			hint: `Add ${p.locale} to locales, e.g. locales: [${p.locale}, en], or remove locales.`,
		}),
		secondLocaleUnsupported: (p) => ({
			message: `with the main language "${p.locale}" the site cannot be published in "${p.other}" yet.`,
			hint: 'A second language can only be added to a Swedish site: write locale: sv and locales: [sv, en].',
		}),
		openDataNoAddress: () => ({
			message: "the site's address is missing. So the data catalogue dcat.rdf is not written, and sitemap.xml and the embed code get paths only, which do not work outside the site. Everything else is built as usual.",
			hint: "Write the site's address in url, e.g. url: https://mal.kommun.se/, or set MALBILD_SITE when you build.",
		}),
		sameId: (p) => ({
			message: `${p.other} and ${p.file} have the same name, "${p.id}", and would get the same address.`,
			hint: 'Remove one of the files or rename it.',
		}),
		noFrontMatter: () => ({
			message: 'the file does not begin with front matter (the fields between two lines ---).',
			hint: 'The first line should be ---, followed by the fields (title: …) and a closing line ---.',
		}),

		yamlDuplicateKey: (p) => ({
			message: `the field ${p.key ? `"${p.key}" ` : ''}appears twice.`,
			hint: 'Remove one of the lines; each field may appear only once.',
		}),
		yamlTab: () => ({ message: 'the line is indented with a tab.', hint: INDENT_HINT }),
		yamlBadStart: (p) => ({
			message: `a value cannot begin with the character ${p.char}.`,
			hint: `Put the value in quotes, e.g. "${p.char}…".`,
		}),
		yamlBadEscape: () => ({
			message: 'the text in "…" has a backslash (\\) that cannot be read.',
			hint: "Put the text in single quotes '…' instead.",
		}),
		yamlUnclosedList: () => ({
			message: 'a list that begins with [ does not end with ].',
			hint: 'Write the whole list on one line, e.g. [a, b], or one value per line beginning with "- ".',
		}),
		yamlUnclosedGroup: () => ({ message: 'a group that begins with { does not end with }.', hint: GROUP_HINT }),
		yamlIndent: () => ({ message: 'the indentation does not match: fields on the same level must begin in the same column.', hint: INDENT_HINT }),
		yamlImplicitKey: () => ({
			message: 'the line cannot be read as a field: either a value has a colon in it, or the line is indented wrongly.',
			hint: 'Put a text with a colon in quotes, e.g. title: "Ekonomi: budget", and let fields on the same level begin in the same column.',
		}),
		yamlUnclosedQuote: (p) => ({
			message: `the quote ${p.quote} is never closed.`,
			hint: `End the text with the same quote, e.g. title: ${p.quote}Ekonomi${p.quote}.`,
		}),
		yamlListItem: () => ({
			message: 'a line in a list lacks "- " in front, or is indented wrongly.',
			hint: 'Begin every value in the list with "- ", indented as far as the others.',
		}),
		yamlMissingColon: () => ({ message: 'the line has no colon after the field name.', hint: 'Write the field as name: value, e.g. title: Ekonomi.' }),
		yamlUnreadable: () => ({
			message: 'the line cannot be read.',
			hint: 'Check colons, indentation and quotes; a text with a colon in it goes in quotes.',
		}),
		notUtf8: (p) => ({
			message: `the file is not saved as UTF-8, so å, ä and ö would come out wrong on the page (the first line with such a character: "${p.text}").`,
			hint: 'Save the file with the encoding UTF-8: in Notepad under Save as, Encoding: UTF-8; in VS Code with Save with Encoding, UTF-8 (bottom right).',
		}),
		mdxUnclosedTag: (p) => ({
			message: `the tag <${p.tag}> is never closed: in an .mdx file every HTML tag must be closed.`,
			hint: VOID_TAGS.has(p.tag) ? `Write <${p.tag} /> instead of <${p.tag}>.` : `Write </${p.tag}> where it should end, or remove the tag.`,
		}),
		mdxStrayClosingTag: (p) => ({
			message: `a closing tag (</…>) has no opening tag before it: "${p.text}".`,
			hint: 'Remove the closing tag, or write the opening tag before it.',
		}),
		mdxBrace: (p) => ({
			message: `the character { starts code in an .mdx file, and what follows it is not code: "${p.text}".`,
			hint: 'Write \\{ and \\} if the braces should show on the page, or use ordinary parentheses.',
		}),
		mdxExpression: (p) => ({
			message: `${p.code} is code in an .mdx file: the page would show what the code computes, not what is written.`,
			hint: 'Write \\{ and \\} if the braces should show on the page, or remove them. A comment is written {/* text */}.',
		}),
		mdxEsm: (p) => ({
			message: `a line that begins with import or export is code in an .mdx file, and this one cannot be read: "${p.text}".`,
			hint: 'Rewrite the line so that it does not begin with the word import or export.',
		}),
		mdxHtmlComment: () => ({
			message: '<!-- … --> is not a comment in an .mdx file, and the page cannot be built with it.',
			hint: 'Write the comment like this: {/* text */}.',
		}),
		mdxAngleLink: (p) => ({
			message: `an address between < and > is read as an HTML tag in an .mdx file: "${p.text}".`,
			hint: 'Write the link as [text](https://…) or [info@kommun.se](mailto:info@kommun.se), or write the address without < and >.',
		}),
		mdxLessThan: (p) => ({
			message: `the character < starts an HTML tag in an .mdx file, but what follows is not a tag: "${p.text}".`,
			hint: 'Write \\< if the character should show on the page, or write "less than".',
		}),
		mdxComponent: (p) => ({
			message: `the component <${p.name}> does not exist: Målbild has no components of its own for pages.`,
			hint: 'Remove the tag, or write \\< if the character < should show on the page.',
		}),

		placeholder: (p) => ({
			message:
				p.count === 1
					? `a placeholder is not filled in: "${p.text}". The page would be published with that text.`
					: `${p.count} placeholders are not filled in (lines ${listed(p.lines.map(String))}), the first "${p.text}". The page would be published with them.`,
			hint: 'Write the information in place of the square brackets, or remove the sentence if it does not apply.',
		}),

		fieldMissing: (p) => ({
			message: `the field is missing; it should be ${expectedWord(p.expected)}.`,
			hint:
				p.expected === 'object' || p.expected === 'record'
					? `Add a line ${p.key}: and write its fields on the lines below, indented by two spaces.`
					: `Add a line ${p.key}: … with ${expectedWord(p.expected)}.`,
		}),
		fieldEmpty: (p) => ({
			message: `the field is empty; it should be ${expectedWord(p.expected)}.`,
			hint: 'Write the value after the colon on the same line, or remove the line if the field is not needed.',
		}),
		fieldEmptyComment: (p) => ({
			message: `the field is empty; it should be ${expectedWord(p.expected)}.`,
			hint: 'The text after # is a comment, not a value. Write the value after the colon, or put # back at the start of the line if the field is not needed.',
		}),
		fieldEmptyHash: (p) => ({
			message: `the field is empty; it should be ${expectedWord(p.expected)}.`,
			hint: 'A value beginning with # goes in quotes, e.g. "#1f4e79"; without them the rest of the line is read as a comment.',
		}),
		notInteger: (p) => ({ message: `${p.input} is not a whole number.`, hint: aboutField(p.about) ?? typeHints.int }),
		wrongType: (p) => ({
			message: `${describeInput(p.input)} is ${typeWord(p.input)}, but it should be ${expectedWord(p.expected)}.`,
			hint:
				p.expected === 'array' && typeof p.input === 'string'
					? `Write the list in square brackets, e.g. ${p.key}: [${p.input}], or one value per line beginning with "- ".`
					: p.key === 'date' && typeof p.input === 'number'
						? `Write the whole date as year-month-day, e.g. date: ${p.input}-03-12.`
						: p.expected === 'string' && (typeof p.input === 'number' || typeof p.input === 'boolean')
						? `Put the value in quotes, "${p.input}", so it is read as text.`
						: isDateForYear(p.input, p.expected)
							? `Write the year only: ${p.key}: ${String(p.input).trim().slice(0, 4)}.`
							: isQuotedNumber(p.input, p.expected)
								? `Write the number without quotes: ${p.key}: ${String(p.input).trim()}.`
								: ((p.expected === 'int' ? aboutField(p.about) : undefined) ?? typeHints[p.expected]),
		}),
		notAllowed: (p) => ({
			message: `${describeInput(p.input)} is not an allowed value.`,
			hint: `${didYouMean(p.guess)}Allowed values: ${p.values.map((v) => (p.about?.options?.[v] ? `${v} (${p.about.options[v][1]})` : v)).join(', ')}.`,
		}),
		unknownField: (p) => ({
			message: `unknown field ${p.keys.map((k) => `"${k}"`).join(', ')}.`,
			hint: p.known.length
				? `${p.label ? `Did you mean "${p.guess}" (${p.label})? Field names are written in English. ` : didYouMean(p.guess)}Fields you can use here: ${p.known.join(', ')}.`
				: 'Check the spelling of the field name.',
		}),
		emptyText: () => ({ message: 'the field is empty.', hint: 'Write a text after the colon, or remove the line if the field is not needed.' }),
		listTooShort: (p) => ({ message: `the list should have at least ${p.minimum} values.` }),
		tooSmall: (p) => ({
			message: `${describeInput(p.input)} is too small; it should be ${p.inclusive ? 'at least' : 'greater than'} ${p.minimum}.`,
			hint: aboutField(p.about),
		}),
		tooBig: (p) => ({
			message: `${describeInput(p.input)} is too large; it should be ${p.inclusive ? 'at most' : 'less than'} ${p.maximum}.`,
			hint: aboutField(p.about),
		}),
		wrongFormat: (p) => ({
			message: `${describeInput(p.input)} has the wrong form${p.format ? `; it should be ${formatWords(p.format)}` : ''}.`,
			hint: p.format && 'key' in p.format && p.format.key === 'colour' ? `Write the colour in quotes, e.g. ${p.key}: "#1f4e79".` : undefined,
		}),
		badKey: (p) => ({
			message: `${describeInput(p.input)} cannot be used as a name here${p.format ? `; it should be ${formatWords(p.format)}` : ''}.`,
		}),
		variantNotGroup: (p) => ({
			message: `${describeInput(p.input)} is ${typeWord(p.input)}, but it should be a group of fields with ${p.discriminator} first.`,
			hint: p.options ? `Allowed values for ${p.discriminator}: ${p.options.join(', ')}.` : undefined,
		}),
		variantMissing: (p) => ({
			message: `the field ${p.discriminator} is missing.`,
			hint: p.options ? `Allowed values for ${p.discriminator}: ${p.options.join(', ')}.` : undefined,
		}),
		variantNotAllowed: (p) => ({
			message: `${describeInput(p.found)} is not an allowed value.`,
			hint: p.options ? `Allowed values for ${p.discriminator}: ${p.options.join(', ')}.` : undefined,
		}),
		doesNotFit: (p) => ({ message: `${describeInput(p.input)} does not fit here.` }),

		unknownReference: (p) => ({
			message: `${collectionWords[p.collection]} "${p.value}" does not exist.`,
			hint: p.valid.length
				? `${didYouMean(p.guess)}Existing: ${p.valid.join(', ')}.`
				: p.collection === 'data'
					? 'The folder data/ has no CSV files; put the file there.'
					: `There are no files in the folder ${p.collection}/ yet.`,
		}),

		levelMissing: (p) =>
			p.level === 'goal'
				? {
						message: "there are files in goals/ but levels has no goal, the level's name.",
						hint: 'Add goal: under levels: with singular: and plural:, e.g. Mål and Mål.',
					}
				: {
						message: "there are files in strategies/ but levels has no strategy, the level's name.",
						hint: 'Add strategy: under levels: with singular: and plural:, e.g. Strategi and Strategier.',
					},
		areaAndGoal: (p) => ({
			message: `both area and goal are given; ${what(p.kind)} can belong to only one of them.`,
			hint: `Remove goal: if ${what(p.kind)} belongs directly to area "${p.area}", or area: if it belongs to goal "${p.goal}".`,
		}),
		noAreaOrGoal: (p) => {
			const example = [p.areas[0] && `area: ${p.areas[0]}`, p.withGoals && p.goals[0] && `goal: ${p.goals[0]}`].filter(Boolean).join(' or ');
			return {
				message: p.withGoals ? 'neither area nor goal is given.' : 'the field is missing.',
				hint: [
					`Write which ${p.withGoals ? 'area or goal' : 'area'} ${what(p.kind)} belongs to${example ? `, e.g. ${example}` : ''}.`,
					`Areas: ${p.areas.join(', ') || 'none yet'}.`,
					p.withGoals ? `Goals: ${p.goals.join(', ') || 'none yet'}.` : '',
				]
					.filter(Boolean)
					.join(' '),
			};
		},
		unusedDataFile: () => ({ message: 'no indicator uses the file.', hint: "Name the file in an indicator's field data, or remove it." }),
		brandContrast: (p) => ({
			message: `The brand colour ${p.colour} has a contrast of ${ratioText(p.ratio, 'en')} ${brandUseWords[p.use]}; ${ratioText(p.needed, 'en')} is needed.`,
			hint: p.suggestion
				? `Suggestion: ${p.suggestion}, the same hue but darker, passes every use. Write brandColor: "${p.suggestion}".`
				: 'Choose a darker colour.',
		}),
		brandNoDarkVariant: (p) => ({
			message: `no lighter variant of the brand colour ${p.colour} has a contrast of 4.5:1 against the dark background.`,
			hint: 'Choose a colour with a clearer hue, e.g. #1f4e79.',
		}),
		logoMissing: (p) => ({
			message: `the logo "${p.logo}" is not in the content folder.`,
			hint: 'Put the SVG or PNG file in the content folder, e.g. next to site.yaml, and write its path from the folder, e.g. logo: logo.svg.',
		}),
		targetWithoutData: () => ({
			message: 'the indicator has a target but no data file.',
			hint: 'Give data: <file>.csv, or remove the target and make an assessment under assessment.',
		}),
		noDataNorAssessment: () => ({
			message: `the indicator has neither data nor an assessment and shows as ${UNASSESSED}.`,
			hint: 'Give data: <file>.csv, or assessment with a status and a motivation.',
		}),
		koladaWithoutData: (p) => ({
			message: `the source has the Kolada id ${p.kpi}, but the indicator has no data file yet${p.assessed ? '' : ` and shows as ${UNASSESSED}`}.`,
			hint: `Put the values in a CSV file in data/, e.g. data/${p.id}.csv with the columns År;Värde, and name it in the indicator with data: ${p.id}.csv.`,
		}),
		targetTwice: () => ({ message: 'the target is given both directly on the indicator and under series.', hint: 'Put the target under the series it is for.' }),
		noDirection: (p) => ({
			message: `${seriesOrIndicator(p.series)} has data but no direction.`,
			hint: 'Write direction: higher if higher values are better, or direction: lower if lower values are better.',
		}),
		relationContradicts: (p) => ({
			message: `the target compare with relation: ${p.relation} requires direction: ${p.implied}, but ${seriesOrIndicator(p.series)} has direction: ${p.direction}.`,
			hint: `Change relation to ${p.relation === 'above' ? 'below' : 'above'}, or direction to ${p.implied}.`,
		}),
		kindContradicts: (p) => ({
			message: `the target ${p.kind} requires direction: ${p.implied}, but ${seriesOrIndicator(p.series)} has direction: ${p.direction}.`,
			hint: `Change direction to ${p.implied} if ${p.implied} values are better, or choose a target that fits direction: ${p.direction}: ${p.fitting.join(', ')} or compare with relation: ${p.direction === 'higher' ? 'above' : 'below'}.`,
		}),
		seriesNotInData: (p) => ({
			message: `the series "${p.series}" is not in ${p.file}.`,
			hint: p.inData.length
				? `${didYouMean(p.guess)}Existing: ${p.inData.join(', ')}.`
				: 'The file has no column Series (or Serie); add one, or remove series and write direction and target directly on the indicator.',
		}),
		comparisonNotInData: (p) => ({
			message: `the comparison "${p.against}" is not in ${p.file}.`,
			hint: p.values.length
				? `Values in ${p.columns.join(', ')}: ${p.values.join(', ')}.`
				: 'The file has no comparison rows; add a column, e.g. Jämförelse, with the value Riket on the comparison rows.',
		}),
		noHeadline: (p) => {
			const where = p.series ? `the series "${p.series}" in ${p.file}` : p.file;
			const blank = p.breakdowns.length ? `where the ${columnsWord(p.breakdowns)} ${p.breakdowns.length === 1 ? 'is' : 'are'} empty` : '';
			return p.onlyMissing
				? {
						message: `${where} has only missing values on its headline rows, so there is nothing to assess and no figure to show.`,
						hint: `Fill in the organisation's own values${blank ? ` on the rows ${blank}` : ''}; an empty cell or .. means the value is missing.`,
					}
				: {
						message: `${where} has no headline rows, only rows with a breakdown or comparison, so there is nothing to assess.`,
						hint: p.meant
							? `The column ${p.meant.found} is read as a breakdown. If it is meant as ${p.meant.name}, rename it ${p.meant.name}.`
							: `The headline row is the organisation's own figure: a row ${blank}. Add one such row for each year.`,
					};
		},
		dataNotCsv: (p) => ({
			message: `"${p.value}" is a spreadsheet file; Målbild reads CSV files only.`,
			hint: p.csvExists
				? `The file ${p.csv} is already in the data folder: write data: ${p.csv}.`
				: `Save the file from Excel as "CSV UTF-8 (Comma delimited)" (or "CSV (semikolonavgränsad)" in Swedish Excel) in the data folder, and write data: ${p.csv}.`,
		}),
		targetYearPast: (p) => ({
			message: `the target year ${p.year} has already passed (it is now ${p.now}).`,
			hint: 'Write a later year under year if the target still applies, or replace the target with the one that applies now.',
		}),

		csvEmpty: () => ({ message: 'the file is empty.', hint: `${HEADER_HINT} Then add one value per line.` }),
		csvBlankHeader: () => ({ message: 'the first line is empty; it should name the columns.', hint: HEADER_HINT }),
		csvMissingColumns: (p) => {
			const names = p.missing.map((m) => (m === 'year' ? 'Year (or År)' : 'Value (or Värde)'));
			const columns = names.length === 1 ? `the column ${names[0]}` : `the columns ${names.join(' and ')}`;
			const meant = p.meant.length ? `Did you mean ${listed(p.meant.map((m) => `"${m.name}" instead of "${m.found}"`))}? ` : '';
			return { message: `the header lacks ${columns}. Found: ${p.found.map((n) => `"${n}"`).join(', ')}.`, hint: `${meant}${HEADER_HINT}` };
		},
		csvBreakdownWithoutHeadline: (p) => ({
			message: `the column is filled only on rows for ${listed(p.periods)}, where there is no headline row. Those rows then count as a breakdown, not as the organisation's own values, and do not show as the latest value.`,
			hint: `If ${p.column} is a note, rename the column to Comment, and it shows as a note. Otherwise add a headline row, with ${p.column} empty, for ${listed(p.periods)}.`,
		}),
		csvHeaderOnly: () => ({ message: 'the file has a header but no values.', hint: 'Add one line per value below the header, e.g. 2023;12,5.' }),
		csvNoPeriod: () => ({ message: 'the year is missing.', hint: PERIOD_HINT }),
		csvBadPeriod: (p) => ({ message: `the period "${p.text}" is not recognised.`, hint: PERIOD_HINT }),
		csvNotNumber: (p) => ({
			message: `the value "${p.text}" is not a number.`,
			hint: p.ambiguous
				? 'Write numbers without a point or comma between thousands (1 234,5 or 1234,5); then the decimal mark cannot be misread.'
				: 'Use a decimal comma (12,5), and leave the cell empty or write .. when the value is missing.',
		}),
		csvDuplicateRow: (p) => {
			const words = p.same.map((s) => ({ series: 'series', units: 'unit', dimension: 'breakdown' })[s]);
			return {
				message: `lines ${p.first} and ${p.second} have the same period (${p.period})${words.length ? ` and the same ${listed(words)}` : ''}.`,
				hint: 'Each value belongs on one line only. Remove one of the lines or correct it.',
			};
		},
		csvUnnamedColumn: (p) => ({
			message: `column ${p.column} has no name in the header but has content on line ${p.line}.`,
			hint: 'Write a name at the top of the column, or remove the column.',
		}),
		csvColumnTwice: (p) => ({ message: `the column "${p.name}" appears twice in the header.`, hint: 'Remove one of the columns or give it a name of its own.' }),
		csvSameRole: (p) => ({
			message: `the columns "${p.first}" and "${p.second}" both mean ${roleWords[p.role]}; only one of them may be there.`,
			hint: 'Remove one of the columns or give it a name of its own.',
		}),
		csvCellCount: (p) => ({
			message: `the line has ${p.cells} ${p.cells === 1 ? 'cell' : 'cells'}, but the header has ${p.expected}.`,
			hint: `Every line should have as many ${delimiterWords[p.delimiter].many} as the header. Put quotes around a cell that itself contains ${delimiterWords[p.delimiter].one}.`,
		}),
		csvUnclosedQuote: () => ({ message: 'a quote (") is opened but never closed.', hint: QUOTE_HINT }),
		csvQuoteInCell: () => ({ message: 'the line has a quote (") in the middle of a cell.', hint: QUOTE_HINT }),
		csvUnreadable: (p) => ({ message: `the line cannot be read as CSV (${p.error}).`, hint: 'Save the file again as CSV from the spreadsheet program.' }),

		koladaSettings: (p) =>
			({
				comparisonIsOwn: { message: `the comparison "${p.value}" is the municipality itself, whose values already are the headline rows.`, hint: 'Remove the comparison.' },
				comparisonTwice: { message: `the comparison "${p.value}" is listed twice.`, hint: 'Remove one of them.' },
				labelTwice: { message: `the label "${p.value}" is used by two comparisons, so their rows cannot be told apart.`, hint: 'Give each comparison a label of its own.' },
				seriesTwice: { message: `rank.series "${p.value}" is the same name as the KPI's own series.`, hint: 'Give the ranks a name of their own, e.g. series: Placering.' },
			})[p.issue],
		koladaNoMunicipality: () => ({
			message: 'it is not said which municipality to fetch the values for.',
			hint: 'Write municipality: "2023" under kolada, or municipalityCode: "2023" under publisher in site.yaml.',
		}),
		koladaFetchFailed: koladaFailure,
		koladaUnknownKpi: (p) => ({
			message: `Kolada does not know the KPI ${p.kpi}. The data file is untouched.`,
			hint: 'Look the KPI up on kolada.se and check the id; KPIs can be removed or get new ids.',
		}),
		koladaTitleChanged: (p) => ({
			message: `Kolada now calls ${p.kpi} "${p.current}", but the indicator has recorded "${p.recorded}". A Kolada id can change meaning.`,
			hint: 'Read the KPI\'s definition on kolada.se. If it still measures what the indicator follows, write the new title in kolada.title; otherwise choose another KPI.',
		}),
		koladaTitleMissing: (p) => ({
			message: `no title is recorded for ${p.kpi}, so a change of meaning would go unnoticed.`,
			hint: `Write title: "${p.current}" under kolada.`,
		}),
		koladaNotByGender: (p) => ({
			message: `gender is on, but Kolada does not report ${p.kpi} for women and men.`,
			hint: 'Remove gender: true, or choose a KPI divided by gender.',
		}),
		koladaNoData: (p) => ({
			message: `Kolada has no values for ${p.kpi} in municipality ${p.municipality}${p.from ? ` from ${p.from}` : ''}; no data file is written.`,
			hint: `Check the municipality code${p.from ? ' and years.from' : ''}. Some KPIs exist for regions only, and new values are published at different times of the year.`,
		}),
		koladaNoComparisonData: (p) => ({
			message: `Kolada has no values for ${p.kpi} in the comparison "${p.label}" (${p.id}).`,
			hint: 'Check the id; a Kolada municipality group may have changed id.',
		}),
		koladaUnknownGroup: (p) => ({
			message: `Kolada does not know the municipality group ${p.group}; no rank is computed.`,
			hint: 'Write group: all for every municipality, or the id of a Kolada municipality group.',
		}),
		koladaNotInGroup: (p) => ({
			message: `municipality ${p.municipality} is not a member of ${p.group} "${p.title}"; it is ranked among the group's municipalities all the same.`,
			hint: 'Check that it is the right group.',
		}),
		koladaRankNoDirection: (p) => ({
			message: `the rank cannot be computed: it is not said whether higher or lower values are better for the series "${p.series}".`,
			hint: 'Write direction: higher or direction: lower on the indicator (or on the series under series), or direction under kolada.rank.',
		}),
		koladaGroupSize: (p) => ({
			message: `the target says groupSize: ${p.groupSize}, but ${p.actual} had a value in Kolada in ${p.year}.`,
			hint: `Write groupSize: ${p.actual} if the target is about those ranked.`,
		}),
		koladaDataFile: (p) => ({
			message: `the command writes data/${p.id}.csv, but the indicator ${p.data ? `uses ${p.data}` : 'has no data file'}.`,
			hint: `Write data: ${p.id}.csv on the indicator.`,
		}),
		koladaSource: (p) => ({
			message: `the source is not given as Kolada; Kolada's terms require "${KOLADA_SOURCE}" with the values.`,
			hint: `Write source: with name: Kolada and kolada: ${p.kpi}.`,
		}),
		koladaSample: () => ({
			message: 'the indicator has sample: true, but its values now come from Kolada and would wrongly be labelled Exempeldata (sample data).',
			hint: 'Remove sample: true.',
		}),
	},
};
